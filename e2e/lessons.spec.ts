// Issue 14, guided lessons: `lesson=<id>` opens a sequence of cards that drives the page (preset, a run to a step, a
// panel to look at).
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, status, watchErrors } from './helpers';

const lessonPanel = (page: Page) => page.locator('section.lesson');
const presetSelect = (page: Page) => page.locator('[data-control="preset"]').first();

test('a lesson link opens its experiment and preset, predicts, runs to its step and points at a panel', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?lesson=saturating');
  expect((await status(page)).experiment).toBe('gaussian1d');
  await expect(presetSelect(page)).toHaveValue('saturating');
  await expect(lessonPanel(page)).toContainText('card 1 of 5');
  // the prediction is answered before the reason shows
  await expect(page.locator('.lesson-reveal')).toHaveCount(0);
  await page.getByRole('radio', { name: /It is large/ }).check();
  await expect(page.locator('.lesson-reveal')).toContainText('Not quite');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/lesson=saturating&card=2/);
  // the run card: the density panel is outlined, and the run stops by itself at the card's step
  await expect(page.locator('[data-panel="density"][data-lesson-highlight]')).toHaveCount(1);
  await page.getByRole('button', { name: /to step 150/ }).click();
  await expect(page.getByText('Paused at step 150.')).toBeVisible({ timeout: 90_000 });
  expect((await status(page)).step).toBe(150);
  // the next run card switches the preset and starts from step 0
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('[data-panel="losses"][data-lesson-highlight]')).toHaveCount(1);
  await expect(page.locator('[data-panel="density"][data-lesson-highlight]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: /Non-saturating loss escapes.* to step 150/ }).click();
  await expect(presetSelect(page)).toHaveValue('nonsaturating');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(lessonPanel(page)).toContainText('card 5 of 5');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(lessonPanel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/lesson=/);
  expect(errors).toEqual([]);
});

test('every lesson in the picker walks to its end; a bad lesson link is refused with a notice', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?lesson=nope&card=x');
  await expect(page.getByText(/Unknown lesson "nope"/)).toBeVisible();
  await expect(lessonPanel(page)).toHaveCount(0);
  const picker = page.locator('[data-control="lesson"]').first();
  const ids = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(ids.length).toBeGreaterThanOrEqual(4);
  for (const id of ids) {
    await picker.selectOption(id);
    await expect(page).toHaveURL(new RegExp(`lesson=${id}`));
    const kicker = lessonPanel(page).locator('.lesson-kicker');
    const total = Number((await kicker.textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(4);
    for (let card = 1; card < total; card++) {
      await expect(kicker).toHaveText(`Lesson · card ${card} of ${total}`);
      await expect(lessonPanel(page).locator('h3')).not.toBeEmpty();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(kicker).toHaveText(`Lesson · card ${total} of ${total}`);
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(lessonPanel(page)).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
