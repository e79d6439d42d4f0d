import type { PacingView } from '../engine/pacing';
import type { PlaygroundSession } from '../session/session';
import type { PlaygroundStatus } from '../session/status';
import { EXPERIMENTS } from '../experiments/registry';
import { loseContextForTesting } from '../engine/contextLoss';
import { decodeCheckpoint, encodeCheckpoint } from '../core/checkpoint';
import { base64ToBytes, bytesToBase64 } from '../core/base64';
import { viewOptions } from '../ui/teaching/viewOptions';
import type { Theme } from '../params/theme';
import { viewCalls } from './viewCalls';
import { version } from '../../package.json';
import { checkRunChoice, type RunChoice, type SampleOptions } from '../session/apiArguments';
import type { PaperRowFigures } from '../panels/PaperTable';

/** The scripting API on window.ganPlayground (CONTRACT.md). Extend freely; never break these members. */
export interface GanPlaygroundApi {
  version: string;
  ready: Promise<void>;
  experiments(): string[];
  selectExperiment(id: string): Promise<void>;
  getParams(): Record<string, number | string | boolean>;
  setParams(p: Record<string, unknown>): Promise<void>;
  play(): void;
  pause(): void;
  step(n?: number): Promise<void>;
  reset(): Promise<void>;
  getStatus(): PlaygroundStatus;
  /**
   * `{ run: 'B' }`: run B of the comparison (rejects when there is none). `{ label }` (0–9) asks a conditional GAN
   * (MNIST's `conditional` preset) for that digit.
   */
  sample(n: number, options?: SampleOptions): Promise<number[][]>;
  discriminate(xs: number[][], options?: RunChoice): Promise<number[]>;
  /**
   * Run B = run A with `update` (one setting, e.g. { loss: 'nonsaturating' }): both restart from the seed and train
   * in lockstep; null ends the comparison. An invalid setting, the seed or the experiment rejects with the reason.
   */
  setCompare(update: Record<string, unknown> | null): Promise<void>;
  /** Extensions beyond the contract. */
  presets(): string[];
  applyPreset(name: string): Promise<void>;
  updateD(): Promise<void>;
  updateG(): Promise<void>;
  /**
   * The user's data: toy2d's `draw` points as [x, y] rows; gaussian1d's `empirical` values as numbers (or [v] rows).
   * setData rejects invalid data, saying why, and changes nothing; [] clears it.
   */
  setData(rows: number[][] | number[]): Promise<void>;
  getData(): number[][];
  /**
   * MNIST: Goodfellow et al.'s Table 1 row for the current run, a Parzen window on `samples` generated digits
   * (default 2,000; up to the paper's 10,000, slower); `run: 'B'`: run B's row. Rejects on another experiment, a bad
   * `samples`, or `run: 'B'` with no comparison.
   */
  parzen(options?: { samples?: number } & RunChoice): Promise<PaperRowFigures>;
  /** Restores the last good weight snapshot (after divergence); rejects when there is none. */
  rollback(): Promise<void>;
  /** Hooks for tests and demos of the fault handling and the live loop. */
  debug: {
    /** Loses the WebGL context through WEBGL_lose_context; false when not on WebGL. */
    loseContext(): boolean;
    /** The pacer's model of a frame: fixed cost frameMs, stepMs per step, drawMs to draw, and its steps per frame. */
    pacing(): PacingView;
  };
  /** The current run as checkpoint file text (JSON); `{ run: 'B' }`: run B's, with B's parameters. */
  saveCheckpoint(options?: RunChoice): Promise<string>;
  /** Opens the current preset at its shipped trained checkpoint, with its history; rejects where there is none. */
  startFromTrained(): Promise<void>;
  /** The current run as a trained start (checkpoint, metric history, timeline): what scripts/train-starts.mjs saves. */
  exportTrainedStart(): Promise<string>;
  /** Loads checkpoint file text; rejects with the reason, and changes nothing, when it is not a valid checkpoint. */
  loadCheckpoint(text: string): Promise<void>;
  /**
   * The current generator / discriminator as a TensorFlow.js LayersModel: model.json's text, weights.bin as base64;
   * `{ run: 'B' }`: run B's.
   */
  exportGenerator(options?: RunChoice): Promise<ExportedModel>;
  exportDiscriminator(options?: RunChoice): Promise<ExportedModel>;
  /**
   * Makes a LayersModel the current generator (a Sequential of Dense layers with G's sizes, activations and output
   * head); rejects with the reason, and changes nothing, otherwise.
   */
  importGenerator(modelJson: string, weightsBase64: string): Promise<void>;
  /** Presenter mode (large type, thick lines, compact controls), as the P key and `presenter=1` set it. */
  setPresenter(on: boolean): void;
  getPresenter(): boolean;
  /** 'light', 'dark' or 'system' (follows the operating system); anything else throws an Error naming it. */
  setTheme(theme: Theme): void;
  getTheme(): Theme;
}

