// A fake clock, display and GPU driving the real Scheduler, for its tests (engine/scheduler.test.ts).
import { Scheduler, type FrameWork } from '../engine/scheduler';
import type { SpeedMode } from '../engine/pacing';

/**
 * A fake clock, display and GPU. The GPU runs its queue in order: a step costs stepMs, a frame's readback
 * readbackMs; a frame's readback arrives when the GPU reaches it, and drawing it then occupies the main thread for
 * drawMs. Animation frames come every 16.7 ms when the main thread is free.
 */
export interface FakeGpu {
  stepMs: number;
  readbackMs: number;
  drawMs: number;
  /** Time between animation frames (the browser's painting); 16.7 ms by default. */
  paintMs?: number;
  /** Extra GPU time of the first few frames (shader compilation), one entry per frame. */
  firstFrames?: number[];
  /** Steps and readbacks run on the main thread (WebAssembly, CPU): they block it instead of overlapping. */
  sync?: boolean;
  /** Main-thread time the browser spends painting each drawn frame (style, layout, paint). */
  paintCostMs?: number;
  /**
   * Main-thread time the browser's painting adds per step the drawn frame held (on two cores shared with a software
   * GPU, the page paints more slowly the more the GPU has to do).
   */
  paintPerStepMs?: number;
  /** The work can run a step in two halves (FrameWork.runStepPart). */
  parts?: boolean;
}

export function simulation(gpu: FakeGpu, speed: SpeedMode = 'auto') {
  const period = gpu.paintMs ?? 16.7;
  let t = 0;
  let gpuFreeAt = 0;
  let mainFreeAt = 0;
  let frameCb: ((now: number) => void) | null = null;
  const arrivals: { at: number; resolve: () => void }[] = [];
  const stepsPerDraw: number[] = [];
  const errors: unknown[] = [];
  const log = { steps: 0, draws: 0, stepsPerDraw, errors, finished: 0 };
  let stepsSinceDraw = 0;
  const work: FrameWork = {
    runSteps: (n) => {
      log.steps += n;
      stepsSinceDraw += n;
      gpuFreeAt = Math.max(gpuFreeAt, t) + gpu.stepMs * n;
      if (gpu.sync) t = gpuFreeAt;
    },
    readFrame: () => {
      gpuFreeAt = Math.max(gpuFreeAt, t) + gpu.readbackMs + (gpu.firstFrames?.shift() ?? 0);
      if (gpu.sync) t = gpuFreeAt;
      const at = gpuFreeAt;
      const steps = stepsSinceDraw;
      stepsSinceDraw = 0;
      return new Promise<number>((resolve) => {
        arrivals.push({
          at,
          resolve: () => {
            const dataAt = t;
            // drawing occupies the main thread: the clock moves on before the frame is handed over
            t = Math.max(mainFreeAt, t) + gpu.drawMs;
            mainFreeAt = t + (gpu.paintCostMs ?? 0) + steps * (gpu.paintPerStepMs ?? 0);
            log.draws++;
            log.stepsPerDraw.push(steps);
            resolve(dataAt);
          },
        });
      });
    },
    onError: (e) => log.errors.push(e),
  };
  // a step in two halves (D updates, then G updates), each half the step's time
  let halfDone = false;
  const half = () => {
    gpuFreeAt = Math.max(gpuFreeAt, t) + gpu.stepMs / 2;
    if (gpu.sync) t = gpuFreeAt;
    halfDone = !halfDone;
    if (!halfDone) {
      log.steps++;
      stepsSinceDraw++;
    }
    return !halfDone;
  };
  if (gpu.parts) {
    work.runStepPart = half;
    work.finishStep = () => {
      log.finished++;
      if (halfDone) half();
    };
  }
  const scheduler = new Scheduler(work, {
    speed,
    requestFrame: (cb) => {
      frameCb = cb;
      return 1;
    },
    cancelFrame: () => {
      frameCb = null;
    },
    now: () => t,
  });
  let nextVsync = period;
  /** Runs the simulation for ms of simulated time. */
  const run = async (ms: number) => {
    const end = t + ms;
    while (t < end) {
      arrivals.sort((x, y) => x.at - y.at);
      const vsync = Math.max(nextVsync, mainFreeAt, t);
      const arrival = arrivals[0];
      if (arrival && arrival.at <= vsync) {
        t = Math.max(t, arrival.at, mainFreeAt);
        arrivals.shift();
        arrival.resolve();
      } else {
        t = Math.max(t, vsync);
        nextVsync = t + period;
        const cb = frameCb;
        frameCb = null;
        cb?.(t);
      }
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
  };
  const measure = async (ms: number) => {
    const steps = log.steps;
    const draws = log.draws;
    await run(ms);
    return { stepsPerSecond: ((log.steps - steps) * 1000) / ms, drawsPerSecond: ((log.draws - draws) * 1000) / ms };
  };
  /**
   * Runs `turns` events (animation frames, arrivals) and returns the longest the main thread was held by one of
   * them, among those after which `counts()` holds.
   */
  const longestBlock = async (turns: number, counts: () => boolean = () => true) => {
    let longest = 0;
    for (let i = 0; i < turns; i++) {
      const before = t;
      await run(1);
      if (counts()) longest = Math.max(longest, t - before);
    }
    return longest;
  };
  return { scheduler, log, run, measure, longestBlock, work, hasFrame: () => frameCb !== null, now: () => t, halfDone: () => halfDone };
}
