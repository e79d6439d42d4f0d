import type { RunState } from '../core/state';
import type { SnapshotBase, TrainingRun } from '../engine/types';

/** A copy of a run's full state on the CPU, taken while every loss and weight was finite. */
export interface GoodSnapshot {
  state: RunState;
  step: number;
  takenAt: number;
}

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

  /** Reads the run's state back asynchronously and keeps it if every value is finite. */
  async take(run: TrainingRun<SnapshotBase>): Promise<TakeResult> {
    if (this.saving) return 'skipped';
    this.saving = true;
    const generation = this.generation;
    const step = run.step;
    try {
      const state = await run.saveState();
      if (generation !== this.generation) return 'skipped';
      if (!isFiniteState(state)) return 'not-finite';
      this.last = { state, step, takenAt: this.now() };
      return 'saved';
    } finally {
      this.saving = false;
    }
  }
}
