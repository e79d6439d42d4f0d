import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf } from '../../core/tf';
import { meanAndStdError, parzenEstimate, parzenLogLikelihood, SIGMAS, squaredDistances } from './parzen';

beforeAll(useCpuBackend);

/** log N(x; μ, σ²I) in d dimensions. */
function logNormal(x: number[], mu: number[], sigma: number): number {
  const d = x.length;
  const sq = x.reduce((s, v, i) => s + (v - mu[i]) ** 2, 0);
  return -sq / (2 * sigma * sigma) - d * Math.log(sigma * Math.sqrt(2 * Math.PI));
}

async function parzen(xs: number[][], centres: number[][], sigma: number): Promise<number[]> {
  const t = tf.tidy(() => parzenLogLikelihood(squaredDistances(tf.tensor2d(xs), tf.tensor2d(centres)), sigma, xs[0].length));
  const v = Array.from(await t.data());
  t.dispose();
  return v;
}

describe('Parzen-window log-likelihood', () => {
  it('uses σ from logspace(−1, 0, 10)', () => {
    expect(SIGMAS).toHaveLength(10);
    expect(SIGMAS[0]).toBeCloseTo(0.1, 12);
    expect(SIGMAS[9]).toBeCloseTo(1, 12);
    expect(SIGMAS[1] / SIGMAS[0]).toBeCloseTo(Math.pow(10, 1 / 9), 12);
  });

  it('equals the Gaussian density for one centre and the mixture density for several', async () => {
    const xs = [[0.1, -0.3, 0.7], [1, 1, 1]];
    const mu = [[0, 0, 0.5]];
    const got1 = await parzen(xs, mu, 0.4);
    xs.forEach((x, i) => expect(got1[i]).toBeCloseTo(logNormal(x, mu[0], 0.4), 3));
    const centres = [[0, 0, 0.5], [1, 0.8, 1.2], [-0.5, 0.2, 0]];
    const got = await parzen(xs, centres, 0.3);
    xs.forEach((x, i) => {
      const mixture = Math.log(centres.reduce((s, c) => s + Math.exp(logNormal(x, c, 0.3)), 0) / centres.length);
      expect(got[i]).toBeCloseTo(mixture, 3);
    });
  });

  it('matches the closed form for Gaussian data: N(0, s²I) smoothed by σ is N(0, (s² + σ²)I)', async () => {
    // With many centres drawn from N(0, s²I), the Parzen density tends to N(0, (s² + σ²)I).
    const d = 2;
    const s = 0.5;
    const sigma = 0.3;
    const centres = tf.randomNormal([20000, d], 0, s, 'float32', 11);
    const xs = [[0, 0], [0.4, -0.2], [-0.6, 0.5]];
    const t = tf.tidy(() => parzenLogLikelihood(squaredDistances(tf.tensor2d(xs), centres as tf.Tensor2D), sigma, d));
    const got = Array.from(await t.data());
    xs.forEach((x, i) => expect(got[i]).toBeCloseTo(logNormal(x, [0, 0], Math.sqrt(s * s + sigma * sigma)), 1));
    tf.dispose([t, centres]);
  });

  it('runs the protocol: picks σ by validation likelihood and reports mean ± std/√N on the test set', async () => {
    const d = 3;
    const centres = tf.randomNormal([3000, d], 0, 0.5, 'float32', 1) as tf.Tensor2D;
    const validation = tf.randomNormal([400, d], 0, 0.5, 'float32', 2) as tf.Tensor2D;
    const test = tf.randomNormal([400, d], 0, 0.5, 'float32', 3) as tf.Tensor2D;
    const steps: number[] = [];
    const r = await parzenEstimate(centres, validation, test, (done) => steps.push(done));
    expect(steps[steps.length - 1]).toBe(11);
    expect(r.validation).toHaveLength(10);
    expect(r.validation[SIGMAS.indexOf(r.sigma)]).toBe(Math.max(...r.validation));
    // Data sd 0.5 in 3-D: the best kernel is narrow but not the narrowest; LL near the true entropy bound.
    expect(r.sigma).toBeGreaterThan(0.1);
    expect(r.sigma).toBeLessThan(0.6);
    const trueMeanLL = -1.5 - 3 * Math.log(0.5 * Math.sqrt(2 * Math.PI)); // −entropy of N(0, 0.25 I₃)
    expect(r.mean).toBeLessThan(trueMeanLL + 0.1);
    expect(r.mean).toBeGreaterThan(trueMeanLL - 0.5);
    expect(r.stdError).toBeGreaterThan(0);
    expect(r.stdError).toBeLessThan(0.2);
    tf.dispose([centres, validation, test]);
  });

  it('computes mean and standard error', () => {
    const r = meanAndStdError([1, 2, 3, 4]);
    expect(r.mean).toBe(2.5);
    expect(r.stdError).toBeCloseTo(Math.sqrt(1.25) / 2, 12);
  });
});
