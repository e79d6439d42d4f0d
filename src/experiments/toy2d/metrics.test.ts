import { describe, expect, it } from 'vitest';
import { gridDistribution, gridDivergences, jsBits, medianCurveDistance, modeCoverage } from './metrics';
import { modeCentres } from './datasets';

const ring = modeCentres({ id: 'ring8', size: 0, radius: 2, sigma: 0.02 })!;
const pts = (rows: number[][]) => Float64Array.from(rows.flat());

describe('mode coverage (VEEGAN)', () => {
  it('all modes: one sample exactly on each mode', () => {
    expect(modeCoverage(pts(ring), ring, 0.02)).toEqual({ captured: 8, highQuality: 1 });
  });
  it('one mode: every sample near mode 3 (collapse)', () => {
    const [cx, cy] = ring[3];
    const s = pts(Array.from({ length: 50 }, (_, i) => [cx + 0.001 * (i % 5), cy - 0.001 * (i % 7)]));
    expect(modeCoverage(s, ring, 0.02)).toEqual({ captured: 1, highQuality: 1 });
  });
  it('none: samples at the centre and between modes are not high quality', () => {
    const s = pts([[0, 0], [0.5, 0.5], [2 * Math.cos(Math.PI / 8), 2 * Math.sin(Math.PI / 8)]]);
    expect(modeCoverage(s, ring, 0.02)).toEqual({ captured: 0, highQuality: 0 });
  });
  it('counts a sample at exactly 3σ but not beyond, and mixes', () => {
    const [cx, cy] = ring[0];
    const s = pts([[cx + 0.0599, cy], [cx + 0.0601, cy], [0, 0], ring[5]]);
    expect(modeCoverage(s, ring, 0.02)).toEqual({ captured: 2, highQuality: 0.5 });
  });
});

describe('grid KL and JS', () => {
  const grid = { x: [-3, 3] as [number, number], y: [-3, 3] as [number, number], cells: 30 };
  it('is 0 for identical sample sets', () => {
    const a = pts(ring);
    const { kl, js } = gridDivergences(a, a, grid);
    expect(kl).toBeCloseTo(0, 12);
    expect(js).toBeCloseTo(0, 12);
  });
  it('is near its maximum for disjoint sets: JS → 1 bit, KL large', () => {
    const a = pts([[-2, -2], [-2, -2.1]]);
    const b = pts([[2, 2], [2.1, 2]]);
    const { kl, js } = gridDivergences(a, b, grid, 1e-9);
    expect(js).toBeGreaterThan(0.99);
    expect(js).toBeLessThanOrEqual(1);
    expect(kl).toBeGreaterThan(10);
    // the default ε = 1e-4 per cell spreads 9% of the mass over 900 cells, which caps JS a little below 1
    expect(gridDivergences(a, b, grid).js).toBeGreaterThan(0.9);
  });
  it('counts every sample (none dropped), points outside the box in border cells', () => {
    const p = gridDistribution(pts([[0, 0], [10, 10], [-10, 0]]), grid, 0);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(p[29 * 30 + 29]).toBeCloseTo(1 / 3, 12);
    expect(p[15 * 30 + 0]).toBeCloseTo(1 / 3, 12);
  });
  it('JS is symmetric', () => {
    const p = [0.7, 0.2, 0.1];
    const q = [0.1, 0.3, 0.6];
    expect(jsBits(p, q)).toBeCloseTo(jsBits(q, p), 12);
  });
});

describe('distance to a curve', () => {
  it('is the median of |y − f(x)|', () => {
    expect(medianCurveDistance(pts([[0, 5], [1, 7], [2, 12]]), (x) => x * x + 5)).toBe(1);
    expect(medianCurveDistance(pts([[0, 5], [1, 7]]), (x) => x * x + 5)).toBe(0.5);
  });
});
