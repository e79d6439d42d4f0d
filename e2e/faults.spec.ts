import { expect, test } from '@playwright/test';
import { api, openPlayground, status, waitForStep, watchErrors } from './helpers';

/** A real divergence: plain SGD at learning rate 1 on ReLU nets with He initialisation overflows within steps. */
const DIVERGING = '?optimizerD=sgd&optimizerG=sgd&lrD=1&lrG=1&activation=relu&init=he';

test('backend=wasm and backend=cpu train on the fallback backends', async ({ page }) => {
  const errors = watchErrors(page);
  for (const backend of ['wasm', 'cpu']) {
    await openPlayground(page, `?backend=${backend}`);
    expect((await status(page)).backend).toBe(backend);
    await expect(page.locator('[data-status="backend"]')).toHaveText(backend);
    await api(page, (g) => g.step(5));
    const s = await status(page);
    expect(s.step).toBe(5);
    expect(Number.isFinite(s.metrics.dLoss)).toBe(true);
    await expect(page).toHaveURL(new RegExp(`backend=${backend}`));
  }
  expect(errors).toEqual([]);
});

test('a NaN loss pauses training, names the step and offers roll-back and reset', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, DIVERGING);
  expect((await status(page)).snapshotStep).toBe(0);
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(async () => (await status(page)).error ?? '').toContain('NaN or infinite');
  const s = await status(page);
  expect(s.playing).toBe(false);
  expect(s.divergedAt).toBeGreaterThan(0);
  const notice = page.locator('[data-notice="error"]');
  await expect(notice).toContainText(`step ${s.divergedAt}`);
  await expect(page.locator('[data-status="diverged-at"]')).toHaveText(String(s.divergedAt));
  await expect(notice).toContainText('learning rate');
  await expect(notice).toContainText(`(step ${s.snapshotStep})`);

  // Roll back: weights from the last good snapshot, training healthy again at a sane learning rate.
  await notice.getByRole('button', { name: /Roll back to last good snapshot/ }).click();
  await expect.poll(async () => (await status(page)).error).toBeUndefined();
  const back = await status(page);
  expect(back.step).toBe(s.snapshotStep);
  expect(back.step).toBeLessThan(s.divergedAt!);
  expect(back.divergedAt).toBeUndefined();
  expect(Number.isFinite(back.metrics.w1)).toBe(true);
  expect((await api(page, (g) => g.getParams())).lrD).toBe(1);

  // Diverge again, then Reset from the notice.
  await api(page, (g) => g.step(30));
  await expect.poll(async () => (await status(page)).divergedAt ?? -1).toBeGreaterThan(0);
  await page.locator('[data-notice="error"]').getByRole('button', { name: 'Reset' }).click();
  await expect.poll(async () => (await status(page)).error).toBeUndefined();
  expect((await status(page)).step).toBe(0);
  await api(page, (g) => g.setParams({ lrD: 0.001, lrG: 0.001 }));
  await api(page, (g) => g.step(5));
  expect(Number.isFinite((await status(page)).metrics.gLoss)).toBe(true);
  expect(errors).toEqual([]);
});

test('a lost WebGL context stops training, restores the last snapshot and training continues', async ({ page }) => {
  await openPlayground(page);
  await api(page, (g) => g.setParams({ lrD: 0.002, mu: 1.5 }));
  await api(page, (g) => g.step(20));
  // The next readback more than three seconds after the last snapshot takes a new one.
  await page.waitForTimeout(3200);
  await api(page, (g) => g.step(1));
  await expect.poll(async () => (await status(page)).snapshotStep ?? 0).toBeGreaterThanOrEqual(20);
  const snapshotStep = (await status(page)).snapshotStep!;
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForStep(page, 25);

  expect(await api(page, (g) => g.debug.loseContext())).toBe(true);
  const notices = page.getByRole('status');
  await expect(notices).toContainText('WebGL context) was lost');
  // Playing may have taken a newer snapshot since the one read above: the run comes back at the latest one.
  await expect(notices).toContainText('Restored from the snapshot from step');
  const restoredAt = Number(/Restored from the snapshot from step (\d+)/.exec((await notices.textContent()) ?? '')?.[1]);
  expect(restoredAt).toBeGreaterThanOrEqual(snapshotStep);
  const s = await status(page);
  expect(s.step).toBe(restoredAt);
  expect(s.playing).toBe(false);
  expect(s.error).toBeUndefined();
  expect(['webgl', 'wasm', 'cpu']).toContain(s.backend);
  expect(await api(page, (g) => g.getParams())).toMatchObject({ lrD: 0.002, mu: 1.5 });

  await api(page, (g) => g.step(5));
  const after = await status(page);
  expect(after.step).toBe(restoredAt + 5);
  expect(Number.isFinite(after.metrics.dLoss)).toBe(true);
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForStep(page, restoredAt + 10);
});

test('a hidden tab queues no training and resumes when shown', async ({ page }) => {
  await openPlayground(page);
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForStep(page, 5);
  await setHidden(true);
  await page.waitForTimeout(500); // frames already in flight land
  const hiddenAt = (await status(page)).step;
  await page.waitForTimeout(1500);
  const s = await status(page);
  expect(s.step).toBe(hiddenAt);
  expect(s.playing).toBe(true);
  await setHidden(false);
  await waitForStep(page, hiddenAt + 5);
});

test('every request the page makes is same-origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openPlayground(page);
  await api(page, (g) => g.step(3));
  await openPlayground(page, '?backend=wasm'); // fetches the .wasm binary
  await api(page, (g) => g.step(3));
  expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
});
