import { expect, test, type Page } from '@playwright/test';
import { api, openPlayground, status, waitForStep, watchErrors } from './helpers';

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

test(`1-D soak: ${TOTAL_STEPS} steps with a flat tensor count and a flat JS heap`, async ({ page }) => {
  const errors = watchErrors(page);
  const started = Date.now();
  await openPlayground(page);
  // Warm up: first compilation of every shader, first snapshots, history filling.
  await api(page, (g) => g.step(1000));
  const start = { tensors: (await status(page)).numTensors, heap: await heapAfterGc(page) };
  const log: string[] = [];
  for (let done = 1000; done < TOTAL_STEPS - CHUNK; done += CHUNK) {
    await page.evaluate((n) => window.ganPlayground!.step(n), CHUNK);
    const s = await status(page);
    expect(s.error).toBeUndefined();
    expect(s.numTensors).toBe(start.tensors);
    log.push(`step ${s.step}: ${s.numTensors} tensors, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // The last stretch plays through the scheduler, with frames drawn and periodic CPU snapshots.
  const before = (await status(page)).step;
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForStep(page, TOTAL_STEPS);
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect.poll(async () => (await status(page)).playing).toBe(false);
  await page.waitForTimeout(500);
  const end = { tensors: (await status(page)).numTensors, heap: await heapAfterGc(page) };
  const s = await status(page);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
  console.log(
    `soak: ${s.step} steps (${s.step - before} played) in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
      `tensors ${start.tensors} -> ${end.tensors}; heap ${mb(start.heap)} MB -> ${mb(end.heap)} MB\n` + log.join('\n'),
  );
  expect(s.step).toBeGreaterThanOrEqual(TOTAL_STEPS);
  expect(end.tensors).toBe(start.tensors);
  expect(end.heap - start.heap).toBeLessThan(HEAP_TOLERANCE_BYTES);
  expect(errors).toEqual([]);
});
