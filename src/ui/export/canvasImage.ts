import type { Placed } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Canvases of a panel that are part of its picture: not the thumbnails inside buttons, not hidden ones. */
export function pictureCanvases(panel: Element): HTMLCanvasElement[] {
  return Array.from(panel.querySelectorAll('canvas')).filter((c) => c.closest('button') === null && c.getClientRects().length > 0);
}

/**
 * The canvas as an SVG <image> with its pixels inline (a data: URL, which the page's img-src allows), placed at `at`,
 * keeping its shown opacity and pixel look (crisp digits, smooth heat map).
 */
export function canvasImage(canvas: HTMLCanvasElement, at: Placed): SVGImageElement {
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('href', canvas.toDataURL('image/png'));
  image.setAttribute('x', at.x.toFixed(2));
  image.setAttribute('y', at.y.toFixed(2));
  image.setAttribute('width', at.width.toFixed(2));
  image.setAttribute('height', at.height.toFixed(2));
  image.setAttribute('preserveAspectRatio', 'none');
  const style = window.getComputedStyle(canvas);
  if (style.opacity !== '1') image.setAttribute('opacity', style.opacity);
  if (style.imageRendering === 'pixelated') image.style.setProperty('image-rendering', 'pixelated');
  const label = canvas.getAttribute('aria-label');
  if (label) image.setAttribute('aria-label', label);
  return image;
}
