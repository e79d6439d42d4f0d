import type { Experiment } from '../../engine/types';
import { mnistSchema } from './schema';
import type { MnistSnapshot } from './snapshot';

export const mnist: Experiment<MnistSnapshot> = {
  id: 'mnist',
  title: 'MNIST digits',
  summary: 'G learns to draw handwritten digits from noise; watch an 8×8 grid of its samples sharpen as it trains.',
  schema: mnistSchema,
  // loaded on demand: the run's code (classifier, Parzen window, timeline, labels) is not part of the first load
  create: async (params, onProgress) => (await import('./run')).MnistRun.create(params, onProgress),
};
