import { expect, type Page } from '@playwright/test';
import type { GanPlaygroundApi } from '../src/api/api';
import type { PlaygroundStatus } from '../src/session/status';

/** Collects console errors and uncaught exceptions for the whole test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Opens the page (optionally with a query) and waits for window.ganPlayground.ready. */
export async function openPlayground(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground!.ready);
}

export function status(page: Page): Promise<PlaygroundStatus> {
  return page.evaluate(() => window.ganPlayground!.getStatus());
}

export function api<T>(page: Page, fn: (g: GanPlaygroundApi) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.ganPlayground)`) as Promise<T>;
}

export async function waitForStep(page: Page, atLeast: number): Promise<void> {
  await expect.poll(async () => (await status(page)).step, { timeout: 60_000 }).toBeGreaterThanOrEqual(atLeast);
}

/**
 * Opens the benchmark page on WebGL (for the kernel-equality checks): the tensor count before the checks, and the
 * page's uncaught errors as they come.
 */
export async function openBenchOnWebgl(page: Page): Promise<{ before: number; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./bench.html?backend=webgl');
  await page.waitForFunction(() => window.ganBench !== undefined);
  expect(await page.evaluate(() => window.ganBench!.ready)).toBe('webgl');
  return { before: await page.evaluate(() => window.ganBench!.numTensors()), errors };
}
