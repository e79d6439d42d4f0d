// The WebAssembly kernels this site replaces (wasmKernels.ts), against tfjs's own kernels on the CPU backend and a
// plain triple loop (the oracles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import '../testing/cpuBackend';
import { getKernel } from '@tensorflow/tfjs-core';
import { tf, type Tensor } from '../core/tf';
import { TRANSPOSE_FROM, useFasterWasmKernels } from './wasmKernels';
import { mulberry32 } from '../core/rng';

const CASES: { name: string; shape: number[]; begin: number[]; size: number[] }[] = [
  { name: 'a layer’s weights out of θ (contiguous, 1-D)', shape: [1000], begin: [137], size: [600] },
  { name: 'whole rows of a matrix (contiguous, 2-D)', shape: [12, 7], begin: [3, 0], size: [5, 7] },
  { name: 'a block of columns (strided: tfjs’s kernel)', shape: [12, 7], begin: [2, 1], size: [4, 3] },
  { name: 'to the end (size −1)', shape: [50], begin: [20], size: [-1] },
];

async function sliced(backend: string, c: (typeof CASES)[number]): Promise<number[]> {
  await tf.setBackend(backend);
  const n = c.shape.reduce((a, b) => a * b, 1);
  const x = tf.tensor(Array.from({ length: n }, (_, i) => Math.sin(i) * 100), c.shape);
  const before = tf.memory().numTensors;
  const y: Tensor = tf.slice(x, c.begin, c.size);
  const out = Array.from(await y.data());
  y.dispose();
  expect(tf.memory().numTensors).toBe(before);
  x.dispose();
  return out;
}

describe('the WebAssembly Slice kernel', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
    useFasterWasmKernels();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('are the ones registered for wasm, once however often they are asked for', () => {
    const slice = getKernel('Slice', 'wasm').kernelFunc;
    const matMul = getKernel('BatchMatMul', 'wasm').kernelFunc;
    useFasterWasmKernels();
    expect(getKernel('Slice', 'wasm').kernelFunc).toBe(slice);
    expect(getKernel('BatchMatMul', 'wasm').kernelFunc).toBe(matMul);
    expect([slice.name, matMul.name]).toEqual(['contiguousSlice', 'untransposedMatMul']);
  });

  it.each(CASES)('$name: the values tfjs’s CPU Slice gives', async (c) => {
    expect(await sliced('wasm', c)).toEqual(await sliced('cpu', c));
  });

  it('copies the right part after the heap has grown (views taken after allocating)', async () => {
    await tf.setBackend('wasm');
    const x = tf.range(0, 1000);
    const big = tf.zeros([8_000_000]); // grows the WebAssembly memory between x's allocation and the slice
    const y = tf.slice(x, [900], [100]);
    expect(Array.from(await y.data())).toEqual(Array.from({ length: 100 }, (_, i) => 900 + i));
    tf.dispose([x, big, y]);
  });

  // a weight gradient hᵀδ ([rows, in]ᵀ·[rows, out]) and δWᵀ ([rows, out]·[in, out]ᵀ), below and above TRANSPOSE_FROM
  it.each([
    [6, 5, 3],
    [40, 30, 20],
  ])('products with a transposed operand equal the triple loop, and leave no tensor behind (%i rows, %i → %i)', async (rows, fanIn, fanOut) => {
    await tf.setBackend('wasm');
    const rng = mulberry32(7);
    const [h, delta, w] = [matrix(rows, fanIn, rng), matrix(rows, fanOut, rng), matrix(fanIn, fanOut, rng)];
    const [hT, deltaT, wT] = [h, delta, w].map((m) => tf.tensor2d(m));
    const before = tf.memory().numTensors;
    expectClose(await values(tf.matMul(hT, deltaT, true, false)), product(transposed(h), delta));
    expectClose(await values(tf.matMul(deltaT, wT, false, true)), product(delta, transposed(w)));
    expectClose(await values(tf.tidy(() => tf.matMul(hT, tf.transpose(hT)))), product(h, transposed(h)));
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([hT, deltaT, wT]);
  });

  it('a batched product with both operands transposed, and autodiff through one, match the CPU backend', async () => {
    const rng = mulberry32(11);
    const a = Array.from({ length: 2 * 30 * 20 }, () => 2 * rng() - 1);
    const b = Array.from({ length: 2 * 40 * 30 }, () => 2 * rng() - 1);
    expect(20 * 30 * 40).toBeGreaterThan(TRANSPOSE_FROM);
    const run = async (backend: string) => {
      await tf.setBackend(backend);
      const [at, bt] = [tf.tensor3d(a, [2, 30, 20]), tf.tensor3d(b, [2, 40, 30])];
      const out = tf.matMul(at, bt, true, true);
      // ∂/∂a Σ(aᵀ bᵀ)²: tfjs's gradient of a product is itself products with transposes
      const grad = tf.grad((x: Tensor) => tf.sum(tf.square(tf.matMul(x, bt, true, true))))(at);
      const got = [Array.from(await out.data()), Array.from(await grad.data())];
      tf.dispose([at, bt, out, grad]);
      return got;
    };
    const [wasmOut, wasmGrad] = await run('wasm');
    const [cpuOut, cpuGrad] = await run('cpu');
    wasmOut.forEach((v, i) => expect(v).toBeCloseTo(cpuOut[i], 4));
    wasmGrad.forEach((v, i) => expect(v).toBeCloseTo(cpuGrad[i], 2));
  });
});

/** A [rows, cols] matrix of uniform values in [−1, 1). */
function matrix(rows: number, cols: number, uniform: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => 2 * uniform() - 1));
}

function transposed(m: number[][]): number[][] {
  return m[0].map((_, j) => m.map((row) => row[j]));
}

function product(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

async function values(x: Tensor): Promise<number[][]> {
  const out = (await x.array()) as number[][];
  x.dispose();
  return out;
}

function expectClose(got: number[][], want: number[][]): void {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 4)));
}
