import { expect, test } from '@playwright/test';
import { api, openPlayground, status, waitForStep, watchErrors } from './helpers';

/**
 * Operations that used to never settle (issue 12, "Nothing can hang"). Each replays a reproduction and asserts that
 * every operation settles well within the queue's bound and that the page keeps working afterwards.
 */

test('a play() while a rebuild waits for the frames in flight does not hang the rebuild (setParams + selectExperiment)', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=gaussian1d&seed=1');
  for (const delay of [200, 20]) {
  const outcome = await page.evaluate(async (delay) => {
    const g = window.ganPlayground!;
    const timed = (name: string, p: Promise<unknown>) =>
      Promise.race([
        p.then(() => `${name} ok`, (e: Error) => `${name} rejected: ${e.message}`),
        new Promise<string>((res) => setTimeout(() => res(`${name} HUNG`), 30_000)),
      ]);
    g.play();
    await g.selectExperiment('mnist');
    await new Promise((r) => setTimeout(r, 1300));
    const a = g.setParams({ init: 'glorot' }); // needs new networks: a rebuild starts while playing
    await new Promise((r) => setTimeout(r, delay));
    g.play();
    const b = g.selectExperiment('mnist');
    return Promise.all([timed('setParams', a), timed('select', b)]);
  }, delay);
  // Each settles: done, or (MNIST rebuilds are slow in software WebGL on a busy machine) given up with a reason.
  for (const line of outcome) expect(line, `play ${delay} ms after setParams`).toMatch(/ ok$| rejected: .*(did not finish|was not started)/);
  }
  // The Play pressed during the rebuild takes effect once the run is ready.
  await expect.poll(async () => (await status(page)).playing, { timeout: 40_000 }).toBe(true);
  const s = await status(page);
  await waitForStep(page, s.step + 2);
  await api(page, (g) => g.step(2));
  expect((await status(page)).playing).toBe(false);
  expect(errors).toEqual([]);
});

test('a Play pressed while a lost WebGL context is being recovered takes effect after the recovery', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page);
  await api(page, (g) => g.step(5));
  expect(await api(page, (g) => g.debug.loseContext())).toBe(true);
  // Pressed at once: the recovery (new backend, rebuilt networks) is under way.
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByRole('status')).toContainText('Restored from');
  await expect.poll(async () => (await status(page)).playing).toBe(true);
  const s = await status(page);
  await waitForStep(page, s.step + 3);
  expect(errors).toEqual([]);
});

test('a play() pressed between a step() and its start does not keep the step waiting for frames', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=mnist');
  const outcome = await page.evaluate(async () => {
    const g = window.ganPlayground!;
    g.play();
    await new Promise((r) => setTimeout(r, 1500));
    const results: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = g.step(1);
      g.play();
      results.push(await Promise.race([
        p.then(() => 'ok', (e: Error) => e.message),
        new Promise<string>((res) => setTimeout(() => res('HUNG'), 20_000)),
      ]));
    }
    return results;
  });
  expect(outcome).toEqual(['ok', 'ok', 'ok', 'ok']);
  await expect.poll(async () => (await status(page)).playing).toBe(true);
  expect(errors).toEqual([]);
});

test('a finished slow-motion walk makes its one update and then leaves Play alone (monkey seed 1)', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page);
  await page.locator('[data-control="slowmo-speed"]').selectOption({ label: 'by hand (Next ›)' });
  await page.locator('[data-action="slow-g"]').click();
  const current = page.locator('[data-panel="slowmo"] li[aria-current="step"]');
  while ((await current.getAttribute('data-phase')) !== 'update') await page.locator('[data-action="slow-next"]').click();
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForStep(page, 10);
  expect((await status(page)).playing).toBe(true);
  expect(errors).toEqual([]);
});
