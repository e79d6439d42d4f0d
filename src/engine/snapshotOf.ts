import type { Experiment, SnapshotBase } from './types';

/**
 * Whether a frame is one of `experiment`'s own: every run writes its experiment's id into each frame it builds
 * (SnapshotBase.experiment, which each experiment's snapshot type narrows to its id, Experiment.id), so a frame that
 * names the experiment is of that experiment's snapshot type S.
 */
export function isSnapshotOf<S extends SnapshotBase>(experiment: Experiment<S>, frame: SnapshotBase): frame is S {
  return frame.experiment === experiment.id;
}
