import type { SnapshotBase } from '../../engine/types';
import type { ParzenResult } from './parzen';

/** The live sample grid is GRID_SIDE × GRID_SIDE digits from a fixed set of z. */
export const GRID_SIDE = 8;
export const GRID_COUNT = GRID_SIDE * GRID_SIDE;
/** Digits along the straight line between two z. */
export const INTERPOLATION_STEPS = 10;
/** Samples shown with their nearest training digit (memorisation check). */
export const NEIGHBOUR_COUNT = 4;
/** Generated digits the classifier judges for the class histogram. */
export const CLASS_SAMPLES = 1000;

/** One saved sample grid of the timeline: GRID_COUNT × 784 pixels, 0…255. */
export interface TimelineFrame {
  step: number;
  pixels: Uint8Array;
}

/** The digit classifier's verdict on CLASS_SAMPLES generated digits (fixed z), and on real held-out digits. */
export interface ClassReport {
  step: number;
  counts: number[];
  /** exp(E[KL(p(y|x) ‖ p(y))]) on the generated digits and on the 1,000 real held-out digits. */
  score: number;
  realScore: number;
  /** A conditional run's share of samples the classifier reads as the digit each was asked for (100 of each digit). */
  agreement?: number;
}

/** The first NEIGHBOUR_COUNT grid samples and their nearest training digits by L2 distance. */
export interface NeighbourReport {
  step: number;
  samples: Float32Array;
  nearest: Float32Array;
  distances: number[];
}

/** A Parzen-window log-likelihood for this run (Goodfellow et al. 2014, Table 1 protocol), computed on demand. */
/** Generated digits the Parzen window is fitted to: quick by default; the paper's 10,000 on request (slower). */
export const PARZEN_CENTRES = 2000;
export const PARZEN_FULL_CENTRES = 10_000;

export interface PaperRow extends ParzenResult {
  step: number;
}

/** One frame of the MNIST experiment, as plain arrays. Pixels are in [0, 1] unless said otherwise. */
export interface MnistSnapshot extends SnapshotBase {
  experiment: 'mnist';
  /** G(z) for the fixed z, row-major, 784 pixels each: GRID_COUNT samples, or 10 rows of 8 in a conditional run. */
  grid: Float32Array;
  /** Samples per row of the grid (GRID_SIDE, or LABELLED_COLUMNS in a conditional run). */
  columns: number;
  /** The digit each row of a conditional run's grid was asked for (top row first); null when unconditional. */
  rowLabels: number[] | null;
  /** G along a straight line between two fixed z, INTERPOLATION_STEPS × 784. */
  interpolation: Float32Array;
  /** As many real held-out digits for comparison (in a conditional run row r holds real digits r). */
  real: Float32Array;
  /** D(x) of each grid digit G(z) and of each real digit beside it (probability that it is real), for hover. */
  dGrid: Float32Array;
  dReal: Float32Array;
  timeline: readonly TimelineFrame[];
  classes: ClassReport | null;
  neighbours: NeighbourReport | null;
  paper: PaperRow | null;
}
