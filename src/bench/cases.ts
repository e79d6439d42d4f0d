// The benchmark's cases: for each, the playground's own run (the fast path the app uses) and the tutorial-style
// reference with the same architecture, batch and optimizer.
import { tf } from '../core/tf';
import { findExperiment } from '../experiments/registry';
import { presetParams, type Params } from '../params/schema';
import type { TrainingRun } from '../engine/types';
import { gaussian, ReferenceGan, type ReferenceSpec } from './referenceGan';

export interface BenchCase {
  name: string;
  experiment: string;
  preset: string;
  /** Overrides for the fast path (e.g. no pre-training, which the reference does not do either). */
  overrides: Params;
  reference: ReferenceSpec;
  /** Matmul FLOPs of one training step (one D update, one G update), for MNIST's achieved-FLOP/s figure. */
  flopsPerStep?: number;
}

const jang: BenchCase = {
  name: '1-D jang',
  experiment: 'gaussian1d',
  preset: 'jang',
  overrides: { pretrainD: false },
  reference: {
    dSizes: [1, 6, 5, 1],
    gSizes: [1, 6, 5, 1],
    hidden: 'tanh',
    gOutput: 'tanh5',
    optimizer: () => tf.train.momentum(0.001, 0.6),
    batch: 200,
    realBatch: (rand, n) => Float32Array.from({ length: n }, () => gaussian(rand) - 1).sort(),
    noise: (rand, n) => Float32Array.from({ length: n }, (_, i) => -5 + (10 * i) / (n - 1) + 0.01 * rand()),
  },
};

export const BENCH_CASES: BenchCase[] = [jang];

export async function createFastRun(c: BenchCase): Promise<TrainingRun> {
  const experiment = findExperiment(c.experiment);
  if (!experiment) throw new Error(`Benchmark case ${c.name}: experiment ${c.experiment} is not available`);
  return experiment.create({ ...presetParams(experiment.schema, c.preset), ...c.overrides });
}

export function createReference(c: BenchCase): ReferenceGan {
  return new ReferenceGan(c.reference);
}
