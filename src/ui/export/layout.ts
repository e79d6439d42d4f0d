// Where the canvas layers of a panel go in its exported drawing: pure arithmetic on on-page boxes.

/** A rectangle on the page, in CSS pixels (as getBoundingClientRect gives it). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A rectangle in a drawing's own units (an SVG's viewBox). */
export interface Placed {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where `layer` falls in a drawing shown on the page at `frame` whose own units are `units` wide and high:
 * x = (layer.left − frame.left) · units.width / frame.width, and the same for y and the sizes.
 */
export function placeIn(frame: Box, units: { width: number; height: number }, layer: Box): Placed {
  const sx = frame.width > 0 ? units.width / frame.width : 1;
  const sy = frame.height > 0 ? units.height / frame.height : 1;
  return { x: (layer.left - frame.left) * sx, y: (layer.top - frame.top) * sy, width: layer.width * sx, height: layer.height * sy };
}

/** The smallest box that holds all of `boxes` (throws on none: there is nothing to draw). */
export function unionBox(boxes: readonly Box[]): Box {
  if (boxes.length === 0) throw new Error('Nothing to export in this panel.');
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

/** `box` grown by `pad` on every side, with `head` more room on top (for a caption). */
export function padBox(box: Box, pad: number, head = 0): Box {
  return { left: box.left - pad, top: box.top - pad - head, width: box.width + 2 * pad, height: box.height + 2 * pad + head };
}
