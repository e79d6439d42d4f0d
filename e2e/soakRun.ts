import { expect, type Page } from '@playwright/test';
import { openPlayground, status } from './helpers';
import type { PlaygroundStatus } from '../src/session/status';

/** One experiment's soak: mostly paused stepping through the API, with periods of real play in between. */
export interface SoakPlan {
  /** Query string that opens the experiment. */
  query: string;
  steps: number;
  /** Steps per window.ganPlayground.step() call (each call ends with one frame's readback). */
  chunk: number;
  /** Periods of real play (scheduler, every panel drawing, CPU weight snapshots), spread evenly over the run. */
  plays: number;
  playMs: number;
}

export interface SoakFigures {
  steps: number;
  seconds: number;
  /** Counted after paused stepping. */
  tensors: { start: number; end: number };
  /** V8 heap in use after a forced garbage collection, in bytes. */
  heap: { start: number; end: number };
  /** ArrayBuffer backing stores (typed arrays live outside the V8 heap), after the same collection. */
  backing: { start: number; end: number };
  buffers: NonNullable<PlaygroundStatus['buffers']>;
  /** step() calls made: each pushes one loss-curve point and (at the first spacing) one timeline snapshot. */
  calls: number;
  /** Most loss-curve points and timeline snapshots held at any check during the run. */
  peak: { history: number; timeline: number };
}

interface HeapFigures {
  usedSize: number;
  backingStorageSize: number;
}

async function heapAfterGc(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return { usedSize: usage.usedSize, backingStorageSize: usage.backingStorageSize ?? 0 };
}

/**
 * Resets the run (a new run at step 0, loss curve and timeline emptied), steps once, and measures the heap. Done
 * at the start and at the end, it compares like with like: the bounded buffers (up to 80 timeline frames, ~280 kB
 * each for MNIST) do not count, while anything the long run leaked (objects, typed arrays, tensors) still does.
 */
async function heapOfFreshRun(page: Page, steps: number): Promise<HeapFigures> {
  await page.evaluate(() => window.ganPlayground!.reset());
  await stepBy(page, steps);
  return heapAfterGc(page);
}

function stepBy(page: Page, n: number): Promise<void> {
  return page.evaluate((count) => window.ganPlayground!.step(count), n);
}

/** Plays through the scheduler (frames drawn, periodic CPU snapshots) for a while, then pauses. */
async function playFor(page: Page, ms: number): Promise<void> {
  await page.getByRole('button', { name: /Play/ }).click();
  await page.waitForTimeout(ms);
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect.poll(async () => (await status(page)).playing).toBe(false);
  await page.waitForTimeout(300); // the last frames in flight land
}

/**
 * Runs a soak and checks, after every chunk and every play period, that no training error appeared, the tensor count
 * equals the warmed-up count exactly and the history buffers are within their caps. Returns the figures for the
 * caller's heap assertions and report.
 */
export async function soak(page: Page, plan: SoakPlan, log: (line: string) => void): Promise<SoakFigures> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  await openPlayground(page, plan.query);
  // Warm up: shaders compiled, a CPU snapshot taken, the buffers filling, the scheduler's paths run once. Tensor
  // counts are compared after paused stepping, which ends the same way every time; right after play a run may hold
  // a frame's loss values or not, depending on where the last frame fell.
  await playFor(page, plan.playMs);
  await stepBy(page, plan.chunk);
  const heapStart = await heapOfFreshRun(page, plan.chunk);
  const first = await status(page);
  const peak = { history: 0, timeline: 0 };
  const check = (s: PlaygroundStatus) => {
    expect(s.error).toBeUndefined();
    expect(s.numTensors).toBe(first.numTensors);
    const b = s.buffers!;
    expect(b.history).toBeLessThanOrEqual(b.historyCapacity);
    expect(b.timeline).toBeLessThanOrEqual(b.timelineCapacity);
    peak.history = Math.max(peak.history, b.history);
    peak.timeline = Math.max(peak.timeline, b.timeline);
  };
  check(first);
  const target = first.step + plan.steps;
  const playEvery = Math.ceil(plan.steps / (plan.plays + 1));
  let nextPlay = first.step + playEvery;
  let calls = 0;
  let logged = 0;
  for (let s = first; s.step < target; ) {
    const played = s.step >= nextPlay;
    if (played) {
      await playFor(page, plan.playMs);
      nextPlay += playEvery;
    }
    await stepBy(page, Math.max(1, Math.min(plan.chunk, target - (await status(page)).step)));
    calls++;
    s = await status(page);
    check(s);
    if (played || calls - logged >= 100 || s.step >= target) {
      logged = calls;
      const b = s.buffers!;
      log(`step ${s.step}${played ? ' (after play)' : ''} at ${seconds()} s: ${s.numTensors} tensors, ` +
        `history ${b.history}/${b.historyCapacity}, timeline ${b.timeline}/${b.timelineCapacity}`);
    }
  }
  const last = await status(page);
  const heapEnd = await heapOfFreshRun(page, plan.chunk);
  expect((await status(page)).numTensors).toBe(first.numTensors);
  return {
    steps: last.step - first.step,
    seconds: seconds(),
    tensors: { start: first.numTensors, end: last.numTensors },
    heap: { start: heapStart.usedSize, end: heapEnd.usedSize },
    backing: { start: heapStart.backingStorageSize, end: heapEnd.backingStorageSize },
    buffers: last.buffers!,
    calls,
    peak,
  };
}

export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
