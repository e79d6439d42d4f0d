// Reference normal-distribution functions for tests of core/density1d: closed forms and quadrature, independent of
// the code under test.
import { mulberry32 } from '../core/rng';

// Independent closed forms (not gaussian.ts) so these tests do not lean on the code under test elsewhere.
export const phi = (x: number, mu = 0, s = 1): number => Math.exp(-0.5 * ((x - mu) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
/** Φ by Simpson's rule on the closed-form density (independent of gaussian.ts's erf approximation). */
export function Phi(x: number, mu = 0, s = 1): number {
  // 4000 panels on [mu − 12s, x]: accurate to ~1e-10 here.
  const a = mu - 12 * s;
  if (x <= a) return 0;
  const n = 4000;
  const h = (x - a) / n;
  let sum = phi(a, mu, s) + phi(x, mu, s);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * phi(a + i * h, mu, s);
  return Math.min(1, (sum * h) / 3);
}

/** A cached Φ table for fast CDF calls inside W1 integration (linear interpolation on a fine grid). */
export function tabulatedCdf(mu: number, s: number): (x: number) => number {
  const lo = mu - 12 * s;
  const hi = mu + 12 * s;
  const n = 24000;
  const dx = (hi - lo) / n;
  const table = new Float64Array(n + 1);
  let acc = 0;
  table[0] = 0;
  for (let i = 1; i <= n; i++) {
    const x0 = lo + (i - 1) * dx;
    const xm = x0 + dx / 2;
    const x1 = x0 + dx;
    acc += (dx / 6) * (phi(x0, mu, s) + 4 * phi(xm, mu, s) + phi(x1, mu, s));
    table[i] = acc;
  }
  return (x) => {
    if (x <= lo) return 0;
    if (x >= hi) return 1;
    const p = (x - lo) / dx;
    const i = Math.floor(p);
    const f = p - i;
    return table[i] * (1 - f) + table[Math.min(n, i + 1)] * f;
  };
}

/** n seeded N(mu, s²) draws by Box–Muller on mulberry32. */
export function normalSamples(n: number, seed: number, mu = 0, s = 1): Float64Array {
  const rand = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u1 = 1 - rand(); // (0, 1]: never log(0)
    const u2 = rand();
    const r = Math.sqrt(-2 * Math.log(u1));
    out[i] = mu + s * r * Math.cos(2 * Math.PI * u2);
    if (i + 1 < n) out[i + 1] = mu + s * r * Math.sin(2 * Math.PI * u2);
  }
  return out;
}

