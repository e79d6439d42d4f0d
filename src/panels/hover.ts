// Pure geometry behind the charts' hover read-outs: which element the pointer (or the keyboard cursor) is on.

/** Keyboard cursor over `count` items: ←/→ one item (with Shift ten), Home/End the ends, Escape leaves. */
export function nextIndex(key: string, shift: boolean, current: number | null, count: number): number | null | undefined {
  if (count <= 0) return undefined;
  const stride = shift ? 10 : 1;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? 0 : clamp(current + stride);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? count - 1 : clamp(current - stride);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return null;
    default:
      return undefined; // not a cursor key: let the event through
  }
}

/**
 * The segment nearest the pointer among segments from (top[i], 0) to (bottom[i], 1), measured horizontally at the
 * pointer's height t ∈ [0, 1]: a segment's x there is (1 − t)·top[i] + t·bottom[i]. Non-finite ends are skipped.
 */
export function nearestSegment(top: ArrayLike<number>, bottom: ArrayLike<number>, t: number, px: number): number | null {
  const tt = Math.max(0, Math.min(1, t));
  let best: number | null = null;
  let bestGap = Infinity;
  for (let i = 0; i < top.length; i++) {
    const at = (1 - tt) * top[i] + tt * bottom[i];
    const gap = Math.abs(at - px);
    if (Number.isFinite(gap) && gap < bestGap) {
      bestGap = gap;
      best = i;
    }
  }
  return best;
}

/**
 * D(x) at a point, read from the heat grid: heat[j·cells + i] is D at the centre of column i, row j (row 0 at the
 * bottom of the view). Returns null outside the view.
 */
export function heatAt(heat: ArrayLike<number>, cells: number, view: { x: [number, number]; y: [number, number] }, x: number, y: number): number | null {
  const fx = (x - view.x[0]) / (view.x[1] - view.x[0]);
  const fy = (y - view.y[0]) / (view.y[1] - view.y[0]);
  if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) return null;
  const i = Math.min(cells - 1, Math.floor(fx * cells));
  const j = Math.min(cells - 1, Math.floor(fy * cells));
  return heat[j * cells + i];
}

/**
 * Index of the point of `points` (row-major [x0, y0, x1, …]) nearest (px, py) in screen units after `toX`/`toY`,
 * and that distance; null when there is no finite point.
 */
export function nearestPoint(
  points: ArrayLike<number>, px: number, py: number, toX: (v: number) => number, toY: (v: number) => number,
): { index: number; distance: number } | null {
  let index = -1;
  let distance = Infinity;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const d = Math.hypot(toX(points[i]) - px, toY(points[i + 1]) - py);
    if (d < distance) {
      distance = d;
      index = i / 2;
    }
  }
  return index < 0 ? null : { index, distance };
}

/** Which cell of a grid of `columns` × `rows` items the pointer is on, given its fraction across and down. */
export function gridCell(fx: number, fy: number, columns: number, rows: number): number | null {
  if (!(fx >= 0 && fx < 1 && fy >= 0 && fy < 1)) return null;
  return Math.floor(fy * rows) * columns + Math.floor(fx * columns);
}

/**
 * Keyboard cursor on a 2-D view: arrows move one heat-map cell (Shift: five), Escape leaves; the first key press
 * puts it at the view's centre. Returns undefined for keys that are not cursor keys.
 */
export function moveCursor(
  key: string, shift: boolean, cursor: [number, number] | null, view: { x: [number, number]; y: [number, number] }, cells: number,
): [number, number] | null | undefined {
  const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  if (key === 'Escape') return null;
  const move = moves[key];
  if (!move) return undefined;
  const centre: [number, number] = [(view.x[0] + view.x[1]) / 2, (view.y[0] + view.y[1]) / 2];
  if (!cursor) return centre;
  const stride = shift ? 5 : 1;
  const dx = ((view.x[1] - view.x[0]) / cells) * stride;
  const dy = ((view.y[1] - view.y[0]) / cells) * stride;
  const clamp = (v: number, [lo, hi]: [number, number]) => Math.max(lo, Math.min(hi, v));
  return [clamp(cursor[0] + move[0] * dx, view.x), clamp(cursor[1] + move[1] * dy, view.y)];
}
