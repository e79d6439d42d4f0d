import { describe, expect, it } from 'vitest';
import { erf, mixtureCdf, mixturePdf, normalCdf, normalPdf, type MixtureComponent } from './gaussian';

/** Trapezoid rule of f over [a, b] with n intervals. */
function trapezoid(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = 0.5 * (f(a) + f(b));
  for (let i = 1; i < n; i++) s += f(a + i * h);
  return s * h;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

describe('normalPdf', () => {
  it('has the closed-form values 1/(σ√(2π)) · exp(−(x−μ)²/(2σ²))', () => {
    expect(normalPdf(0, 0, 1)).toBeCloseTo(0.3989422804014327, 14);
    expect(normalPdf(1, 0, 1)).toBeCloseTo(0.24197072451914337, 14);
    expect(normalPdf(-2, 0, 1)).toBeCloseTo(0.05399096651318806, 14);
    expect(normalPdf(1, 1, 2)).toBeCloseTo(1 / (2 * SQRT_2PI), 14);
    expect(normalPdf(4, 1, 2)).toBeCloseTo(Math.exp(-9 / 8) / (2 * SQRT_2PI), 14);
    expect(normalPdf(-1.3, -1, 0.5)).toBeCloseTo(Math.exp(-0.18) / (0.5 * SQRT_2PI), 14);
  });

  it('is symmetric about μ', () => {
    for (const d of [0.1, 0.7, 2.3]) expect(normalPdf(-1 + d, -1, 1.5)).toBeCloseTo(normalPdf(-1 - d, -1, 1.5), 15);
  });

  for (const [mu, sigma] of [[0, 1], [-1, 1], [2.5, 0.3], [0, 3]] as const) {
    it(`integrates to 1 for N(${mu}, ${sigma}²) and has mean μ, variance σ² (trapezoid)`, () => {
      const a = mu - 12 * sigma;
      const b = mu + 12 * sigma;
      expect(trapezoid((x) => normalPdf(x, mu, sigma), a, b, 4000)).toBeCloseTo(1, 8);
      expect(trapezoid((x) => x * normalPdf(x, mu, sigma), a, b, 4000)).toBeCloseTo(mu, 7);
      expect(trapezoid((x) => (x - mu) ** 2 * normalPdf(x, mu, sigma), a, b, 4000)).toBeCloseTo(sigma * sigma, 7);
    });
  }
});

describe('erf', () => {
  it('matches reference values to the A&S 7.1.26 accuracy (< 1.5e-7)', () => {
    const ref: [number, number][] = [
      [0, 0],
      [0.1, 0.1124629160182849],
      [0.5, 0.5204998778130465],
      [1, 0.8427007929497149],
      [1.5, 0.9661051464753108],
      [2, 0.9953222650189527],
      [3, 0.9999779095030014],
    ];
    for (const [x, v] of ref) {
      expect(Math.abs(erf(x) - v)).toBeLessThan(1.5e-7);
      expect(Math.abs(erf(-x) + v)).toBeLessThan(1.5e-7);
    }
  });

  it('erf(1) ≈ 0.8427007929', () => {
    expect(Math.abs(erf(1) - 0.8427007929)).toBeLessThan(2e-7);
  });

  it('is odd, monotone, and tends to ±1', () => {
    for (let x = 0.05; x <= 5; x += 0.05) expect(erf(-x)).toBe(-erf(x));
    let prev = -Infinity;
    for (let x = -6; x <= 6; x += 0.01) {
      const v = erf(x);
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
    expect(erf(10)).toBeCloseTo(1, 12);
    expect(erf(-10)).toBeCloseTo(-1, 12);
    expect(Math.abs(erf(0))).toBeLessThan(1e-8);
  });

  it('has derivative 2/√π · e^{−x²}', () => {
    const h = 1e-4;
    for (const x of [-1.2, 0, 0.4, 1.7]) {
      const d = (erf(x + h) - erf(x - h)) / (2 * h);
      expect(d).toBeCloseTo((2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), 3);
    }
  });
});

describe('normalCdf', () => {
  it('Φ(0) = 0.5, Φ(1.96) ≈ 0.975, Φ(−1) ≈ 0.158655 (1e-6)', () => {
    expect(Math.abs(normalCdf(0, 0, 1) - 0.5)).toBeLessThan(1e-8);
    expect(Math.abs(normalCdf(1.96, 0, 1) - 0.9750021048517795)).toBeLessThan(1e-6);
    expect(Math.abs(normalCdf(-1, 0, 1) - 0.15865525393145707)).toBeLessThan(1e-6);
    expect(Math.abs(normalCdf(-1, 0, 1) - 0.158655)).toBeLessThan(1e-6);
  });

  it('matches more reference values of Φ', () => {
    const ref: [number, number][] = [
      [-3, 0.0013498980316301],
      [-2, 0.0227501319481792],
      [-0.5, 0.3085375387259869],
      [0.5, 0.6914624612740131],
      [1, 0.8413447460685429],
      [2.5, 0.9937903346742238],
    ];
    for (const [x, v] of ref) expect(Math.abs(normalCdf(x, 0, 1) - v)).toBeLessThan(1e-6);
  });

  it('standardises: F(x; μ, σ) = Φ((x − μ)/σ)', () => {
    expect(Math.abs(normalCdf(-1, -1, 2) - 0.5)).toBeLessThan(1e-8);
    expect(Math.abs(normalCdf(1, -1, 2) - 0.8413447460685429)).toBeLessThan(1e-6); // (1+1)/2 = 1
    expect(Math.abs(normalCdf(-2, 1, 0.5) - 0.0000000009865876)).toBeLessThan(1e-6); // z = −6
    expect(Math.abs(normalCdf(0.25, 1, 0.5) - 0.0668072012688581)).toBeLessThan(1e-6); // z = −1.5
  });

  it('Φ(−x) = 1 − Φ(x) and is the integral of the pdf', () => {
    for (const x of [0.3, 1.1, 2.4]) expect(normalCdf(-x, 0, 1) + normalCdf(x, 0, 1)).toBeCloseTo(1, 12);
    for (const x of [-1.5, 0.2, 1.8]) {
      const integral = trapezoid((t) => normalPdf(t, 0.5, 1.3), 0.5 - 15 * 1.3, x, 20000);
      expect(Math.abs(normalCdf(x, 0.5, 1.3) - integral)).toBeLessThan(5e-7);
    }
  });
});

describe('mixtures', () => {
  const comps: MixtureComponent[] = [
    { weight: 0.3, mu: -1, sigma: 1 },
    { weight: 0.7, mu: 3, sigma: 0.5 },
  ];

  it('mixturePdf is the weighted sum of closed-form normal densities', () => {
    for (const x of [-3, -1, 0, 1, 3, 4.2]) {
      const expected =
        (0.3 * Math.exp(-((x + 1) ** 2) / 2)) / SQRT_2PI + (0.7 * Math.exp(-((x - 3) ** 2) / (2 * 0.25))) / (0.5 * SQRT_2PI);
      expect(mixturePdf(x, comps)).toBeCloseTo(expected, 13);
    }
  });

  it('mixturePdf integrates to the total weight', () => {
    expect(trapezoid((x) => mixturePdf(x, comps), -15, 15, 6000)).toBeCloseTo(1, 8);
    const half = comps.map((c) => ({ ...c, weight: c.weight / 2 }));
    expect(trapezoid((x) => mixturePdf(x, half), -15, 15, 6000)).toBeCloseTo(0.5, 8);
  });

  it('mixtureCdf is the weighted sum of CDFs: 0 → total weight, with known midpoints', () => {
    expect(mixtureCdf(-50, comps)).toBeCloseTo(0, 12);
    expect(mixtureCdf(50, comps)).toBeCloseTo(1, 12);
    // at x = −1: 0.3·½ + 0.7·Φ(−8) ≈ 0.15
    expect(Math.abs(mixtureCdf(-1, comps) - 0.15)).toBeLessThan(1e-6);
    // at x = 3: 0.3·Φ(4) + 0.7·½
    expect(Math.abs(mixtureCdf(3, comps) - (0.3 * 0.9999683287581669 + 0.35))).toBeLessThan(1e-6);
  });

  it('mixtureCdf has derivative mixturePdf', () => {
    const h = 1e-4;
    for (const x of [-2, 0.5, 2.8, 3.4]) {
      const d = (mixtureCdf(x + h, comps) - mixtureCdf(x - h, comps)) / (2 * h);
      expect(Math.abs(d - mixturePdf(x, comps))).toBeLessThan(2e-3);
    }
  });

  it('a single component of weight 1 is the plain normal; no component is 0', () => {
    const one = [{ weight: 1, mu: 0.4, sigma: 1.2 }];
    for (const x of [-1, 0.4, 2]) {
      expect(mixturePdf(x, one)).toBe(normalPdf(x, 0.4, 1.2));
      expect(mixtureCdf(x, one)).toBe(normalCdf(x, 0.4, 1.2));
    }
    expect(mixturePdf(0, [])).toBe(0);
    expect(mixtureCdf(0, [])).toBe(0);
  });
});
