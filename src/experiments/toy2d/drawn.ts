import { DRAW_BOX } from './normaliser';

/** At most this many drawn points are kept. */
export const MAX_DRAWN_POINTS = 5000;
/** Training waits until at least this many points have been drawn. */
export const MIN_DRAWN_POINTS = 8;

/**
 * Checks user-drawn data before it reaches the networks: an array of [x, y] rows of finite numbers inside the
 * drawing box, no more than MAX_DRAWN_POINTS of them. Returns the points row-major, or throws an Error saying what
 * is wrong (nothing is clamped silently).
 */
export function validateDrawnPoints(rows: unknown): Float64Array {
  if (!Array.isArray(rows)) throw new Error('Drawn data must be an array of [x, y] points.');
  if (rows.length > MAX_DRAWN_POINTS) {
    throw new Error(`Drawn data may hold at most ${MAX_DRAWN_POINTS} points; got ${rows.length}.`);
  }
  const out = new Float64Array(2 * rows.length);
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== 2) throw new Error(`Drawn point ${i} is not an [x, y] pair.`);
    for (let a = 0; a < 2; a++) {
      const v: unknown = row[a];
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`Drawn point ${i} holds a value that is not a finite number.`);
      if (v < DRAW_BOX[0] || v > DRAW_BOX[1]) {
        throw new Error(`Drawn point ${i} lies outside the drawing area [${DRAW_BOX[0]}, ${DRAW_BOX[1]}]².`);
      }
      out[2 * i + a] = v;
    }
  });
  return out;
}
