import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf } from '../../core/tf';
import { presetParams } from '../../params/schema';
import { lossChoice } from '../objectiveEntry';
import { gaussian1dSchema } from './schema';
import { Gaussian1dRun } from './run';

beforeAll(useCpuBackend);

const SAMPLES = 5000;

/** E[D(x)] − E[D(G(z))] computed here, through the run's scripting methods, on its own draws of x ~ N(−1, 1) and G(z). */
async function wassersteinTerm(run: Gaussian1dRun): Promise<number> {
  const real = tf.tidy(() => tf.randomNormal([SAMPLES], -1, 1, 'float32', 12345).arraySync() as number[]);
  const fake = await run.sample(SAMPLES);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return mean(await run.discriminate(real.map((x) => [x]))) - mean(await run.discriminate(fake));
}

describe('the 1-D critic’s W1 estimate (w1Critic)', () => {
  it('WGAN-GP: w1Critic is E[D(x)] − E[D(G(z))] alone, without the gradient penalty that L_D carries', async () => {
    // The default preset with WGAN-GP's recommended settings (Adam 1e-4, β 0.5/0.9, k = 5, λ = 10), G unaveraged so
    // run.sample draws from the G the critic scores. After 20 steps the critic's slope is still far from 1, so the
    // penalty λ·E[(‖∇D‖ − 1)²] is large next to the Wasserstein term.
    const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, 'default'), ...lossChoice('wgangp').params, seed: 1, averageG: 0 });
    run.trainSteps(20);
    const { metrics } = await run.snapshot();
    const expected = await wassersteinTerm(run);
    run.dispose();
    // Measured when written (seed 1, CPU backend): w1Critic 0.380, here 0.383, −L_D −2.96 (the penalty ≈ 3.3).
    // two estimates on 5,000 independent draws each: they agree to sampling error
    expect(Math.abs(metrics.w1Critic - expected)).toBeLessThan(0.05);
    // −L_D (last batch) = the Wasserstein term − the penalty: far below it while the penalty is large
    expect(-metrics.dLoss).toBeLessThan(expected - 0.5);
  }, 120_000);

  it('WGAN: w1Critic is the same E[D(x)] − E[D(G(z))], which is −L_D up to the batch drawn (no penalty)', async () => {
    const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, 'default'), ...lossChoice('wgan').params, seed: 1, averageG: 0, clip: 0.1, activation: 'leakyRelu' });
    run.trainSteps(20);
    const { metrics } = await run.snapshot();
    const expected = await wassersteinTerm(run);
    run.dispose();
    expect(Math.abs(metrics.w1Critic - expected)).toBeLessThan(0.05);
    expect(Math.abs(metrics.w1Critic - -metrics.dLoss)).toBeLessThan(0.1);
  }, 120_000);

  it('the other objectives report no critic estimate', async () => {
    const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, 'default'), seed: 1, loss: 'hinge' });
    run.trainSteps(2);
    const { metrics } = await run.snapshot();
    run.dispose();
    expect(metrics.w1Critic).toBeUndefined();
  }, 60_000);
});
