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
