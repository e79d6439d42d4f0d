import type { Points } from './datasets';

/**
 * Mode coverage (Srivastava et al. 2017, VEEGAN): a generated sample is high quality when it lies within 3σ of its
 * nearest mode; a mode is captured when it is the nearest mode of at least one high-quality sample.
 */
export function modeCoverage(samples: Points, centres: readonly [number, number][], sigma: number): { captured: number; highQuality: number } {
  const n = samples.length / 2;
  const hit = new Array<boolean>(centres.length).fill(false);
  let good = 0;
  const limit2 = (3 * sigma) ** 2;
  for (let i = 0; i < n; i++) {
    const x = samples[2 * i];
    const y = samples[2 * i + 1];
    let best = -1;
    let bestD2 = Infinity;
    centres.forEach(([cx, cy], m) => {
      const d2 = (x - cx) ** 2 + (y - cy) ** 2;
      if (d2 < bestD2) {
        bestD2 = d2;
        best = m;
      }
    });
    if (best >= 0 && bestD2 <= limit2) {
      good++;
      hit[best] = true;
    }
  }
  return { captured: hit.filter(Boolean).length, highQuality: n ? good / n : 0 };
}

export interface GridSpec {
  x: [number, number];
  y: [number, number];
  cells: number;
}

/**
 * The share of points in each cell of a cells×cells grid over the box, ε-smoothed and renormalised:
 * p_c = (count_c / n + ε) / (1 + cells²·ε). Points outside the box count in the nearest border cell, so no sample
 * is ever dropped (GAN Lab's evaluator lost two thirds of its real samples to a `splice`).
 */
export function gridDistribution(points: Points, g: GridSpec, epsilon: number): Float64Array {
  const n = points.length / 2;
  const p = new Float64Array(g.cells * g.cells);
  const cell = (v: number, [lo, hi]: [number, number]) => Math.min(g.cells - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * g.cells)));
  for (let i = 0; i < n; i++) {
    const x = points[2 * i];
    const y = points[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    p[cell(y, g.y) * g.cells + cell(x, g.x)] += 1 / n;
  }
  const norm = 1 + p.length * epsilon;
  for (let c = 0; c < p.length; c++) p[c] = (p[c] + epsilon) / norm;
  return p;
}

/** KL(p‖q) = Σ p log₂(p/q), in bits (both ε-smoothed, so q > 0). */
export function klBits(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s += p[i] * Math.log2(p[i] / q[i]);
  return s;
}

/** JS(p‖q) = ½KL(p‖m) + ½KL(q‖m), m = (p+q)/2, in bits: 0 for identical, 1 for disjoint distributions. */
export function jsBits(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const m = Array.from(p, (v, i) => (v + q[i]) / 2);
  return 0.5 * klBits(p, m) + 0.5 * klBits(q, m);
}

/** Grid KL(p_data‖p_g) and JS between all real and all generated samples (GAN Lab's figures, done right). */
export function gridDivergences(real: Points, fake: Points, g: GridSpec, epsilon = 1e-4): { kl: number; js: number } {
  const p = gridDistribution(real, g, epsilon);
  const q = gridDistribution(fake, g, epsilon);
  return { kl: klBits(p, q), js: jsBits(p, q) };
}

/** Median over samples of |y − f(x)|: how far generated points sit from a target curve y = f(x). */
export function medianCurveDistance(samples: Points, f: (x: number) => number): number {
  const n = samples.length / 2;
  if (!n) return NaN;
  // a typed array sorts numerically without a comparator: several times faster on the 2,500 samples of every frame
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = Math.abs(samples[2 * i + 1] - f(samples[2 * i]));
  d.sort();
  return n % 2 ? d[(n - 1) / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
}
