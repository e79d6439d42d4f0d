// What one frame without training costs: the snapshot's GPU programs, the time until its readback arrives, and the
// time of the statistics that follow on the main thread. The live loop's fixed cost per drawn frame (docs/live-loop.md).
import { tf } from '../core/tf';
import { countKernels } from './kernelCount';
import type { FrameOptions, TrainingRun } from '../engine/types';

export interface FrameCost {
  /** GPU programs enqueued by one snapshot (null off WebGL). */
  kernels: number | null;
  /** Median ms from calling snapshot() to its result, over the timed frames. */
  medianMs: number;
  /** Median ms of that spent enqueuing on the main thread (the synchronous part of snapshot()). */
  enqueueMs: number;
  /** Tensors alive after the frames minus before (0 when the snapshot disposes everything). */
  leakedTensors: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `options.live`: frames as the live loop draws them (the 2-D samples in turns, its heat map on the coarser grid). */
export async function frameCost(run: TrainingRun, frames: number, options: FrameOptions = {}): Promise<FrameCost> {
  await run.snapshot(options); // compiles the snapshot's shaders
  const before = tf.memory().numTensors;
  let kernels: number | null = null;
  const total: number[] = [];
  const enqueue: number[] = [];
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    let pending: Promise<unknown> | null = null;
    const counted = countKernels(() => {
      pending = run.snapshot(options);
    });
    enqueue.push(performance.now() - t0);
    kernels ??= counted;
    await pending;
    total.push(performance.now() - t0);
  }
  return { kernels, medianMs: median(total), enqueueMs: median(enqueue), leakedTensors: tf.memory().numTensors - before };
}
