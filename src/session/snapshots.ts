import type { RunState } from '../core/state';
import type { SnapshotBase, TrainingRun } from '../engine/types';

/** A copy of a run's full state on the CPU, taken while every loss and weight was finite. */
export interface GoodSnapshot {
  state: RunState;
  step: number;
  takenAt: number;
  /**
   * Run B's state at the same step, taken in the same tick as A's (while comparing); absent when not comparing, or
   * when B's weights were not finite (B had diverged: it cannot be restored, writeVariables refuses NaN/Inf).
   */
  stateB?: RunState;
}

/** What a snapshot reads of run B. */
export type PairedRun = Pick<TrainingRun<SnapshotBase>, 'step' | 'stepUnderWay' | 'saveState'>;

export type TakeResult = 'saved' | 'not-finite' | 'skipped';

/** True when every saved value is a finite number. */
export function isFiniteState(state: RunState): boolean {
  return state.tensors.every((t) => t.values.every((v) => Number.isFinite(v)));
}

/**
 * Keeps the last good weight snapshot of the current run on the CPU, refreshed every few seconds of training:
 * the source for "roll back" after divergence and for recovery after a lost WebGL context.
 */
export class SnapshotKeeper {
  private last: GoodSnapshot | null = null;
  private saving = false;
  private generation = 0;

  constructor(
    readonly everyMs = 3000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get latest(): GoodSnapshot | null {
    return this.last;
  }

  /** Forgets the snapshot (the run was replaced); a save under way is discarded when it lands. */
  clear(): void {
    this.last = null;
    this.generation++;
  }

  /** A new snapshot is due: none yet, or the last is older than everyMs, and no save is under way. */
  due(): boolean {
    return !this.saving && (this.last === null || this.now() - this.last.takenAt >= this.everyMs);
  }

  /**
   * Reads the run's state back asynchronously and keeps it if every value is finite. `runB` (while comparing) is
   * read in the same tick, so the two states are of one step; a moment when the two do not stand at one whole step
   * (a step in parts half done) is skipped, and the next frame tries again.
   */
  async take(run: TrainingRun<SnapshotBase>, runB?: PairedRun | null): Promise<TakeResult> {
    if (this.saving) return 'skipped';
    if (runB && (runB.step !== run.step || runB.stepUnderWay || run.stepUnderWay)) return 'skipped';
    this.saving = true;
    const generation = this.generation;
    const step = run.step;
    try {
      const [state, stateB] = await Promise.all([run.saveState(), runB?.saveState()]);
      if (generation !== this.generation) return 'skipped';
      if (!isFiniteState(state)) return 'not-finite';
      this.last = { state, step, takenAt: this.now() };
      if (stateB && isFiniteState(stateB)) this.last.stateB = stateB;
      return 'saved';
    } finally {
      this.saving = false;
    }
  }
}
