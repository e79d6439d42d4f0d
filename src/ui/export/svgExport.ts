// Panels are SVG drawn by React: exporting one is serializing its <svg>, with the colours the page resolved
// (currentColor, theme variables) written in, and a background so it reads on any slide. Canvas layers of the
// panel (the 2-D plot's D heat map) go in as inline <image>s where they are shown.
import { canvasImage } from './canvasImage';
import { placeIn } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight'];

/** A full-size rectangle in the panel's background colour. */
export function backgroundRect(from: Element): SVGRectElement {
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', window.getComputedStyle(from.closest('.panel') ?? document.body).backgroundColor || '#ffffff');
  return bg;
}

/** Serialized as a standalone SVG file. */
export function svgDocument(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** A copy of an <svg> with the colours and sizes the page resolved written into each element's style. */
function styledClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  live.forEach((el, i) => {
    const style = window.getComputedStyle(el);
    const target = copies[i] as SVGElement;
    for (const p of PROPS) {
      const v = style.getPropertyValue(p);
      if (v) target.style.setProperty(p, v);
    }
  });
  return clone;
}

/** A layer shown with the chart: a canvas (as an image where it is shown) or an <svg> on the chart's own frame. */
export type ChartLayer = HTMLCanvasElement | SVGSVGElement;

/**
 * A standalone SVG document of the panel's chart, with `layers` drawn in: canvases (the 2-D plot's heat map) and
 * <svg>s drawn in the chart's own coordinates (the 2-D plot's real points, kept in a layer of their own so the
 * browser does not redraw them every frame).
 */
export function serializeSvg(svg: SVGSVGElement, layers: readonly ChartLayer[] = []): string {
  const clone = styledClone(svg);
  clone.querySelectorAll('.hover-target, .chart-hover, .hover').forEach((el) => el.remove());
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Layers before the <svg> in the page lie under it (after the background); later ones lie on top.
  const frame = svg.getBoundingClientRect();
  const under = clone.firstChild;
  for (const layer of layers) {
    let drawn: SVGElement;
    if (layer instanceof HTMLCanvasElement) drawn = canvasImage(layer, placeIn(frame, { width, height }, layer.getBoundingClientRect()));
    else {
      drawn = document.createElementNS(SVG_NS, 'g');
      drawn.append(...Array.from(styledClone(layer).childNodes));
    }
    if (layer.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING) clone.insertBefore(drawn, under);
    else clone.appendChild(drawn);
  }
  clone.insertBefore(backgroundRect(svg), clone.firstChild);
  return svgDocument(clone);
}

/** Rasterises an SVG document to PNG at `scale` × its size (drawn on a canvas). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2-D canvas is available for PNG export.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
