import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf } from './tf';
import { PRIORS, noiseGrid, sampleNoise, type Prior } from './priors';

beforeAll(useCpuBackend);

/** Draws, reads and disposes. */
function draw(prior: Prior, batch: number, dim: number, range: number, seed: number): { shape: number[]; v: number[] } {
  const t = sampleNoise(prior, batch, dim, range, seed);
  const out = { shape: t.shape.slice(), v: Array.from(t.dataSync()) };
  t.dispose();
  return out;
}

const meanOf = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const sdOf = (a: number[]): number => {
  const m = meanOf(a);
  return Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1));
};

describe('sampleNoise: stratified', () => {
  it('200 values over r = 5 are sorted, start in [−5, −4.99], end in [5, 5.01], gaps ≈ 10/199', () => {
    const { shape, v } = draw('stratified', 200, 1, 5, 17);
    expect(shape).toEqual([200, 1]);
    for (let i = 1; i < v.length; i++) expect(v[i]).toBeGreaterThan(v[i - 1]);
    expect(v[0]).toBeGreaterThanOrEqual(-5);
    expect(v[0]).toBeLessThanOrEqual(-4.99);
    expect(v[199]).toBeGreaterThanOrEqual(5 - 1e-5); // float32 linspace may land a hair below 5
    expect(v[199]).toBeLessThanOrEqual(5.01);
    const gap = 10 / 199;
    for (let i = 1; i < v.length; i++) {
      expect(v[i] - v[i - 1]).toBeGreaterThan(gap - 0.01 - 1e-5);
      expect(v[i] - v[i - 1]).toBeLessThan(gap + 0.01 + 1e-5);
    }
  });

  it('each value sits within [0, 0.01] above its grid point −r + 2r·i/(M−1)', () => {
    const M = 50;
    const r = 2;
    const { v } = draw('stratified', M, 1, r, 3);
    v.forEach((z, i) => {
      const node = -r + (2 * r * i) / (M - 1);
      expect(z - node).toBeGreaterThanOrEqual(-1e-5);
      expect(z - node).toBeLessThanOrEqual(0.01 + 1e-5);
    });
    // the jitter is real, not constant
    const jit = v.map((z, i) => z - (-r + (2 * r * i) / (M - 1)));
    expect(sdOf(jit)).toBeGreaterThan(0.001);
  });

  it('same seed gives the same values, a different seed different ones', () => {
    expect(draw('stratified', 100, 1, 5, 8).v).toEqual(draw('stratified', 100, 1, 5, 8).v);
    expect(draw('stratified', 100, 1, 5, 8).v).not.toEqual(draw('stratified', 100, 1, 5, 9).v);
  });
});

describe('sampleNoise: uniform', () => {
  it('stays in [−r, r) with mean ≈ 0 and sd ≈ r/√3', () => {
    const r = 2;
    const { shape, v } = draw('uniform', 5000, 2, r, 11);
    expect(shape).toEqual([5000, 2]);
    let outside = 0;
    for (const z of v) if (!(z >= -r && z < r)) outside++;
    expect(outside).toBe(0);
    expect(Math.abs(meanOf(v))).toBeLessThan(0.05); // sd of the mean ≈ 0.008
    expect(Math.abs(sdOf(v) - r / Math.sqrt(3))).toBeLessThan(0.03);
    // it actually spreads over the interval
    expect(Math.min(...v)).toBeLessThan(-r + 0.01);
    expect(Math.max(...v)).toBeGreaterThan(r - 0.01);
  });

  it('same seed → same values; different seed → different', () => {
    expect(draw('uniform', 64, 1, 1, 5).v).toEqual(draw('uniform', 64, 1, 1, 5).v);
    expect(draw('uniform', 64, 1, 1, 5).v).not.toEqual(draw('uniform', 64, 1, 1, 6).v);
  });
});

describe('sampleNoise: normal', () => {
  it('10,000 samples have mean ≈ 0 and sd ≈ 1 (range is ignored)', () => {
    const { shape, v } = draw('normal', 10_000, 1, 7, 21);
    expect(shape).toEqual([10_000, 1]);
    expect(Math.abs(meanOf(v))).toBeLessThan(0.05); // sd of the mean = 0.01
    expect(Math.abs(sdOf(v) - 1)).toBeLessThan(0.03);
    // tails: about 4.55% beyond ±2
    const beyond2 = v.filter((z) => Math.abs(z) > 2).length / v.length;
    expect(Math.abs(beyond2 - 0.0455)).toBeLessThan(0.01);
  });

  it('same seed → same values; different seed → different', () => {
    expect(draw('normal', 64, 3, 1, 1234).v).toEqual(draw('normal', 64, 3, 1, 1234).v);
    expect(draw('normal', 64, 3, 1, 1234).v).not.toEqual(draw('normal', 64, 3, 1, 1235).v);
  });
});

describe('sampleNoise: bookkeeping', () => {
  it('leaks no tensor for any prior', () => {
    const before = tf.memory().numTensors;
    for (const p of PRIORS) {
      const t = sampleNoise(p, 32, 1, 2, 9);
      expect(tf.memory().numTensors).toBe(before + 1);
      t.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('PRIORS lists the three priors', () => {
    expect([...PRIORS].sort()).toEqual(['normal', 'stratified', 'uniform']);
  });
});

describe('noiseGrid', () => {
  it('spans [−r, r] for uniform/stratified and [−3, 3] for normal, as an [n, 1] column', () => {
    for (const [p, r, span] of [['uniform', 2, 2], ['stratified', 5, 5], ['normal', 5, 3]] as const) {
      const before = tf.memory().numTensors;
      const t = noiseGrid(p, 11, r);
      expect(t.shape).toEqual([11, 1]);
      const v = Array.from(t.dataSync());
      t.dispose();
      expect(tf.memory().numTensors).toBe(before);
      v.forEach((z, i) => expect(z).toBeCloseTo(-span + (2 * span * i) / 10, 5));
    }
  });
});
