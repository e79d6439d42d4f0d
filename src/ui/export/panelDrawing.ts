// What "export this panel" draws: the panel's chart (its first <svg> that is not a layer) with its canvas and <svg>
// layers, or, for a panel that is canvases only (the MNIST digit grids), those canvases laid out as on the page under
// the panel's caption.
import { canvasImage, pictureCanvases } from './canvasImage';
import { choosePanel, offeredPanel } from './exportNames';
import { padBox, placeIn, unionBox } from './layout';
import { backgroundRect, serializeSvg, svgDocument } from './svgExport';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 8;
const CAPTION = 24;
const LABEL = 16;

export interface Drawing {
  svg: string;
  /** Size in the drawing's own units (CSS pixels for canvas panels). */
  width: number;
  height: number;
}

/** Whether a panel sits in run B's part of a comparison. */
function inRunB(el: Element): boolean {
  return el.closest('[data-run="B"]') !== null;
}

/** Top-level panels on the page that show a chart or a picture, by their data-panel name ("<name> (B)" for run B's). */
export function exportablePanels(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-panel]'))
    .filter((el) => el.dataset.panel !== 'slowmo' && el.parentElement?.closest('[data-panel]') == null)
    .filter((el) => el.querySelector('svg') !== null || pictureCanvases(el).length > 0)
    .filter((el) => (el.dataset.panel ?? '') !== '')
    .map((el) => offeredPanel(el.dataset.panel ?? '', inRunB(el)));
}

function text(content: string, x: number, y: number, size: number, style: CSSStyleDeclaration, weight = '400'): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-family', style.fontFamily);
  t.setAttribute('font-weight', weight);
  t.setAttribute('fill', style.color);
  t.textContent = content;
  return t;
}

/** Canvases only: each where it is shown (relative to the others), labelled, under the panel's caption. */
function canvasDrawing(panel: HTMLElement, canvases: HTMLCanvasElement[]): Drawing {
  const boxes = canvases.map((c) => c.getBoundingClientRect());
  const frame = padBox(unionBox(boxes), PAD, CAPTION);
  frame.height += LABEL;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(Math.round(frame.width)));
  svg.setAttribute('height', String(Math.round(frame.height)));
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  svg.appendChild(backgroundRect(panel));
  const style = window.getComputedStyle(panel);
  const caption = panel.querySelector('figcaption')?.textContent?.trim();
  if (caption) svg.appendChild(text(caption, PAD, PAD + 14, 14, style, '600'));
  canvases.forEach((c, i) => {
    const at = placeIn(frame, frame, boxes[i]);
    svg.appendChild(canvasImage(c, at));
    const label = c.getAttribute('aria-label');
    if (label) svg.appendChild(text(label, at.x, at.y + at.height + 12, 11, style));
  });
  return { svg: svgDocument(svg), width: frame.width, height: frame.height };
}

/** Document order, so that layers keep the page's stacking in the export. */
function inPageOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The named panel as a standalone SVG document (what the user sees in it: chart and canvas layers). */
export function panelDrawing(name: string): Drawing {
  const chosen = choosePanel(name);
  const panel = Array.from(document.querySelectorAll<HTMLElement>(`[data-panel="${CSS.escape(chosen.panel)}"]`))
    .find((el) => inRunB(el) === chosen.runB);
  if (!panel) throw new Error(`There is no "${name}" panel on the page.`);
  const canvases = pictureCanvases(panel);
  // layers drawn with the chart carry the class chart-layer (the 2-D plot's real points)
  const chart = panel.querySelector<SVGSVGElement>('svg:not(.chart-layer)');
  const svgLayers = Array.from(panel.querySelectorAll<SVGSVGElement>('svg.chart-layer'));
  if (!chart) {
    if (canvases.length === 0) throw new Error(`The "${name}" panel has nothing to export.`);
    return canvasDrawing(panel, canvases);
  }
  const box = chart.viewBox.baseVal;
  return { svg: serializeSvg(chart, [...canvases, ...svgLayers].sort(inPageOrder)), width: box?.width || chart.clientWidth, height: box?.height || chart.clientHeight };
}
