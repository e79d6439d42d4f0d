// The fixed inputs of what an MNIST frame shows, kept on the GPU so every frame draws them again from the same
// place: the z of the sample grid, of the interpolation line and of the class check; in a conditional run their
// one-hot labels; and the real digits shown beside the grid. Each has its own seed (a sub-stream of Stream.view).
import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';
import { deriveSeed, Stream } from '../../core/rng';
import type { MnistConfig } from './config';
import { digitImage, PIXELS, type DigitSet } from './asset';
import { cyclingLabels, gridLabels, LABELLED_COUNT, labelRows, realIndicesByLabel } from './labels';
import { latentNoise } from './networks';
import { CLASS_SAMPLES, GRID_COUNT, INTERPOLATION_STEPS } from './snapshot';

/** Sub-streams of Stream.view, so each fixed set of noise has its own seed. */
export const View = { grid: 1, lineStart: 2, lineEnd: 3, classes: 4, sample: 5, parzen: 6 } as const;

/** The fixed z of the grid, of the interpolation line and of the class check. */
export interface FixedNoise {
  grid: Tensor2D;
  line: Tensor2D;
  classes: Tensor2D;
}

/** The fixed labels of a conditional run's views, one-hot rows (labels.ts). */
export interface FixedLabels {
  grid: Tensor2D;
  line: Tensor2D;
  classes: Tensor2D;
  /** The digit asked of each class-check sample, for the agreement with the classifier. */
  classDigits: Tensor1D;
}

/** The real digits shown beside the grid: their pixels (plain, for the panels) and on the GPU, for D's scores. */
export interface RealGrid {
  pixels: Float32Array;
  x: Tensor2D;
  /** Their one-hot labels in a conditional run; null otherwise. */
  labels: Tensor2D | null;
}

/** How many samples the grid holds: 8 × 8, or 10 rows (one per digit) of 8 in a conditional run. */
export function gridCount(config: Pick<MnistConfig, 'conditional'>): number {
  return config.conditional ? LABELLED_COUNT : GRID_COUNT;
}

/** The fixed z of the grid, of the interpolation line (z_a + t·(z_b − z_a), t ∈ [0, 1]) and of the histogram. */
export function makeFixedNoise(config: MnistConfig): FixedNoise {
  const { seed } = config;
  const at = (which: number, n: number) => latentNoise(config, n, deriveSeed(seed, Stream.view, which));
  return tf.tidy(() => {
    const za = at(View.lineStart, 1);
    const zb = at(View.lineEnd, 1);
    const t = tf.reshape(tf.linspace(0, 1, INTERPOLATION_STEPS), [INTERPOLATION_STEPS, 1]);
    const line = tf.add(za, tf.mul(t, tf.sub(zb, za))) as Tensor2D;
    return { grid: at(View.grid, gridCount(config)), line, classes: at(View.classes, CLASS_SAMPLES) };
  });
}

/**
 * A conditional run's fixed labels: the grid's rows (the digit picker's choice), the interpolation line's digit
 * (the picked digit; 0 for all rows), and the class check's 1,000 samples, every digit 100 times.
 */
export function makeFixedLabels(config: MnistConfig): FixedLabels | null {
  const { conditional, digit, labelScale } = config;
  if (!conditional) return null;
  const lineDigit = digit === 'all' ? 0 : digit;
  const classDigits = cyclingLabels(CLASS_SAMPLES);
  return {
    grid: labelRows(gridLabels(digit), labelScale),
    line: labelRows(Array<number>(INTERPOLATION_STEPS).fill(lineDigit), labelScale),
    classes: labelRows(classDigits, labelScale),
    classDigits: tf.tensor1d(classDigits, 'int32'),
  };
}

/**
 * The real digits beside the grid: in a conditional run row by row like its grid (row r: digit r), else the first 64
 * held-out digits.
 */
export function makeRealGrid(config: MnistConfig, heldOut: DigitSet): RealGrid {
  const shown = config.conditional ? realIndicesByLabel(heldOut) : Array.from({ length: GRID_COUNT }, (_, i) => i);
  const pixels = new Float32Array(shown.length * PIXELS);
  shown.forEach((row, i) => pixels.set(digitImage(heldOut, row), i * PIXELS));
  return {
    pixels,
    x: tf.tensor2d(pixels, [shown.length, PIXELS]),
    labels: config.conditional ? labelRows(shown.map((row) => heldOut.labels[row]), config.labelScale) : null,
  };
}
