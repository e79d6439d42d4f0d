// Issue 14, lecture features: a run that stops by itself exactly where the story is (`stopAt`).
import { expect, test } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

test('stopAt pauses play exactly at that step with its frame on screen, and Play goes on past it', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?stopAt=300');
  await expect(page.locator('[data-param="stopAt"]')).toHaveValue('300');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(async () => (await status(page)).playing, { timeout: 60_000 }).toBe(false);
  const s = await status(page);
  expect(s.step).toBe(300);
  await expect.poll(async () => (await status(page)).drawnStep).toBe(300);
  await expect(page.getByText(/Paused at step 300/)).toBeVisible();
  // a preset is the model's setting; the stop step is how the user watches, so it stays
  await api(page, (g) => g.applyPreset('nonsaturating'));
  expect(await api(page, (g) => g.getParams().stopAt)).toBe(300);
  // past the stop, Play goes on
  await api(page, (g) => g.step(300));
  await api(page, (g) => g.play());
  await expect.poll(async () => (await status(page)).step, { timeout: 60_000 }).toBeGreaterThan(320);
  await api(page, (g) => g.pause());
  expect(errors).toEqual([]);
});

test('stopAt set while playing stops there; a bad value in the link is refused with a notice', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlayground(page, '?stopAt=-5');
  expect(await api(page, (g) => g.getParams().stopAt)).toBe(0);
  await expect(page.getByText(/stopAt/).first()).toBeVisible();
  await api(page, (g) => g.play());
  await expect.poll(async () => (await status(page)).step, { timeout: 60_000 }).toBeGreaterThan(5);
  const target = (await status(page)).step + 150;
  await api(page, (g) => g.setParams({ stopAt: 0 }).then(() => undefined));
  await page.locator('[data-param="stopAt"]').fill(String(target));
  await page.locator('[data-param="stopAt"]').press('Enter');
  await expect.poll(async () => (await status(page)).playing, { timeout: 60_000 }).toBe(false);
  expect((await status(page)).step).toBe(target);
  await expect(api(page, (g) => g.setParams({ stopAt: 2.5 }))).rejects.toThrow(/stopAt/);
});

test('the classroom link builder writes a link that hides what was ticked, and only that', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?preset=saturating');
  await page.getByRole('button', { name: 'Classroom link…' }).click();
  const dialog = page.locator('dialog[data-dialog="link-builder"]');
  await expect(dialog).toBeVisible();
  for (const name of ['networks', 'export', 'timeline', 'mapping']) await dialog.locator(`[data-hide="${name}"]`).check();
  await dialog.locator('summary', { hasText: 'Training: single controls' }).click();
  await dialog.locator('[data-hide="lrD"]').check();
  const link = await dialog.locator('[data-control="classroom-link"]').inputValue();
  expect(new URL(link).searchParams.get('hide')).toBe('networks,lrD,export,timeline,mapping');
  expect(new URL(link).searchParams.get('preset')).toBe('saturating');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await openPlayground(page, new URL(link).search);
  await expect(page.locator('.controls legend', { hasText: 'Networks' })).toHaveCount(0);
  await expect(page.locator('.controls legend', { hasText: 'Training' })).toHaveCount(1);
  await expect(page.locator('[data-param="lrD"]')).toHaveCount(0);
  await expect(page.locator('[data-param="lrG"]')).toHaveCount(1);
  for (const hidden of ['.export-menu', '.timeline', '[data-panel="mapping"]']) await expect(page.locator(hidden).first()).toBeHidden();
  for (const shown of ['[data-panel="density"]', '.transport', '.preset-links']) await expect(page.locator(shown).first()).toBeVisible();
  await expect(page.locator('.notices')).not.toContainText('hide:');
  expect(errors).toEqual([]);
});

test('start=trained opens the ring at its trained step with the whole history; a bad start value is refused', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&preset=ring8&start=trained');
  await expect.poll(async () => (await status(page)).step, { timeout: 60_000 }).toBe(2000);
  const s = await status(page);
  // the loss chart holds the run that trained it, not one point
  expect(s.buffers?.history ?? 0).toBeGreaterThan(10);
  await expect(page.getByText(/Opened at step 2,000/)).toBeVisible();
  // the address bar says how the page opened, so a copied link opens the trained model again
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBe('trained');
  // the model is trained: the samples reach the ring's modes
  expect(s.metrics.modes ?? 0).toBeGreaterThanOrEqual(6);
  // Play goes on from there
  await api(page, (g) => g.step(5));
  expect((await status(page)).step).toBe(2005);
  // new networks are no trained start: Reset takes start=trained out of the link
  await api(page, (g) => g.reset());
  await expect.poll(() => new URL(page.url()).searchParams.has('start')).toBe(false);
  await openPlayground(page, '?experiment=toy2d&preset=line&start=yesterday');
  await expect(page.getByText(/start: only "trained" is known/)).toBeVisible();
  expect((await status(page)).step).toBe(0);
  // a preset without a trained start says so
  await expect(api(page, (g) => g.startFromTrained())).rejects.toThrow(/has no trained start/);
  expect(errors).toEqual([]);
});
