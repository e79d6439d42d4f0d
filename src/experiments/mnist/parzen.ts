// Gaussian Parzen-window log-likelihood, the protocol of Goodfellow et al. 2014, Table 1 (after Breuleux et al.):
//   log p(x) = logmeanexp_i( −‖x − μ_i‖² / 2σ² ) − d · log(σ √(2π)),   μ_i the generated samples,
// σ chosen from logspace(−1, 0, 10) by the mean log-likelihood of a validation set, then reported on a test set
// as mean ± standard error (std / √N).
import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';

/** σ candidates: logspace(−1, 0, 10), i.e. 10^(−1 + j/9). */
export const SIGMAS: readonly number[] = Array.from({ length: 10 }, (_, j) => Math.pow(10, -1 + j / 9));

/** ‖x_j − μ_i‖² for every pair, shape [n, m], from ‖x‖² + ‖μ‖² − 2 x·μ (clamped at 0 against rounding). */
export function squaredDistances(x: Tensor2D, mu: Tensor2D): Tensor2D {
  return tf.tidy(() => {
    const xx = tf.sum(tf.square(x), 1, true);
    const mm = tf.reshape(tf.sum(tf.square(mu), 1), [1, -1]);
    return tf.relu(tf.sub(tf.add(xx, mm), tf.mul(tf.matMul(x, mu, false, true), 2))) as Tensor2D;
  });
}

/** log p(x_j) under the Parzen window for each row, given the squared distances to the m centres. */
export function parzenLogLikelihood(sqDist: Tensor2D, sigma: number, dim: number): Tensor1D {
  return tf.tidy(() => {
    const m = sqDist.shape[1];
    const lse = tf.logSumExp(tf.div(sqDist, -2 * sigma * sigma), 1);
    return tf.sub(lse, Math.log(m) + dim * Math.log(sigma * Math.sqrt(2 * Math.PI))) as Tensor1D;
  });
}

export interface ParzenResult {
  sigma: number;
  /** Mean log-likelihood of the test digits (nats) and its standard error. */
  mean: number;
  stdError: number;
  /** Mean validation log-likelihood for each σ in SIGMAS. */
  validation: number[];
  centres: number;
  validationCount: number;
  testCount: number;
}

/** Mean and standard error (std / √N) of a list. */
export function meanAndStdError(values: ArrayLike<number>): { mean: number; stdError: number } {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const mean = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (values[i] - mean) ** 2;
  return { mean, stdError: Math.sqrt(v / n) / Math.sqrt(n) };
}

/**
 * The full protocol. Reads back once per σ so a progress bar can move; takes and disposes nothing it is given.
 * `onProgress(done, total)` counts the 10 σ candidates and the final test pass.
 */
export async function parzenEstimate(
  centres: Tensor2D, validation: Tensor2D, test: Tensor2D, onProgress?: (done: number, total: number) => void,
): Promise<ParzenResult> {
  const dim = centres.shape[1];
  const total = SIGMAS.length + 1;
  const dVal = squaredDistances(validation, centres);
  const scores: number[] = [];
  try {
    for (let j = 0; j < SIGMAS.length; j++) {
      const meanLL = tf.tidy(() => tf.mean(parzenLogLikelihood(dVal, SIGMAS[j], dim)));
      scores.push((await meanLL.data())[0]);
      meanLL.dispose();
      onProgress?.(j + 1, total);
    }
  } finally {
    dVal.dispose();
  }
  const best = scores.reduce((b, s, j) => (s > scores[b] ? j : b), 0);
  const sigma = SIGMAS[best];
  const ll = tf.tidy(() => parzenLogLikelihood(squaredDistances(test, centres), sigma, dim));
  const values = await ll.data();
  ll.dispose();
  onProgress?.(total, total);
  return {
    sigma, ...meanAndStdError(values), validation: scores, centres: centres.shape[0],
    validationCount: validation.shape[0], testCount: test.shape[0],
  };
}

/** How many of the held-out digits choose σ (the validation set); the rest are the test set. */
export const PARZEN_VALIDATION = 200;

/**
 * The protocol on held-out digits: σ chosen on the first PARZEN_VALIDATION of them, the log-likelihood reported on
 * the rest. Takes and disposes nothing it is given.
 */
export async function heldOutEstimate(
  centres: Tensor2D, heldOut: Tensor2D, onProgress?: (done: number, total: number) => void,
): Promise<ParzenResult> {
  const [n, width] = heldOut.shape;
  const validation = tf.slice(heldOut, [0, 0], [PARZEN_VALIDATION, width]);
  const test = tf.slice(heldOut, [PARZEN_VALIDATION, 0], [n - PARZEN_VALIDATION, width]);
  try {
    return await parzenEstimate(centres, validation, test, onProgress);
  } finally {
    tf.dispose([validation, test]);
  }
}
