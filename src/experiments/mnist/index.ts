import type { Experiment } from '../../engine/types';
import { mnistSchema } from './schema';
import { MnistRun } from './run';
import type { MnistSnapshot } from './snapshot';

export const mnist: Experiment<MnistSnapshot> = {
  id: 'mnist',
  title: 'MNIST digits',
  summary: 'G learns to draw handwritten digits from noise; watch an 8×8 grid of its samples sharpen as it trains.',
  schema: mnistSchema,
  create: (params, onProgress) => MnistRun.create(params, onProgress),
};
