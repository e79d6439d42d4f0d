// The transposed products against a plain triple loop, on every backend Node runs (the CPU backend keeps tfjs's
// transpose flags; WebAssembly transposes first). The WebGL backend runs them in e2e (backprop through the fast path).
import { afterAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import '../testing/cpuBackend';
import { tf, type Tensor2D } from './tf';
import { productTransposedLeft, productTransposedRight } from './transposedProduct';
import { mulberry32 } from './rng';

/** A [rows, cols] matrix of uniform values in [−1, 1). */
function matrix(rows: number, cols: number, uniform: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => 2 * uniform() - 1));
}

const t = (m: number[][]): number[][] => m[0].map((_, j) => m.map((row) => row[j]));
function product(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

async function values(x: Tensor2D): Promise<number[][]> {
  const out = (await x.array()) as number[][];
  x.dispose();
  return out;
}

function expectClose(got: number[][], want: number[][]): void {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 4)));
}

describe.each(['cpu', 'wasm'])('transposed products on the %s backend', (backend) => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  // below and above the size from which WebAssembly transposes first (TRANSPOSE_FROM multiply-adds)
  it.each([
    [6, 5, 3],
    [40, 30, 20],
  ])('aᵀ·b and a·bᵀ equal the triple loop, and leave no tensor behind (%i rows, %i → %i)', async (rows, fanIn, fanOut) => {
    await tf.setBackend(backend);
    await tf.ready();
    expect(tf.getBackend()).toBe(backend);
    const rng = mulberry32(7);
    // the shapes of a weight gradient hᵀδ ([rows, in]ᵀ·[rows, out]) and of δWᵀ ([rows, out]·[in, out]ᵀ)
    const h = matrix(rows, fanIn, rng);
    const delta = matrix(rows, fanOut, rng);
    const w = matrix(fanIn, fanOut, rng);
    const [hT, deltaT, wT] = [h, delta, w].map((m) => tf.tensor2d(m));
    const before = tf.memory().numTensors;
    expectClose(await values(productTransposedLeft(hT, deltaT)), product(t(h), delta));
    expectClose(await values(productTransposedRight(deltaT, wT)), product(delta, t(w)));
    expect(tf.memory().numTensors).toBe(before);
    [hT, deltaT, wT].forEach((x) => x.dispose());
  });
});
