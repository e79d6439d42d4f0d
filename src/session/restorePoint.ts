// What a rebuild restores run A (and, while comparing, run B) to: a snapshot of one step (SnapshotKeeper), after a
// lost GPU context. A comparison survives it only when the snapshot holds B's state of that same step. The sample
// grids a run saved along the way (MNIST's timeline, plain data) go with it, up to that step.
import type { GridFrame } from '../core/trainedStart';
import type { GoodSnapshot } from './snapshots';

export interface RestorePoint extends Pick<GoodSnapshot, 'state' | 'step' | 'stateB'> {
  /** Run A's saved sample grids (TrainingRun.timelineFrames), for the rebuilt run A. */
  grids?: readonly GridFrame[];
}

/** The saved grids up to `step`: those after it are of steps the restored run has not taken again yet. */
export function gridsUpTo(grids: readonly GridFrame[], step: number): GridFrame[] {
  return grids.filter((f) => f.step <= step);
}

/** The notice when run B cannot follow run A back to a snapshot (its state there was not kept: B had diverged). */
export function unrestorableB(step: number): string {
  return `The comparison ended: run B could not be restored to step ${step} with run A (its weights there were not finite).`;
}
