// What a rebuild restores run A (and, while comparing, run B) to: a snapshot of one step (SnapshotKeeper), after a
// lost GPU context. A comparison survives it only when the snapshot holds B's state of that same step.
import type { GoodSnapshot } from './snapshots';

export type RestorePoint = Pick<GoodSnapshot, 'state' | 'step' | 'stateB'>;

/** The notice when run B cannot follow run A back to a snapshot (its state there was not kept: B had diverged). */
export function unrestorableB(step: number): string {
  return `The comparison ended: run B could not be restored to step ${step} with run A (its weights there were not finite).`;
}
