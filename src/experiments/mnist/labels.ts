// The conditional GAN's labels (Mirza & Osindero 2014): which digit each row is asked for, and the one-hot columns
// that carry it into G (after z) and D (after the 784 pixels), core/conditioning.ts.
import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';
import { oneHotRows } from '../../core/conditioning';
import type { DigitSet } from './asset';

export const CLASSES = 10;
/**
 * The one-hot label is padded from 10 to 12 columns (the last two always 0) so that both inputs stay multiples of
 * 4 wide, which the tiled WebGL kernels need (core/tiled/tiledSteps.ts applies()): D reads 784 + 12 = 796 columns
 * and G reads zDim + 12 (112 for z ∈ ℝ^100). 10 columns would make D's input 794 wide and push every update onto
 * the slower tensor-op path.
 */
export const LABEL_COLUMNS = 12;
/** The conditional sample grid: one row per digit 0–9, this many samples (different z) per row. */
export const LABELLED_COLUMNS = 8;
export const LABELLED_COUNT = CLASSES * LABELLED_COLUMNS;

/** Which digits the conditional grid draws: every row its own digit (row r is digit r), or one digit in every row. */
export type DigitChoice = 'all' | number;

/** The digit asked for in each row of the grid. */
export function rowLabels(choice: DigitChoice): number[] {
  return Array.from({ length: CLASSES }, (_, r) => (choice === 'all' ? r : choice));
}

/** The label of each of the grid's samples, row by row. */
export function gridLabels(choice: DigitChoice): number[] {
  return rowLabels(choice).flatMap((digit) => Array<number>(LABELLED_COLUMNS).fill(digit));
}

/** Labels i mod 10 for n rows: every digit equally often (the class check, the Parzen centres, sample(n)). */
export function cyclingLabels(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i % CLASSES);
}

/** The one-hot condition rows (LABEL_COLUMNS wide) for these digits, the hot entry `value` (the `labelScale`). */
export function labelRows(labels: readonly number[] | Tensor1D, value = 1): Tensor2D {
  return tf.tidy(() => {
    const rows = oneHotRows(Array.isArray(labels) ? tf.tensor1d(labels as number[], 'int32') : (labels as Tensor1D), LABEL_COLUMNS);
    return value === 1 ? rows : (tf.mul(rows, value) as Tensor2D);
  });
}

/**
 * Indices of the real digits shown beside the conditional grid: the first LABELLED_COLUMNS of each class, row by
 * row, so the real grid lines up with the generated one.
 */
export function realIndicesByLabel(set: DigitSet): number[] {
  const byClass: number[][] = Array.from({ length: CLASSES }, () => []);
  for (let i = 0; i < set.count; i++) {
    const bucket = byClass[set.labels[i]];
    if (bucket && bucket.length < LABELLED_COLUMNS) bucket.push(i);
  }
  return byClass.flat();
}

/** Why a requested label cannot be drawn, or null when it is a digit 0–9. */
export function labelProblem(label: unknown): string | null {
  if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label >= CLASSES) {
    return 'label must be a whole number from 0 to 9 (the digit to draw)';
  }
  return null;
}
