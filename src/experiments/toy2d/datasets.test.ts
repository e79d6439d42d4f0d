import { describe, expect, it } from 'vitest';
import { generateDataset, modeCentres, type DatasetSpec } from './datasets';
import { fitNormaliser, normalise, denormalise } from './normaliser';
import { validateDrawnPoints, MAX_DRAWN_POINTS } from './drawn';

const spec = (id: DatasetSpec['id'], extra: Partial<DatasetSpec> = {}): DatasetSpec => ({ id, size: 4000, radius: 2, sigma: 0.02, ...extra });

function moments(p: Float64Array) {
  const n = p.length / 2;
  const m = [0, 0];
  const v = [0, 0];
  for (let i = 0; i < n; i++) for (let a = 0; a < 2; a++) m[a] += p[2 * i + a] / n;
  for (let i = 0; i < n; i++) for (let a = 0; a < 2; a++) v[a] += (p[2 * i + a] - m[a]) ** 2 / n;
  return { mean: m, variance: v };
}

describe('2-D data sets', () => {
  it('parabola: n points with x ~ U[−5, 5) and y = x² + 5 exactly (mean of y = 25/3 + 5)', () => {
    const p = generateDataset(spec('parabola', { size: 1000 }), 1);
    expect(p.length).toBe(2000);
    for (let i = 0; i < 1000; i++) {
      expect(p[2 * i]).toBeGreaterThanOrEqual(-5);
      expect(p[2 * i]).toBeLessThan(5);
      expect(p[2 * i + 1]).toBeCloseTo(p[2 * i] ** 2 + 5, 10);
    }
    const big = moments(generateDataset(spec('parabola', { size: 20000 }), 2));
    expect(big.mean[0]).toBeCloseTo(0, 1);
    expect(big.variance[0]).toBeCloseTo(100 / 12, 0);
    expect(big.mean[1]).toBeCloseTo(25 / 3 + 5, 0);
  });

  it('ring8: 8 distinct angles 2πi/8, every point near one mode, modes equally used', () => {
    const centres = modeCentres(spec('ring8'))!;
    expect(centres).toHaveLength(8);
    const angles = centres.map(([x, y]) => Math.round(((Math.atan2(y, x) + 2 * Math.PI) % (2 * Math.PI)) * 1e6));
    expect(new Set(angles).size).toBe(8);
    centres.forEach(([x, y], i) => {
      expect(Math.hypot(x, y)).toBeCloseTo(2, 10);
      expect(Math.atan2(y, x)).toBeCloseTo(Math.atan2(Math.sin((2 * Math.PI * i) / 8), Math.cos((2 * Math.PI * i) / 8)), 10);
    });
    const p = generateDataset(spec('ring8'), 3);
    const counts = new Array(8).fill(0);
    for (let i = 0; i < p.length / 2; i++) {
      const d = centres.map(([cx, cy]) => Math.hypot(p[2 * i] - cx, p[2 * i + 1] - cy));
      const m = d.indexOf(Math.min(...d));
      expect(d[m]).toBeLessThan(5 * 0.02);
      counts[m]++;
    }
    counts.forEach((c) => expect(c / 4000).toBeGreaterThan(0.1));
    const { mean, variance } = moments(p);
    expect(Math.abs(mean[0])).toBeLessThan(0.1);
    expect(variance[0] + variance[1]).toBeCloseTo(4 + 2 * 0.02 ** 2, 1); // E‖x‖² = r² + 2σ²
  });

  it('grid25: 25 distinct centres on {−4, …, 4}², the points spread σ around them', () => {
    const centres = modeCentres(spec('grid25', { sigma: 0.05 }))!;
    expect(new Set(centres.map((c) => c.join(','))).size).toBe(25);
    const p = generateDataset(spec('grid25', { sigma: 0.05 }), 4);
    let sq = 0;
    for (let i = 0; i < p.length / 2; i++) {
      const dx = p[2 * i] - Math.round(p[2 * i] / 2) * 2;
      const dy = p[2 * i + 1] - Math.round(p[2 * i + 1] / 2) * 2;
      sq += dx * dx + dy * dy;
    }
    expect(Math.sqrt(sq / (p.length / 2) / 2)).toBeCloseTo(0.05, 2);
    expect(moments(p).variance[0]).toBeCloseTo(8, 0); // variance of U{−4,−2,0,2,4} is 8
  });

  it('line and two moons: count, and points within a few σ of their curves', () => {
    const line = generateDataset(spec('line', { sigma: 0.05 }), 5);
    expect(line.length).toBe(8000);
    for (let i = 0; i < 4000; i++) expect(Math.abs(line[2 * i + 1] - line[2 * i] / 2)).toBeLessThan(0.3);
    const moons = generateDataset(spec('twoMoons', { sigma: 0.01 }), 6);
    expect(moons.length).toBe(8000);
    for (let i = 0; i < 4000; i++) {
      const [x, y] = [moons[2 * i] / 2, moons[2 * i + 1] / 2];
      const r = Math.min(Math.abs(Math.hypot(x, y) - 1), Math.abs(Math.hypot(x - 1, y - 0.5) - 1));
      expect(r).toBeLessThan(0.05);
    }
  });

  it('the same seed gives the same data; draw starts empty', () => {
    expect(generateDataset(spec('ring8'), 9)).toEqual(generateDataset(spec('ring8'), 9));
    expect(generateDataset(spec('ring8'), 9)).not.toEqual(generateDataset(spec('ring8'), 10));
    expect(generateDataset(spec('draw'), 1).length).toBe(0);
  });

  it('normalisation gives zero mean and unit spread, and round-trips', () => {
    const p = generateDataset(spec('parabola', { size: 1000 }), 1);
    const f = fitNormaliser('parabola', p);
    const m = moments(Float64Array.from(normalise(p, f)));
    m.mean.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-5));
    m.variance.forEach((v) => expect(v).toBeCloseTo(1, 4));
    denormalise(normalise(p, f), f).forEach((v, i) => expect(v).toBeCloseTo(p[i], 3));
  });
});

describe('drawn data validation', () => {
  it('accepts finite [x, y] rows in the drawing area', () => {
    expect(Array.from(validateDrawnPoints([[0, 1], [-2.5, 4]]))).toEqual([0, 1, -2.5, 4]);
  });
  it('rejects everything else, naming the problem', () => {
    expect(() => validateDrawnPoints('nope')).toThrow(/array/);
    expect(() => validateDrawnPoints([[1, 2, 3]])).toThrow(/pair/);
    expect(() => validateDrawnPoints([[1, NaN]])).toThrow(/finite/);
    expect(() => validateDrawnPoints([[1, '2']])).toThrow(/finite/);
    expect(() => validateDrawnPoints([[1, 99]])).toThrow(/outside/);
    expect(() => validateDrawnPoints(Array.from({ length: MAX_DRAWN_POINTS + 1 }, () => [0, 0]))).toThrow(/at most/);
  });
});