/** parzen()'s options (nothing, or an object with `samples` and `run`): the samples asked for, checked by the session. */
function parzenSamples(options: unknown): unknown {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) throw new Error('parzen(options): options must be an object such as { samples: 10000 }');
  const unknownKey = Object.keys(options).find((k) => k !== 'samples' && k !== 'run');
  if (unknownKey) throw new Error(`parzen(options): unknown option "${unknownKey}" (samples and run are supported)`);
  return 'samples' in options ? options.samples : undefined;
}

/** A TensorFlow.js LayersModel as text: model.json, and weights.bin in base64. */
export interface ExportedModel {
  modelJson: string;
  weightsBase64: string;
}

declare global {
  interface Window {
    ganPlayground?: GanPlaygroundApi;
  }
}

export function createApi(session: PlaygroundSession, ready: Promise<void>): GanPlaygroundApi {
  // Every call waits for `ready`, so scripts may call at once after load.
  const after = <T>(fn: () => Promise<T>): Promise<T> => ready.then(fn);
  return Object.freeze({
    version,
    ready,
    experiments: () => EXPERIMENTS.map((e) => e.id),
    selectExperiment: (id: string) => after(() => session.selectExperiment(id)),
    getParams: () => ({ ...session.getState().params }),
    setParams: (p: Record<string, unknown>) => after(() => session.setParams(p)),
    play: () => void ready.then(() => session.play()),
    pause: () => session.pause(),
    step: (n = 1) => after(() => session.step(n)),
    reset: () => after(() => session.reset()),
    getStatus: () => session.getStatus(),
    sample: (n: number, options?: SampleOptions) => after(() => session.sample(n, options)),
    discriminate: (xs: number[][], options?: RunChoice) => after(() => session.discriminate(xs, options)),
    setCompare: (update: Record<string, unknown> | null) => after(() => session.setCompare(update)),
    presets: () => Object.keys(session.getState().experiment.schema.presets),
    applyPreset: (name: string) => after(() => session.applyPreset(name)),
    updateD: () => after(() => session.singleUpdate('D')),
    updateG: () => after(() => session.singleUpdate('G')),
    setData: (rows: number[][] | number[]) => after(() => session.setData(asRows(rows))),
    getData: () => session.getData(),
    parzen: (options?: { samples?: number } & RunChoice) =>
      after(() => session.parzen(parzenSamples(options), undefined, checkRunChoice(options))),
    rollback: () => after(() => session.rollback()),
    debug: Object.freeze({
      loseContext: () => loseContextForTesting(),
      pacing: () => session.scheduler.pacer.describe(),
    }),
    saveCheckpoint: (options?: RunChoice) => after(async () => encodeCheckpoint(await session.checkpoint(checkRunChoice(options)))),
    startFromTrained: () => after(() => session.startFromTrained()),
    exportTrainedStart: () => after(() => session.exportTrainedStart()),
    loadCheckpoint: (text: string) =>
      after(() => {
        const decoded = decodeCheckpoint(String(text));
        return decoded.ok ? session.restoreCheckpoint(decoded.checkpoint) : Promise.reject(new Error(decoded.error));
      }),
    exportGenerator: (options?: RunChoice) => after(() => exportModel(session, 'g', checkRunChoice(options))),
    exportDiscriminator: (options?: RunChoice) => after(() => exportModel(session, 'd', checkRunChoice(options))),
    importGenerator: (modelJson: string, weightsBase64: string) =>
      after(() => session.importGenerator(String(modelJson), base64ToBytes(String(weightsBase64)))),
    ...viewCalls(viewOptions),
  });
}

async function exportModel(session: PlaygroundSession, which: 'g' | 'd', run: 'A' | 'B'): Promise<ExportedModel> {
  const { modelJson, weights } = await session.exportModel(which, undefined, run);
  return { modelJson, weightsBase64: bytesToBase64(weights) };
}

export function installApi(api: GanPlaygroundApi): void {
  Object.defineProperty(window, 'ganPlayground', { value: api, configurable: false, writable: false });
}

/** Plain numbers (gaussian1d's values) as one-number rows; rows are handed on for the run to check. */
function asRows(data: number[][] | number[]): number[][] {
  if (!Array.isArray(data)) throw new Error('setData: the data must be an array of numbers or of [x, y] rows');
  const items: readonly (number | number[])[] = data;
  return items.map((v) => (typeof v === 'number' ? [v] : v));
}
