// Counts the GPU programs (draw calls) WebGL runs while `fn` runs: the figure small networks are limited by.
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf } from '../core/tf';
import { drawCounter } from '../core/tiled/context';

/** Programs run by `fn` on the WebGL backend; null on other backends. */
export function countKernels(fn: () => void): number | null {
  if (tf.getBackend() !== 'webgl') {
    fn();
    return null;
  }
  const gpgpu = (tf.backend() as MathBackendWebGL).gpgpu;
  const execute = gpgpu.executeProgram;
  let count = 0;
  gpgpu.executeProgram = function (this: typeof gpgpu) {
    count++;
    execute.call(this);
  };
  // the tiled kernels draw on their own (core/tiled/context.ts)
  const previous = drawCounter.onDraw;
  drawCounter.onDraw = () => {
    count++;
    previous?.();
  };
  try {
    fn();
  } finally {
    gpgpu.executeProgram = execute;
    drawCounter.onDraw = previous;
  }
  return count;
}
