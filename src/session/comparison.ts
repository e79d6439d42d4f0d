// Run B of a comparison: run A with one setting changed, built from the same seed and stepped by the same scheduler
// in the same frames (lockstep.ts trains both, then RunLifecycle.readFrame reads both back), so the two always stand
// at one step. compareSession.ts loads this file (and params/compare.ts) on first use: a page that compares nothing
// never downloads it.
import { MetricHistory, type HistoryPoint } from '../engine/history';
import { SnapshotTimeline } from '../engine/timeline';
import type { Experiment, FrameOptions, ProgressListener, SnapshotBase, TrainingRun } from '../engine/types';
import { comparedKey, paramsOfB, validateCompare } from '../params/compare';
import type { ExperimentSchema, Params } from '../params/schema';
import type { RunState } from '../core/state';
import type { GridFrame } from '../core/trainedStart';
import { gridsUpTo } from './restorePoint';

export { compareFromLink, validateCompare } from '../params/compare';
import { firstNonFinite } from './divergence';

/** What the panels and getStatus() read of run B (plain data; a new object whenever it changes). */
export interface CompareState {
  /** The one setting B changes, e.g. { loss: 'nonsaturating' }. */
  update: Params;
  /** The key of that setting. */
  key: string;
  /** Run B's parameters: run A's with the update laid over them. */
  params: Params;
  /** B's latest frame (the same step as A's). */
  snapshot: SnapshotBase | null;
  /** B's losses and metrics over training (the loss and divergence charts draw it beside A's). */
  history: MetricHistory;
  /** Bumped whenever B's history changes. */
  historyVersion: number;
  /**
   * B's frames kept along the run, at the steps run A's timeline keeps (both are offered the same frames): the
   * timeline scrubber shows B at the step it shows A.
   */
  timeline: SnapshotTimeline<SnapshotBase>;
  /** The step at which B's loss became NaN/Inf (B keeps stepping in lockstep; its panels keep the last finite frame). */
  divergedAt: number | null;
}

/** Run B's record kept across a restore: its metric history, divergence mark and last frame. */
export interface CarriedB {
  history: readonly HistoryPoint[];
  divergedAt: number | null;
  snapshot: SnapshotBase | null;
  timeline: SnapshotTimeline<SnapshotBase>;
  /** B's saved sample grids (MNIST's timeline; none elsewhere). */
  grids: readonly GridFrame[];
}

export class Comparison {
  readonly history = new MetricHistory();
  private timeline = new SnapshotTimeline<SnapshotBase>();
  private divergedAt: number | null = null;
  private snapshot: SnapshotBase | null = null;

  private constructor(
    readonly update: Params,
    private params: Params,
    readonly run: TrainingRun<SnapshotBase>,
  ) {}

  /**
   * Builds run B for run A's parameters (same seed: the seed is never a compared key) and the user's data, when the
   * setting still differs from A's; else returns the reason it does not (the comparison ends with it).
   */
  static async build(
    experiment: Experiment<SnapshotBase>, paramsA: Params, update: Params, rows: number[][], onProgress?: ProgressListener,
  ): Promise<Comparison | string> {
    try {
      validateCompare(experiment.schema, update, paramsA);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    const params = paramsOfB(paramsA, update);
    // run A's data, built in as run A's was (e.g. pre-training D on it)
    const run = await experiment.create(params, onProgress, rows.length ? rows : undefined);
    return new Comparison(update, params, run);
  }

  get step(): number {
    return this.run.step;
  }

  trainSteps(n: number): void {
    this.run.trainSteps(n);
  }

  /** Half of a slow step (TrainingRun.trainPhase); true when that completed it. */
  trainPhase(): boolean {
    return this.run.trainPhase();
  }

  finishStep(): void {
    this.run.finishStep();
  }

  get stepUnderWay(): boolean {
    return this.run.stepUnderWay;
  }

  /**
   * Run A's parameters changed live: B takes them too, keeping its own setting. Returns why the comparison cannot go
   * on (A now has B's value), changing nothing then; null when B follows.
   */
  followA(schema: ExperimentSchema, paramsA: Params): string | null {
    try {
      validateCompare(schema, this.update, paramsA);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    this.params = paramsOfB(paramsA, this.update);
    this.run.applyLiveParams(this.params);
    return null;
  }

  /** What a fresh run B takes over from this one when both runs are restored to a snapshot (plain data). */
  carry(): CarriedB {
    return {
      history: this.history.all(), divergedAt: this.divergedAt, snapshot: this.snapshot, timeline: this.timeline,
      grids: this.run.timelineFrames?.() ?? [],
    };
  }

  /**
   * Run A was restored to a snapshot (after a lost GPU context, or a roll-back): this run B loads B's state of the
   * same step and takes over `carried` (the replaced B's history and divergence mark), so B's charts go on where they
   * were. Throws, changing nothing, when the state does not fit B.
   */
  restoreFrom(state: RunState, carried: CarriedB): void {
    this.run.loadState(state);
    if (carried.grids.length) this.run.loadTimeline?.(gridsUpTo(carried.grids, this.run.step));
    if (carried.history !== this.history.all()) this.history.replace(carried.history);
    const step = this.run.step;
    this.divergedAt = carried.divergedAt !== null && carried.divergedAt <= step ? carried.divergedAt : null;
    this.snapshot = carried.snapshot;
    this.timeline = carried.timeline;
  }

  /** Losses read along a long step(n). */
  recordLosses(losses: Record<string, number>): void {
    if (!Object.keys(losses).length || firstNonFinite(losses)) return;
    this.history.push(this.run.step, losses);
  }

  /** A frame of B read back: kept when finite; a NaN/Inf loss marks B diverged and keeps the last finite frame. */
  accept(snapshot: SnapshotBase): void {
    if (firstNonFinite(snapshot.metrics)) {
      if (this.divergedAt === null) this.divergedAt = snapshot.step;
      return;
    }
    this.history.push(snapshot.step, snapshot.metrics);
    this.timeline.push(snapshot);
    this.snapshot = snapshot;
  }

  read(options: FrameOptions = {}): Promise<SnapshotBase> {
    return this.run.snapshot(options);
  }

  get state(): CompareState {
    return {
      update: this.update, key: comparedKey(this.update), params: this.params, snapshot: this.snapshot,
      history: this.history, historyVersion: this.history.version, timeline: this.timeline, divergedAt: this.divergedAt,
    };
  }

  dispose(): void {
    this.run.dispose();
  }
}

/** The notice when a comparison starts. */
export function startNotice(update: Params, paramsA: Params): string {
  const key = comparedKey(update);
  return `Comparing ${key} = ${String(paramsA[key])} (A) with ${String(update[key])} (B): both runs restart from the seed and train in lockstep.`;
}
