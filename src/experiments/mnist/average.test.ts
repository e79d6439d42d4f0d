// The averaged generator in MNIST (averageG): samples come from θ̄, an EMA of G's parameters, while training is
// exactly what it is without it.
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { diskAssets } from '../../testing/mnistAssets';
import { tf } from '../../core/tf';
import { presetParams } from '../../params/schema';
import { mnistSchema } from './schema';
import { MnistRun } from './run';

beforeAll(useCpuBackend);

const STEPS = 3;
const params = (averageG: number) => ({ ...presetParams(mnistSchema, 'vanilla'), seed: 1, averageG });

function largestDifference(a: Float32Array, b: Float32Array): number {
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
}

describe('MNIST averaged generator', () => {
  it('draws from the average, trains as without it, and turns off live', async () => {
    const before = tf.memory().numTensors;
    const plain = await MnistRun.create(params(0), undefined, diskAssets);
    const averaged = await MnistRun.create(params(0.999), undefined, diskAssets);
    // the average starts from G's parameters: the same samples before training
    const [p0, a0] = [await plain.snapshot(), await averaged.snapshot()];
    expect(largestDifference(p0.grid, a0.grid)).toBe(0);

    plain.trainSteps(STEPS);
    averaged.trainSteps(STEPS);
    const [p1, a1] = [await plain.snapshot(), await averaged.snapshot()];
    // training never reads the average: the same losses
    expect(a1.metrics.dLoss).toBe(p1.metrics.dLoss);
    expect(a1.metrics.gLoss).toBe(p1.metrics.gLoss);
    // but the samples come from θ̄, which lags behind θ
    expect(largestDifference(p1.grid, a1.grid)).toBeGreaterThan(1e-3);

    // averageG = 0 (live): samples from G itself again
    averaged.applyLiveParams(params(0));
    const a2 = await averaged.snapshot();
    expect(largestDifference(p1.grid, a2.grid)).toBe(0);

    plain.dispose();
    averaged.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);
});
