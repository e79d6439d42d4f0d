import type { SpeedMode } from '../engine/pacing';
import type { TrainingPath, TrainingPaths } from '../core/fastGan';

/** What getStatus() reports (CONTRACT.md). */
export interface PlaygroundStatus {
  backend: string;
  experiment: string;
  step: number;
  playing: boolean;
  /** Training steps per second over the last second of play (steps whose frame has arrived). */
  stepsPerSecond: number;
  /** Panel redraws that reached the screen in the last second (new frames committed to the panels). */
  fps: number;
  /** Extension: the training step of the frame on screen. */
  drawnStep?: number;
  /** Extension: the speed mode (steps per drawn frame: 1, 10, 100, auto, max). */
  speed?: SpeedMode;
  /** Extension: the steps per drawn frame the pacer runs now. */
  stepsPerFrame?: number;
  numTensors: number;
  /** Extension: the training path D's updates take now (D runs k of every k + 1 updates, on 2·batch rows). */
  path?: TrainingPath;
  /** Extension: the paths of the latest D and G updates (they differ only at the edges of the fast paths). */
  paths?: TrainingPaths;
  metrics: Record<string, number>;
  error?: string;
  /** Extension: the step at which a loss or weight became NaN/Inf. */
  divergedAt?: number;
  /** Extension: step of the last good weight snapshot kept on the CPU. */
  snapshotStep?: number;
  /** The WebGL renderer's name (on the webgl backend): SwiftShader or llvmpipe mean software rendering. */
  renderer?: string;
  /** Extension: how full the bounded history buffers are (points held and their caps), for the soak test. */
  buffers?: BufferSizes;
  /** Extension: run B of a comparison (its parameters, step — always run A's — and latest metrics); absent when none. */
  compare?: CompareStatus;
}

export interface CompareStatus {
  params: Record<string, number | string | boolean>;
  step: number;
  metrics: Record<string, number>;
  /** The step at which B's loss became NaN/Inf. */
  divergedAt?: number;
}

/** Loss-curve points and timeline snapshots held, and the most each may hold (older entries are thinned). */
export interface BufferSizes {
  history: number;
  historyCapacity: number;
  timeline: number;
  timelineCapacity: number;
}

export interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'warning' | 'error';
}

export interface Progress {
  label: string;
  done: number;
  total: number;
}
