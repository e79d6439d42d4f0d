// The WebAssembly Slice that copies only the part asked for, against tfjs's own Slice on the CPU backend (the oracle).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import '../testing/cpuBackend';
import { getKernel } from '@tensorflow/tfjs-core';
import { tf, type Tensor } from '../core/tf';
import { useContiguousWasmSlice } from './wasmSlice';

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
    useContiguousWasmSlice();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('is the one registered for wasm, once however often it is asked for', () => {
    const first = getKernel('Slice', 'wasm').kernelFunc;
    useContiguousWasmSlice();
    expect(getKernel('Slice', 'wasm').kernelFunc).toBe(first);
    expect(first.name).toBe('contiguousSlice');
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
});
