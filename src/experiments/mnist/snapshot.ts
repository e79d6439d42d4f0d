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
}

/** The first NEIGHBOUR_COUNT grid samples and their nearest training digits by L2 distance. */
export interface NeighbourReport {
  step: number;
  samples: Float32Array;
  nearest: Float32Array;
  distances: number[];
}

/** A Parzen-window log-likelihood for this run (Goodfellow et al. 2014, Table 1 protocol), computed on demand. */
export interface PaperRow extends ParzenResult {
  step: number;
}

/** One frame of the MNIST experiment, as plain arrays. Pixels are in [0, 1] unless said otherwise. */
export interface MnistSnapshot extends SnapshotBase {
  /** G(z) for the fixed z, GRID_COUNT × 784, row-major. */
  grid: Float32Array;
  /** G along a straight line between two fixed z, INTERPOLATION_STEPS × 784. */
  interpolation: Float32Array;
  /** GRID_COUNT real held-out digits for comparison. */
  real: Float32Array;
  /** D(x) of each grid digit G(z) and of each real digit beside it (probability that it is real), for hover. */
  dGrid: Float32Array;
  dReal: Float32Array;
  timeline: readonly TimelineFrame[];
  classes: ClassReport | null;
  neighbours: NeighbourReport | null;
  paper: PaperRow | null;
}
