import type { DatasetId, Points } from './datasets';

/**
 * Per-axis affine map between the data's own units and the networks' units: u = (x − centre) / scale.
 * The networks train on u (zero mean, unit spread); every plot is drawn in x.
 */
export interface Normaliser {
  centre: [number, number];
  scale: [number, number];
}

/** The fixed drawing area of the `draw` data set, in its own units. */
export const DRAW_BOX: [number, number] = [-5, 5];

/** Mean and standard deviation per axis of a fixed data set; the draw box's centre and half-width/2 for `draw`. */
export function fitNormaliser(id: DatasetId, points: Points): Normaliser {
  const n = points.length / 2;
  if (id === 'draw' || n < 2) return { centre: [0, 0], scale: [2.5, 2.5] };
  const mean = [0, 0];
  for (let i = 0; i < n; i++) for (let a = 0; a < 2; a++) mean[a] += points[2 * i + a] / n;
  const variance = [0, 0];
  for (let i = 0; i < n; i++) for (let a = 0; a < 2; a++) variance[a] += (points[2 * i + a] - mean[a]) ** 2 / n;
  const sd = variance.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1));
  return { centre: [mean[0], mean[1]], scale: [sd[0], sd[1]] };
}

export function normalise(points: ArrayLike<number>, f: Normaliser): Float32Array {
  const out = new Float32Array(points.length);
  for (let i = 0; i < points.length; i++) out[i] = (points[i] - f.centre[i % 2]) / f.scale[i % 2];
  return out;
}

export function denormalise(points: ArrayLike<number>, f: Normaliser): Float64Array {
  const out = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) out[i] = points[i] * f.scale[i % 2] + f.centre[i % 2];
  return out;
}

/** The plot's view box: the data's bounding box padded by 15% (the draw box for `draw`). */
export function viewBox(id: DatasetId, points: Points): { x: [number, number]; y: [number, number] } {
  if (id === 'draw' || points.length < 4) return { x: [...DRAW_BOX], y: [...DRAW_BOX] };
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  for (let i = 0; i < points.length; i++) {
    const a = i % 2;
    lo[a] = Math.min(lo[a], points[i]);
    hi[a] = Math.max(hi[a], points[i]);
  }
  const pad = (a: number) => Math.max(0.15 * (hi[a] - lo[a]), 0.5);
  return { x: [lo[0] - pad(0), hi[0] + pad(0)], y: [lo[1] - pad(1), hi[1] + pad(1)] };
}
