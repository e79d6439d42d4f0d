// The WebGL backend registers only the kernels listed in webglKernels.ts; a kernel the code can reach and the list
// lacks would fail on WebGL alone ("Kernel '…' not registered for backend 'webgl'"), which no CPU test would see.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kernelsReachedBy, registeredWebglKernels, sourceFiles } from '../testing/kernelClosure';

const SRC = fileURLToPath(new URL('../', import.meta.url));

describe('WebGL kernels', () => {
  const registered = new Set(registeredWebglKernels());

  it('registers every kernel the site code can run, with its gradients', () => {
    const reached = kernelsReachedBy(sourceFiles(SRC).map((f) => readFileSync(f, 'utf8')));
    expect(reached.filter((k) => !registered.has(k))).toEqual([]);
  });

  it('finds the kernels of an op, of its gradient, of an op passed by name only or imported from tfjs-core', () => {
    const reached = kernelsReachedBy([
      'const y = tf.topk(x); z.sigmoid(); const act = { f: tf.softplus };',
      "import { conv2d as c, type Tensor } from '@tensorflow/tfjs-core';",
    ]);
    const expected = ['TopK', 'Sigmoid', 'Softplus', 'Conv2D', 'Conv2DBackpropInput', 'Add', 'Multiply', '_FusedMatMul'];
    expect(reached).toEqual(expect.arrayContaining(expected));
    expect(registered.has('TopK')).toBe(false); // so the first test fails if the code starts calling tf.topk
  });

  it('leaves out families the code never calls', () => {
    for (const k of ['Conv3D', 'StringSplit', 'RaggedGather', 'NonMaxSuppressionV5', 'FFT']) expect(registered.has(k)).toBe(false);
  });
});
