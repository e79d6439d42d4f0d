// Run A and, while comparing, run B take the same steps in the same frames, so the two never stand a step apart:
// whole steps, or one slow step in parts (the scheduler's runStepPart, for a step that would hold the main thread
// too long): A's D updates, A's G updates, then B's two halves; each run counts the step at its end.
import type { TrainingRun } from '../engine/types';

/** What lockstep needs of a run (a TrainingRun, or a comparison's run B). */
export type Steppable = Pick<TrainingRun, 'trainSteps' | 'trainPhase' | 'finishStep' | 'stepUnderWay'>;

export class Lockstep {
  /** Whose half of a step in parts runs next: run A's, or run B's once A has counted the step. */
  private partOf: 'A' | 'B' = 'A';

  /** runs(): the current run A (null while none is built) and run B (null when not comparing). */
  constructor(private readonly runs: () => { a: Steppable | null; b: Steppable | null }) {}

  /** n whole steps on both runs. */
  steps(n: number): void {
    const { a, b } = this.runs();
    a?.trainSteps(n);
    b?.trainSteps(n);
  }

  /** The next part of one step; true once both runs have counted it. */
  part(): boolean {
    const { a, b } = this.runs();
    if (this.partOf === 'A') {
      if (!(a?.trainPhase() ?? true)) return false;
      if (!b) return true;
      this.partOf = 'B';
      return false;
    }
    if (!(b?.trainPhase() ?? true)) return false;
    this.partOf = 'A';
    return true;
  }

  /** Completes a step left in parts on both runs (called when play pauses between parts). */
  finish(): void {
    const { a, b } = this.runs();
    if (this.partOf === 'A') {
      // A is half way through the step; B has not started it
      a?.finishStep();
      b?.trainSteps(1);
    } else if (b?.stepUnderWay) {
      b.finishStep();
    } else {
      b?.trainSteps(1);
    }
    this.partOf = 'A';
  }
}
