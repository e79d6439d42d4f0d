import { describe, expect, it } from 'vitest';
import {
  histogram, jsDivergence, kdeOnGrid, klDivergence, linspace, silvermanBandwidth,
} from './density1d';

import { mulberry32 } from './rng';
import { normalSamples, Phi, phi, tabulatedCdf } from '../testing/normalReference';

const N01 = normalSamples(20_000, 12345);

describe('sample generator (sanity of the test fixture)', () => {
  it('Box–Muller samples have mean ≈ 0 and sd ≈ 1', () => {
    const m = N01.reduce((s, v) => s + v, 0) / N01.length;
    const v = N01.reduce((s, x) => s + (x - m) ** 2, 0) / (N01.length - 1);
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(v) - 1)).toBeLessThan(0.02);
  });

  it('the reference Φ is right', () => {
    expect(Phi(0)).toBeCloseTo(0.5, 9);
    expect(Phi(1.96)).toBeCloseTo(0.9750021048517795, 9);
    expect(tabulatedCdf(0, 1)(-1)).toBeCloseTo(0.15865525393145707, 7);
  });
});

describe('linspace', () => {
  it('hits both endpoints with even steps', () => {
    const x = linspace(-3, 3, 7);
    expect(Array.from(x)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const y = linspace(0.1, 0.7, 101);
    expect(y.length).toBe(101);
    expect(y[0]).toBe(0.1);
    expect(y[100]).toBe(0.7);
    for (let i = 1; i < y.length; i++) expect(y[i] - y[i - 1]).toBeCloseTo(0.006, 12);
  });

  it('handles n = 1 (the low end), n = 0 (empty) and a descending range', () => {
    expect(Array.from(linspace(2, 5, 1))).toEqual([2]);
    expect(linspace(2, 5, 0).length).toBe(0);
    expect(Array.from(linspace(1, -1, 3))).toEqual([1, 0, -1]);
  });
});

describe('histogram', () => {
  it('counts, edges, mass and density on a hand example', () => {
    const h = histogram([0, 0.1, 0.5, 0.9, 1.2, 1.5, 1.99, -0.5, 2.5, 7], 0, 2, 4);
    expect(Array.from(h.edges)).toEqual([0, 0.5, 1, 1.5, 2]);
    // bins [0,.5): 0, 0.1 | [.5,1): 0.5, 0.9 | [1,1.5): 1.2 | [1.5,2]: 1.5, 1.99 ; outside: −0.5, 2.5, 7
    expect(Array.from(h.mass)).toEqual([0.2, 0.2, 0.1, 0.2]);
    h.density.forEach((d, i) => expect(d).toBeCloseTo(h.mass[i] / 0.5, 12));
  });

  it('puts a sample exactly on the upper edge into the last bin, and drops anything above it', () => {
    const h = histogram([2, 2, 2.0000001], 0, 2, 4);
    expect(Array.from(h.mass)).toEqual([0, 0, 0, 2 / 3]);
    const g = histogram([0.3], -1, 0.3, 13); // 1.3/13 is not exact in binary
    expect(g.mass[12]).toBe(1);
    expect(g.mass.reduce((s, v) => s + v, 0)).toBe(1);
  });

  it('puts a sample exactly on the lower edge into the first bin, and drops anything below it', () => {
    const h = histogram([-1, -1.0000001], -1, 1, 2);
    expect(Array.from(h.mass)).toEqual([0.5, 0]);
  });

  it('counts every sample inside [lo, hi], even one just below hi (no sample in range is lost to rounding)', () => {
    // The largest doubles below hi are inside the range; they belong in the last bin.
    const cases: [number, number, number][] = [[0, 1, 3], [-5, 5, 4], [-3, 3, 5], [-1, 0.3, 67]];
    for (const [lo, hi, bins] of cases) {
      const justBelow = hi - Math.abs(hi) * Number.EPSILON; // a few ulps under hi
      expect(justBelow).toBeLessThan(hi);
      const h = histogram([justBelow], lo, hi, bins);
      expect(h.mass[bins - 1], `sample ${justBelow} in [${lo}, ${hi}] with ${bins} bins`).toBe(1);
    }
  });

  it('density integrates to the share of samples inside the range', () => {
    const lo = -2;
    const hi = 2;
    const bins = 40;
    const h = histogram(N01, lo, hi, bins);
    const width = (hi - lo) / bins;
    const integral = h.density.reduce((s, d) => s + d * width, 0);
    const inside = N01.filter((x) => x >= lo && x <= hi).length / N01.length;
    expect(integral).toBeCloseTo(inside, 12);
    expect(h.mass.reduce((s, v) => s + v, 0)).toBeCloseTo(inside, 12);
    // ≈ Φ(2) − Φ(−2)
    expect(Math.abs(inside - 0.9544997361)).toBeLessThan(0.01);
    // each bin's mass ≈ Φ(b) − Φ(a)
    for (let b = 0; b < bins; b++) {
      expect(Math.abs(h.mass[b] - (Phi(h.edges[b + 1]) - Phi(h.edges[b])))).toBeLessThan(0.006);
    }
  });

  it('is all zeros (not NaN) for no samples', () => {
    const h = histogram([], 0, 1, 5);
    expect(Array.from(h.mass)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(h.density)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('silvermanBandwidth', () => {
  it('≈ 0.9 · n^(−1/5) for N(0, 1) samples', () => {
    const n = N01.length;
    const h = silvermanBandwidth(N01);
    expect(Math.abs(h / (0.9 * n ** -0.2) - 1)).toBeLessThan(0.03);
  });

  it('scales with the spread', () => {
    const wide = N01.map((x) => 3 * x + 7);
    expect(silvermanBandwidth(wide) / silvermanBandwidth(N01)).toBeCloseTo(3, 6);
  });

  it('hand example [1..5]: 0.9 · min(sd = √2.5, IQR/1.34 = 2/1.34) · 5^(−1/5)', () => {
    expect(silvermanBandwidth([5, 3, 1, 4, 2])).toBeCloseTo(0.9 * (2 / 1.34) * 5 ** -0.2, 12);
  });

  it('uses the sd when the IQR is wider: heavy-shouldered two-point data', () => {
    // [0,0,0,10,10,10]: sd = √(150/5) = √30 ≈ 5.48; IQR = 10 → 7.46; min = sd
    expect(silvermanBandwidth([0, 10, 0, 10, 0, 10])).toBeCloseTo(0.9 * Math.sqrt(30) * 6 ** -0.2, 12);
  });

  it('stays positive for degenerate input', () => {
    expect(silvermanBandwidth([1])).toBe(1);
    expect(silvermanBandwidth([])).toBe(1);
    expect(silvermanBandwidth([2, 2, 2, 2])).toBeGreaterThan(0);
  });
});

describe('kdeOnGrid', () => {
  it('of 20,000 N(0,1) samples is within 0.02 of φ on [−3, 3]', () => {
    const grid = linspace(-3, 3, 121);
    const p = kdeOnGrid(N01, grid);
    expect(p.length).toBe(121);
    let worst = 0;
    grid.forEach((x, i) => (worst = Math.max(worst, Math.abs(p[i] - phi(x)))));
    expect(worst).toBeLessThan(0.02);
    // peak near 0 with the right height
    expect(Math.abs(p[60] - 0.3989422804)).toBeLessThan(0.02);
  });

  it('integrates to ≈ 1 on a grid that covers the samples', () => {
    const grid = linspace(-6, 6, 481);
    const p = kdeOnGrid(N01, grid);
    const dx = 12 / 480;
    let integral = 0;
    for (let i = 0; i < p.length - 1; i++) integral += 0.5 * (p[i] + p[i + 1]) * dx;
    expect(Math.abs(integral - 1)).toBeLessThan(0.005);
  });

  it('of one sample with bandwidth h is the kernel φ((x − x₀)/h)/h', () => {
    const grid = linspace(-2, 2, 81); // dx = 0.05, sample on a node
    const h = 0.3;
    const p = kdeOnGrid([0.5], grid, h);
    grid.forEach((x, i) => {
      const expected = Math.abs(x - 0.5) <= 4 * h + 1e-9 ? phi(x, 0.5, h) : 0; // kernel truncated at 4h
      expect(p[i]).toBeCloseTo(expected, 10);
    });
  });

  it('of two samples is the average of two kernels', () => {
    const grid = linspace(-3, 3, 61); // dx = 0.1
    const h = 0.5;
    const p = kdeOnGrid([-1, 1.2], grid, h);
    const k = (x: number, c: number): number => (Math.abs(x - c) <= 4 * h + 1e-9 ? phi(x, c, h) : 0); // truncated at 4h
    grid.forEach((x, i) => expect(p[i]).toBeCloseTo(0.5 * (k(x, -1) + k(x, 1.2)), 8));
  });

  it('is zeros for no samples or a grid of one point', () => {
    expect(Array.from(kdeOnGrid([], linspace(0, 1, 5)))).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(kdeOnGrid([0.5], [0.5]))).toEqual([0]);
  });
});

describe('klDivergence and jsDivergence', () => {
  it('KL matches the hand formula', () => {
    expect(klDivergence([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(0.5 / 0.1), 12);
    expect(klDivergence([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expect(klDivergence([0, 1], [0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
  });

  it('JSD is 0 for identical distributions (also when unnormalised)', () => {
    expect(jsDivergence([0.1, 0.2, 0.7], [0.1, 0.2, 0.7])).toBeCloseTo(0, 12);
    expect(jsDivergence([1, 2, 7], [0.1, 0.2, 0.7])).toBeCloseTo(0, 12);
  });

  it('JSD is ln 2 for disjoint supports', () => {
    expect(jsDivergence([1, 0], [0, 1])).toBeCloseTo(Math.LN2, 12);
    expect(jsDivergence([0.3, 0.7, 0, 0], [0, 0, 5, 5])).toBeCloseTo(Math.LN2, 12);
  });

  it('JSD is symmetric', () => {
    const p = [0.05, 0.4, 0.25, 0.3];
    const q = [0.3, 0.1, 0.5, 0.1];
    expect(jsDivergence(p, q)).toBeCloseTo(jsDivergence(q, p), 14);
  });

  it('JSD([0.5, 0.5], [0.9, 0.1]) equals the hand computation ≈ 0.101750', () => {
    // m = [0.7, 0.3]
    const klPM = 0.5 * Math.log(0.5 / 0.7) + 0.5 * Math.log(0.5 / 0.3);
    const klQM = 0.9 * Math.log(0.9 / 0.7) + 0.1 * Math.log(0.1 / 0.3);
    const expected = 0.5 * klPM + 0.5 * klQM;
    expect(expected).toBeCloseTo(0.10175, 5);
    expect(jsDivergence([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(expected, 12);
    expect(jsDivergence([5, 5], [9, 1])).toBeCloseTo(expected, 12); // normalised internally
  });

  it('JSD lies in [0, ln 2] and treats an empty side as maximal', () => {
    const rand = mulberry32(5);
    for (let t = 0; t < 50; t++) {
      const p = Array.from({ length: 6 }, rand);
      const q = Array.from({ length: 6 }, rand);
      const d = jsDivergence(p, q);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(Math.LN2 + 1e-12);
    }
    expect(jsDivergence([0, 0], [0.5, 0.5])).toBe(Math.LN2);
  });
});

describe('kdeOnGrid with a diverged generator', () => {
  it('huge but finite samples give a finite estimate instead of a kernel array too long to allocate', () => {
    const grid = linspace(-5, 5, 240);
    const samples = Float64Array.from({ length: 500 }, (_, i) => (i % 2 ? 1 : -1) * 1e23 * (1 + i / 500));
    const p = kdeOnGrid(samples, grid);
    expect(p.length).toBe(240);
    expect(Array.from(p).every(Number.isFinite)).toBe(true);
  });
});
