import { describe, expect, it } from 'vitest';
import { wasserstein1Empirical, wasserstein1Samples, wasserstein1ToCdf } from './density1d';
import { normalSamples, tabulatedCdf } from '../testing/normalReference';

const N01 = normalSamples(20_000, 12345);

describe('wasserstein1ToCdf', () => {
  const cdf01 = tabulatedCdf(0, 1);

  it('exact small cases: a point mass at 0 vs U(0,1) is ½; {0, 1} vs U(0,1) is ¼', () => {
    const u01 = (x: number): number => Math.min(1, Math.max(0, x));
    // The integral is taken on 4000 midpoint cells of [lo, hi], so each jump of F̂ may be off by half a cell.
    const cell = 3 / 4000;
    expect(Math.abs(wasserstein1ToCdf([0], u01, -1, 2) - 0.5)).toBeLessThanOrEqual(cell / 2 + 1e-12);
    expect(Math.abs(wasserstein1ToCdf([0, 1], u01, -1, 2) - 0.25)).toBeLessThanOrEqual(cell / 2 + 1e-12);
    // a point mass at c vs a point mass at 0 (step CDF): |c|
    const step0 = (x: number): number => (x >= 0 ? 1 : 0);
    expect(wasserstein1ToCdf([1.5], step0, -3, 3)).toBeCloseTo(1.5, 2);
  });

  it('N(0,1) samples to the N(0,1) CDF: < 0.03', () => {
    expect(wasserstein1ToCdf(N01, cdf01, -8, 8)).toBeLessThan(0.03);
  });

  it('N(0,1) samples to the N(0.5,1) CDF: ≈ 0.5 (a shift by c costs |c|)', () => {
    expect(Math.abs(wasserstein1ToCdf(N01, tabulatedCdf(0.5, 1), -8, 8) - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(wasserstein1ToCdf(N01, tabulatedCdf(-2, 1), -10, 10) - 2)).toBeLessThan(0.03);
  });

  it('N(0,1) samples to the N(0,2²) CDF: ≈ (2 − 1)·√(2/π) ≈ 0.798', () => {
    const expected = (2 - 1) * Math.sqrt(2 / Math.PI);
    expect(Math.abs(wasserstein1ToCdf(N01, tabulatedCdf(0, 2), -12, 12) - expected)).toBeLessThan(0.03);
  });

  it('is NaN for no samples', () => {
    expect(wasserstein1ToCdf([], cdf01, -1, 1)).toBeNaN();
  });
});

describe('wasserstein1Samples', () => {
  const xs = normalSamples(5000, 77);

  it('is 0 for the same samples in any order', () => {
    const shuffled = Array.from(xs).reverse();
    expect(wasserstein1Samples(xs, shuffled)).toBe(0);
  });

  it('shift property: W1(x, x + c) = |c|', () => {
    for (const c of [0.5, -1.25, 3]) {
      expect(wasserstein1Samples(xs, xs.map((v) => v + c))).toBeCloseTo(Math.abs(c), 10);
    }
  });

  it('is symmetric and matches a hand example', () => {
    // sorted [0,1,5] vs [2,2,3]: |0−2| + |1−2| + |5−3| = 5 → 5/3
    expect(wasserstein1Samples([5, 0, 1], [2, 3, 2])).toBeCloseTo(5 / 3, 12);
    expect(wasserstein1Samples([2, 3, 2], [5, 0, 1])).toBeCloseTo(5 / 3, 12);
  });

  it('between N(0,1) and N(0,2²) samples ≈ √(2/π)', () => {
    const a = normalSamples(20_000, 1);
    const b = normalSamples(20_000, 2, 0, 2);
    expect(Math.abs(wasserstein1Samples(a, b) - Math.sqrt(2 / Math.PI))).toBeLessThan(0.04);
  });

  it('throws for unequal sample counts', () => {
    expect(() => wasserstein1Samples([1, 2], [1])).toThrow(/equal/);
  });
});

describe('wasserstein1Empirical', () => {
  it('equals the sorted-pairs formula for equal sizes, and the shift for a shifted copy', () => {
    const xs = [0.3, -1.2, 2.5, 0.9, -0.4, 1.7];
    const ys = [1.1, 0.2, -2.0, 3.3, 0.0, -0.5];
    expect(wasserstein1Empirical(xs, ys)).toBeCloseTo(wasserstein1Samples(xs, ys), 12);
    expect(wasserstein1Empirical(xs, xs.map((v) => v + 0.25))).toBeCloseTo(0.25, 12);
    expect(wasserstein1Empirical(xs, [...xs].reverse())).toBe(0);
  });

  it('handles different sizes and ties exactly (quantile functions)', () => {
    // {0, 1} against {0, 0, 1, 1}: the same distribution
    expect(wasserstein1Empirical([0, 1], [0, 0, 1, 1])).toBe(0);
    // a point mass at 0 against {0, 1, 2}: ∫|1 − F| = (1 − 1/3)·1 + (1 − 2/3)·1 = 1 = mean distance
    expect(wasserstein1Empirical([0], [0, 1, 2])).toBeCloseTo(1, 12);
    // {0, 3} against {1}: ½·1 + ½·2
    expect(wasserstein1Empirical([0, 3], [1])).toBeCloseTo(1.5, 12);
    expect(wasserstein1Empirical([], [1])).toBeNaN();
  });
});
