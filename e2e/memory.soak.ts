import { expect, test, type Page } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

const TOTAL_STEPS = Number(process.env.SOAK_STEPS ?? 20_000);
const CHUNK = 1000;
/** Allowed JS heap growth between the warmed-up start and the end, after a forced garbage collection. */
const HEAP_TOLERANCE_BYTES = 8 * 1024 * 1024;

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Plays through the scheduler (frames drawn, periodic CPU snapshots) for a while, then pauses. */
async function playFor(page: Page, ms: number): Promise<void> {
  await page.getByRole('button', { name: /Play/ }).click();
  await page.waitForTimeout(ms);
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect.poll(async () => (await status(page)).playing).toBe(false);
  await page.waitForTimeout(300); // the last frames in flight land
}

test(`1-D soak: ${TOTAL_STEPS} steps with a flat tensor count and a flat JS heap`, async ({ page }) => {
  const errors = watchErrors(page);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
  await openPlayground(page);
  // Warm up: every shader compiled, snapshots taken, the history filling, the scheduler's paths run.
  await api(page, (g) => g.step(1000));
  await playFor(page, 10_000);
  const start = { step: (await status(page)).step, tensors: (await status(page)).numTensors, heap: await heapAfterGc(page) };
  const log: string[] = [];
  let playedAt = Date.now();
  for (let s = await status(page); s.step < TOTAL_STEPS; s = await status(page)) {
    // Mostly paused stepping (fast), with ten seconds of play every two minutes.
    if (Date.now() - playedAt > 120_000) {
      await playFor(page, 10_000);
      playedAt = Date.now();
    } else {
      await page.evaluate((n) => window.ganPlayground!.step(n), Math.min(CHUNK, TOTAL_STEPS - s.step));
    }
    const now = await status(page);
    expect(now.error).toBeUndefined();
    expect(now.numTensors).toBe(start.tensors);
    log.push(`step ${now.step}: ${now.numTensors} tensors at ${seconds()} s`);
  }
  const end = { tensors: (await status(page)).numTensors, heap: await heapAfterGc(page) };
  const s = await status(page);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
  console.log(
    `soak: ${s.step} steps in ${seconds()} s; tensors ${start.tensors} -> ${end.tensors}; ` +
      `heap ${mb(start.heap)} MB at step ${start.step} -> ${mb(end.heap)} MB\n${log.join('\n')}`,
  );
  expect(s.step).toBeGreaterThanOrEqual(TOTAL_STEPS);
  expect(end.tensors).toBe(start.tensors);
  expect(end.heap - start.heap).toBeLessThan(HEAP_TOLERANCE_BYTES);
  expect(errors).toEqual([]);
});
