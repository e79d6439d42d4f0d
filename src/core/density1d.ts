// Density estimates and divergences on the real line, from samples, in plain numbers.

export interface Histogram {
  /** Bin edges, length bins + 1. */
  edges: Float64Array;
  /** Density per bin (count / (n · width)), so it integrates to the share of samples inside the range. */
  density: Float64Array;
  /** Share of samples per bin (sums to the share inside the range). */
  mass: Float64Array;
}

export function histogram(samples: ArrayLike<number>, lo: number, hi: number, bins: number): Histogram {
  const edges = new Float64Array(bins + 1);
  const width = (hi - lo) / bins;
  for (let i = 0; i <= bins; i++) edges[i] = lo + i * width;
  const counts = new Float64Array(bins);
  const n = samples.length;
  for (let i = 0; i < n; i++) {
    const x = samples[i];
    if (!(x >= lo && x <= hi)) continue;
    // Rounding can put a value just below hi (or hi itself) at index `bins`: it belongs to the last bin.
    counts[Math.min(bins - 1, Math.floor((x - lo) / width))]++;
  }
  const density = new Float64Array(bins);
  const mass = new Float64Array(bins);
  for (let b = 0; b < bins; b++) {
    mass[b] = n ? counts[b] / n : 0;
    density[b] = mass[b] / width;
  }
  return { edges, density, mass };
}

/** Silverman's rule of thumb: h = 0.9 · min(σ̂, IQR/1.34) · n^(−1/5). */
export function silvermanBandwidth(samples: ArrayLike<number>): number {
  const n = samples.length;
  if (n < 2) return 1;
  const sorted = Float64Array.from(samples).sort();
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i];
  mean /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (sorted[i] - mean) ** 2;
  const sd = Math.sqrt(v / (n - 1));
  const iqr = sorted[Math.floor(0.75 * (n - 1))] - sorted[Math.floor(0.25 * (n - 1))];
  const spread = Math.min(sd, iqr > 0 ? iqr / 1.34 : sd);
  return Math.max(0.9 * (spread > 0 ? spread : 1e-3) * Math.pow(n, -0.2), 1e-3);
}

/**
 * Gaussian kernel density estimate p̂(x) = (1/nh) Σ φ((x − xᵢ)/h) on an evenly spaced grid, computed by binning
 * the samples onto the grid and convolving with the kernel (exact up to the binning, O(grid · kernel)).
 */
export function kdeOnGrid(samples: ArrayLike<number>, grid: ArrayLike<number>, bandwidth?: number): Float64Array {
  const g = grid.length;
  const out = new Float64Array(g);
  const n = samples.length;
  if (g < 2 || n === 0) return out;
  const lo = grid[0];
  const dx = (grid[g - 1] - lo) / (g - 1);
  const h = bandwidth ?? silvermanBandwidth(samples);
  const counts = new Float64Array(g);
  for (let i = 0; i < n; i++) {
    const pos = (samples[i] - lo) / dx;
    const j = Math.floor(pos);
    const frac = pos - j; // linear binning keeps the estimate smooth
    if (j >= 0 && j < g) counts[j] += 1 - frac;
    if (j + 1 >= 0 && j + 1 < g) counts[j + 1] += frac;
  }
  // (a kernel wider than the grid only matters within the grid: a diverged G's huge samples must not ask for more)
  const reach = Math.min(Math.ceil((4 * h) / dx), g);
  const kernel = new Float64Array(2 * reach + 1);
  const norm = 1 / (n * h * Math.sqrt(2 * Math.PI));
  for (let k = -reach; k <= reach; k++) kernel[k + reach] = norm * Math.exp(-0.5 * ((k * dx) / h) ** 2);
  for (let j = 0; j < g; j++) {
    if (counts[j] === 0) continue;
    const from = Math.max(0, j - reach);
    const to = Math.min(g - 1, j + reach);
    for (let t = from; t <= to; t++) out[t] += counts[j] * kernel[t - j + reach];
  }
  return out;
}

/** KL(p‖q) in nats for two discrete distributions on the same bins. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let kl = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) kl += p[i] * Math.log(p[i] / q[i]);
  return kl;
}

/**
 * Jensen–Shannon divergence in nats, JSD(p‖q) = ½KL(p‖m) + ½KL(q‖m) with m = ½(p+q), for discrete distributions
 * on the same bins (each normalised here). 0 for identical, ln 2 for disjoint supports.
 */
export function jsDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const sp = sum(p);
  const sq = sum(q);
  if (sp <= 0 || sq <= 0) return Math.LN2;
  const pn = Array.from(p, (v) => v / sp);
  const qn = Array.from(q, (v) => v / sq);
  const m = pn.map((v, i) => 0.5 * (v + qn[i]));
  return Math.max(0, 0.5 * klDivergence(pn, m) + 0.5 * klDivergence(qn, m));
}

/**
 * Wasserstein-1 distance between samples and a distribution given by its CDF: W1 = ∫ |F̂ₙ(x) − F(x)| dx,
 * integrated by the midpoint rule on 4,000 cells spanning the view and every sample (error ≤ span/8000 per jump).
 */
export function wasserstein1ToCdf(samples: ArrayLike<number>, cdf: (x: number) => number, lo: number, hi: number): number {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  if (n === 0) return NaN;
  const a = Math.min(lo, sorted[0]);
  const b = Math.max(hi, sorted[n - 1]);
  const steps = 4000;
  const dx = (b - a) / steps;
  let w = 0;
  let idx = 0;
  for (let s = 0; s < steps; s++) {
    const x = a + (s + 0.5) * dx;
    while (idx < n && sorted[idx] <= x) idx++;
    w += Math.abs(idx / n - cdf(x)) * dx;
  }
  return w;
}

/** W1 between two empirical samples of equal size: mean |x₍ᵢ₎ − y₍ᵢ₎| of the sorted samples. */
export function wasserstein1Samples(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const a = Float64Array.from(xs).sort();
  const b = Float64Array.from(ys).sort();
  if (a.length !== b.length) throw new Error('wasserstein1Samples needs equal sample counts');
  let w = 0;
  for (let i = 0; i < a.length; i++) w += Math.abs(a[i] - b[i]);
  return w / a.length;
}

/**
 * Wasserstein-1 distance between two empirical distributions of any sizes, exactly: W1 = ∫ |F̂ₐ(x) − F̂_b(x)| dx
 * (= ∫₀¹ |F̂ₐ⁻¹(u) − F̂_b⁻¹(u)| du, the distance between their quantile functions; Villani 2009, Remark 2.19). Both
 * CDFs are step functions, so the integral is a sum over the gaps between consecutive pooled sample values.
 */
export function wasserstein1Empirical(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const a = Float64Array.from(xs).sort();
  const b = Float64Array.from(ys).sort();
  if (!a.length || !b.length) return NaN;
  let i = 0;
  let j = 0;
  let w = 0;
  let x = Math.min(a[0], b[0]);
  while (i < a.length || j < b.length) {
    const next = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
    w += Math.abs(i / a.length - j / b.length) * (next - x);
    x = next;
    while (i < a.length && a[i] === next) i++;
    while (j < b.length && b[j] === next) j++;
  }
  return w;
}

export function linspace(lo: number, hi: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1);
  return out;
}

/** The arithmetic mean; NaN for no values. */
export function mean(a: ArrayLike<number>): number {
  return a.length ? sum(a) / a.length : NaN;
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
