import type { TrainingPaths } from '../core/fastGan';
import type { ExperimentSchema, Params } from '../params/schema';
import type { RunState } from '../core/state';
import type { LayerStack } from '../core/layersModel/stack';
import type { GridFrame } from '../core/trainedStart';

/** What every experiment's frame hands to the UI: plain numbers only, never tensors. */
export interface SnapshotBase {
  /** The id of the experiment whose run built it: each experiment's snapshot type narrows it to its own id. */
  experiment: string;
  step: number;
  /** Latest scalar figures (dLoss, gLoss, js, w1, ...). */
  metrics: Record<string, number>;
}

/** Progress of long set-up work (pre-training, loading data), for a progress bar. */
export type ProgressListener = (done: number, total: number, label: string) => void;

/**
 * One training run of an experiment: tensors live inside it, the engine only calls these methods.
 * Training methods enqueue GPU work and return at once; only snapshot/sample/discriminate read back.
 */
/** How a frame is read: `live` while playing (the scheduler's frames). */
export interface FrameOptions {
  live?: boolean;
}

export interface TrainingRun<S extends SnapshotBase = SnapshotBase> {
  /** Completed full training steps (k D-updates then one G-update each). */
  readonly step: number;
  /** The paths the latest D and G updates took (core/fastGan.ts decides them). */
  readonly paths?: TrainingPaths;
  /** Runs n full steps with no readback (a step trainPhase left half done is completed first, not counted). */
  trainSteps(n: number): void;
  /** Half a step: the first call makes its D updates, the second its G updates and counts it; true when complete. */
  trainPhase(): boolean;
  /** Completes a step that trainPhase left half done; nothing otherwise. */
  finishStep(): void;
  /** trainPhase has made the current step's D updates and not yet its G updates. */
  readonly stepUnderWay: boolean;
  /** One discriminator update alone (does not count as a step). */
  updateD(): void;
  /** One generator update alone (does not count as a step). */
  updateG(): void;
  /**
   * Resolves once the GPU has finished the work enqueued so far, with the latest loss values (dLoss, gLoss) that
   * the last trainSteps call computed: one tiny asynchronous readback.
   */
  settle(): Promise<Record<string, number>>;
  /**
   * One asynchronous readback of everything a frame draws. A `live` frame (drawn while playing) may refresh its
   * heaviest parts in turns (the 2-D samples, experiments/toy2d/rollingRows.ts) or on a coarser grid (the 2-D heat
   * map); any other frame is whole.
   */
  snapshot(options?: FrameOptions): Promise<S>;
  /** Applies parameters whose effect is 'live'. */
  applyLiveParams(params: Params): void;
  /**
   * The full state (parameters, optimizer slots, counters), read back asynchronously: for checkpoints, roll-back
   * after divergence and recovery after a lost WebGL context.
   */
  saveState(): Promise<RunState>;
  /** Restores a state saved from a run of the same configuration; throws and changes nothing on a mismatch. */
  loadState(state: RunState): void;
  /** n fresh samples; `label` (0–9) asks a conditional run for that digit (the session refuses it elsewhere). */
  sample(n: number, label?: number): Promise<number[][]>;
  /** Whether the run is a conditional GAN that sample(n, label) can ask for a label (MNIST's conditional preset). */
  readonly conditional?: boolean;
  /** Replaces user-supplied data (the 2-D `draw` points, the 1-D `empirical` values); throws on invalid rows. Absent where data is fixed. */
  setData?(rows: number[][]): void;
  discriminate(xs: number[][]): Promise<number[]>;
  /** G or D as a Keras layer stack computing what the page reports (for export as a TensorFlow.js LayersModel). */
  exportNetwork?(which: 'g' | 'd'): Promise<LayerStack>;
  /** Makes the stack the current G; throws, changing nothing, when its layers do not fit. */
  importGenerator?(stack: LayerStack): void;
  /** The sample grids saved along the run (MNIST's timeline); absent where an experiment keeps none. */
  timelineFrames?(): readonly GridFrame[];
  /** Replaces them by a recorded run's (a trained start's). */
  loadTimeline?(frames: readonly GridFrame[]): void;
  dispose(): void;
}

export interface Experiment<S extends SnapshotBase = SnapshotBase> {
  /** The same id its runs write into every frame (S['experiment']), so a frame can be told to be its own. */
  id: S['experiment'];
  title: string;
  /** One sentence for the experiment picker. */
  summary: string;
  schema: ExperimentSchema;
  /** `data`: the user's rows (UserDataSpec), already validated, for experiments that take data of their own. */
  create(params: Params, onProgress?: ProgressListener, data?: number[][]): Promise<TrainingRun<S>>;
  /** Present where the user can bring data (TrainingRun.setData): numbers per row, and the settings that use it. */
  userData?: UserDataSpec;
}

export interface UserDataSpec {
  /** Numbers per row: 1 (values on a line) or 2 (points [x, y]). */
  columns: 1 | 2;
  /** What the rows are called on the page ("values", "points"). */
  noun: string;
  /** How many rows an import must hold (drawing may add fewer at a time; an empty set clears the data). */
  minRows: number;
  maxRows: number;
  /** Throws an Error saying what is wrong (the same checks as TrainingRun.setData); changes nothing. */
  validate(rows: number[][]): void;
  /** Whether these parameters train on the user's data (e.g. the 2-D `draw` data set). */
  inUse(params: Params): boolean;
}
