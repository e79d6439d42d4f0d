// The benchmark's cases: for each, the playground's own run (the fast path the app uses) and the tutorial-style
// reference with the same architecture, batch and optimizer.
import { tf } from '../core/tf';
import { findExperiment } from '../experiments/registry';
import { presetParams, type Params } from '../params/schema';
import type { TrainingRun } from '../engine/types';
import { gaussian, ReferenceGan, type ReferenceSpec } from './referenceGan';
import { ganStepFlops } from '../core/flops';
import { browserAssets } from '../experiments/mnist/loader';
import { digitRows, PIXELS } from '../experiments/mnist/asset';

export interface BenchCase {
  name: string;
  experiment: string;
  preset: string;
  /** Overrides for the fast path (e.g. no pre-training, which the reference does not do either). */
  overrides: Params;
  /** The tutorial-style model (async: MNIST's reference needs the digits first). */
  reference: () => Promise<ReferenceSpec>;
  /** Matmul FLOPs of one training step (one D update, one G update), for MNIST's achieved-FLOP/s figure. */
  flopsPerStep?: number;
}

const jang: BenchCase = {
  name: '1-D jang',
  experiment: 'gaussian1d',
  preset: 'jang',
  overrides: { pretrainD: false },
  reference: async () => ({
    dSizes: [1, 6, 5, 1],
    gSizes: [1, 6, 5, 1],
    hidden: 'tanh',
    gOutput: 'tanh5',
    optimizer: () => tf.train.momentum(0.001, 0.6),
    batch: 200,
    realBatch: (rand, n) => Float32Array.from({ length: n }, () => gaussian(rand) - 1).sort(),
    noise: (rand, n) => Float32Array.from({ length: n }, (_, i) => -5 + (10 * i) / (n - 1) + 0.01 * rand()),
  }),
};

const parabola: BenchCase = {
  name: '2-D parabola',
  experiment: 'toy2d',
  preset: 'parabola',
  overrides: {},
  reference: async () => ({
    dSizes: [2, 10, 10, 1],
    gSizes: [2, 10, 10, 2],
    hidden: 'leakyRelu',
    gOutput: 'linear',
    optimizer: () => tf.train.adam(0.001),
    batch: 32,
    realBatch: (rand, n) => {
      const out = new Float32Array(2 * n);
      for (let i = 0; i < n; i++) {
        const x = -5 + 10 * rand();
        out[2 * i] = x;
        out[2 * i + 1] = x * x + 5;
      }
      return out;
    },
    noise: (rand, n) => Float32Array.from({ length: 2 * n }, () => gaussian(rand)),
  }),
};

/** MNIST's reference draws each batch of digits in JavaScript and uploads its pixels, as the tutorials' feeds do. */
function mnistCase(name: string, preset: string, dSizes: number[], gSizes: number[]): BenchCase {
  return {
    name,
    experiment: 'mnist',
    preset,
    overrides: {},
    flopsPerStep: ganStepFlops(dSizes, gSizes, 128),
    reference: async () => {
      const { digits } = await browserAssets();
      const rows = digitRows(digits.train);
      const count = digits.train.count;
      return {
        dSizes,
        gSizes,
        hidden: 'relu',
        gOutput: 'sigmoid',
        optimizer: () => tf.train.adam(0.001),
        batch: 128,
        realBatch: (rand, n) => {
          const out = new Float32Array(n * PIXELS);
          for (let i = 0; i < n; i++) {
            const r = Math.floor(rand() * count);
            out.set(rows.subarray(r * PIXELS, (r + 1) * PIXELS), i * PIXELS);
          }
          return out;
        },
        noise: (rand, n) => Float32Array.from({ length: n * 100 }, () => 2 * rand() - 1),
      };
    },
  };
}

export const BENCH_CASES: BenchCase[] = [
  jang,
  parabola,
  mnistCase('MNIST vanilla', 'vanilla', [784, 128, 1], [100, 128, 784]),
  mnistCase('MNIST deep', 'deep', [784, 500, 200, 1], [100, 200, 500, 784]),
];

export async function createFastRun(c: BenchCase): Promise<TrainingRun> {
  const experiment = findExperiment(c.experiment);
  if (!experiment) throw new Error(`Benchmark case ${c.name}: experiment ${c.experiment} is not available`);
  return experiment.create({ ...presetParams(experiment.schema, c.preset), ...c.overrides });
}

export async function createReference(c: BenchCase): Promise<ReferenceGan> {
  return new ReferenceGan(await c.reference());
}
