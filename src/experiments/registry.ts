import type { Experiment, SnapshotBase } from '../engine/types';
import { gaussian1d } from './gaussian1d';
import { toy2d } from './toy2d';
import { mnist } from './mnist';

/** Every experiment the playground offers, in menu order. */
export const EXPERIMENTS: readonly Experiment<SnapshotBase>[] = [
  gaussian1d,
  toy2d,
  mnist,
];

export function findExperiment(id: string): Experiment<SnapshotBase> | undefined {
  return EXPERIMENTS.find((e) => e.id === id);
}
