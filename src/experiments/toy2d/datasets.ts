import { mulberry32 } from '../../core/rng';

/** The 2-D data sets. `draw` holds the user's own points. */
import type { DatasetId } from './choices';

export { DATASETS, type DatasetId } from './choices';

export interface DatasetSpec {
  id: DatasetId;
  /** Number of points in the fixed data set (ignored by `draw`). */
  size: number;
  /** Ring radius (ring8). */
  radius: number;
  /** Standard deviation of each Gaussian blob (ring8, grid25) or of the noise across a curve (line, twoMoons). */
  sigma: number;
}

/** A point set stored row-major: [x0, y0, x1, y1, ...]. */
export type Points = Float64Array;

/** The centres of a Gaussian mixture data set, or null for data that are not a mixture. */
export function modeCentres(spec: DatasetSpec): [number, number][] | null {
  if (spec.id === 'ring8') {
    // 8 DISTINCT angles 2πi/8 (Metz et al.; linspace(0, 2π, 8) would repeat the first mode at 2π).
    return Array.from({ length: 8 }, (_, i): [number, number] => {
      const a = (2 * Math.PI * i) / 8;
      return [spec.radius * Math.cos(a), spec.radius * Math.sin(a)];
    });
  }
  if (spec.id === 'grid25') {
    const out: [number, number][] = [];
    for (let i = -2; i <= 2; i++) for (let j = -2; j <= 2; j++) out.push([2 * i, 2 * j]);
    return out;
  }
  return null;
}

/** Box–Muller: one standard normal draw from two uniforms. */
function normal(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Draws a fixed data set from the seed (the networks see these points only, as in Fredriksson's tutorial):
 *  parabola: x ~ U[−5, 5), y = x² + 5
 *  ring8:    a mode m ~ U{0..7} at radius·(cos 2πm/8, sin 2πm/8), plus N(0, σ²I)
 *  grid25:   a mode on {−4, −2, 0, 2, 4}², plus N(0, σ²I)
 *  line:     x ~ U[−4, 4), y = x/2, plus N(0, σ²) across it
 *  twoMoons: two interleaved half circles (as scikit-learn's make_moons, scaled ×2), plus N(0, σ²I)
 */
export function generateDataset(spec: DatasetSpec, seed: number): Points {
  if (spec.id === 'draw') return new Float64Array(0);
  const rand = mulberry32(seed);
  const n = spec.size;
  const out = new Float64Array(2 * n);
  const centres = modeCentres(spec);
  for (let i = 0; i < n; i++) {
    let x: number;
    let y: number;
    if (centres) {
      const [cx, cy] = centres[Math.floor(rand() * centres.length)];
      x = cx + spec.sigma * normal(rand);
      y = cy + spec.sigma * normal(rand);
    } else if (spec.id === 'parabola') {
      x = -5 + 10 * rand();
      y = x * x + 5;
    } else if (spec.id === 'line') {
      x = -4 + 8 * rand();
      y = x / 2 + spec.sigma * normal(rand);
    } else {
      const t = Math.PI * rand();
      const upper = rand() < 0.5;
      x = 2 * (upper ? Math.cos(t) : 1 - Math.cos(t)) + spec.sigma * normal(rand);
      y = 2 * (upper ? Math.sin(t) : 0.5 - Math.sin(t)) + spec.sigma * normal(rand);
    }
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
}

/** The parabola's curve y = x² + 5, for the distance-to-curve figure. */
export function parabolaY(x: number): number {
  return x * x + 5;
}
