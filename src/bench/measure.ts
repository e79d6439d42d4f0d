import { tf } from '../core/tf';

export interface Trainer {
  /** Enqueues `n` training steps. */
  run(n: number): void;
  /** Resolves once the GPU has finished what was enqueued. */
  settle(): Promise<unknown>;
}

export interface Throughput {
  stepsPerSecond: number;
  steps: number;
  seconds: number;
  /** Share of the time the main thread spent enqueuing steps (near 1: limited by JavaScript, not the GPU). */
  enqueueShare: number;
}

/**
 * Steps per second with rendering off: warm up (shader compilation), then time `steps` steps in chunks with one
 * tiny readback per chunk — the same shape of work the scheduler does while playing.
 */
export async function measureThroughput(t: Trainer, steps: number, chunk = 20, warmup = 10): Promise<Throughput> {
  t.run(warmup);
  await t.settle();
  const start = performance.now();
  let enqueueMs = 0;
  for (let done = 0; done < steps; done += chunk) {
    const t0 = performance.now();
    t.run(Math.min(chunk, steps - done));
    enqueueMs += performance.now() - t0;
    await t.settle();
  }
  const seconds = (performance.now() - start) / 1000;
  return { stepsPerSecond: steps / seconds, steps, seconds, enqueueShare: enqueueMs / 1000 / seconds };
}

/** FLOP/s of a large square matMul on this backend: what the GPU can do at best through tfjs. */
export async function matmulFlops(n = 512, repeats = 10): Promise<number> {
  const a = tf.randomNormal([n, n]);
  const b = tf.randomNormal([n, n]);
  const warm = tf.matMul(a, b);
  await warm.data();
  warm.dispose();
  const start = performance.now();
  let last: tf.Tensor | null = null;
  for (let i = 0; i < repeats; i++) {
    last?.dispose();
    last = tf.matMul(a, b);
  }
  await last!.data();
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([a, b, last!]);
  return (2 * n * n * n * repeats) / seconds;
}
