// Issue 14, "Your own data": values (1-D) and points (2-D) pasted into the form train, refusals change nothing, and a
// small data set survives in the link while a large one is marked as local.
import { expect, test, type Page } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

/** Opens the form, pastes `text` and submits it. */
async function paste(page: Page, noun: 'values' | 'points', text: string): Promise<void> {
  const box = page.getByLabel(new RegExp(`Your ${noun}`));
  if (!(await box.isVisible())) await page.getByRole('button', { name: 'Use your own data…' }).click();
  await box.fill(text);
  await page.getByRole('button', { name: `Use these ${noun}` }).click();
}

test('1-D: pasted values become p_data and train; refusals change nothing; the link carries them', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=gaussian1d');
  // refused with the reason under the box, and nothing changes
  for (const [text, reason] of [
    ['value\n1\n2\nx\n4\n5', 'Line 4'],
    ['1\n2\n3', 'needs 5 to 10,000'],
    ['[1, 2, 3, 4, 1e999]', 'Item 5'],
    ['1,2\n3,4\n5,6\n7,8\n9,0', 'Line 1 has 2 values'],
    ['1\n2\n3\n4\n25', 'outside [−10, 10]'],
  ]) {
    await paste(page, 'values', text);
    await expect(page.getByRole('alert')).toContainText(reason);
  }
  // Escape closes the form and gives the focus back to its button
  await page.keyboard.press('Escape');
  await expect(page.getByLabel(/Your values/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Use your own data…' })).toBeFocused();
  expect(await api(page, (g) => g.getParams().target)).toBe('gaussian');
  expect(await api(page, (g) => g.getData())).toEqual([]);
  await expect(api(page, (g) => g.setData([1, 2]))).rejects.toThrow(/5 to 10,000 values/);
  // 40 values in two clumps, with a header line
  const values = Array.from({ length: 40 }, (_, i) => (i % 2 ? 2 : -2) + Math.round(30 * Math.sin(i)) / 100);
  await paste(page, 'values', ['value', ...values.map(String)].join('\n'));
  await expect.poll(() => api(page, (g) => g.getParams().target)).toBe('empirical');
  expect(await api(page, (g) => g.getData())).toEqual(values.map((v) => [v]));
  await expect(page.locator('[data-panel="data-hint"]')).toContainText('your 40 values');
  await expect(page.locator('[data-panel="density"] .p-data-hist')).toHaveCount(1);
  await api(page, (g) => g.step(20));
  const s = await status(page);
  expect(s.step).toBe(20);
  expect(Number.isFinite(s.metrics.w1)).toBe(true);
  // the link carries them: a page opened from it trains on the same values
  await expect.poll(() => page.evaluate(() => location.search)).toContain('points=');
  const link = await page.evaluate(() => location.search);
  expect(link).toContain('target=empirical');
  await openPlayground(page, link);
  expect(await api(page, (g) => g.getData())).toEqual(values.map((v) => [v]));
  expect(await api(page, (g) => g.getParams().target)).toBe('empirical');
  await api(page, (g) => g.step(5));
  expect((await status(page)).step).toBe(5);
  expect(errors).toEqual([]);
});

test('1-D: data too large for a link is marked local, and a page from that link says so', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=gaussian1d');
  const many = Array.from({ length: 400 }, (_, i) => Math.round(100 * Math.sin(i * 1.7)) / 100);
  await page.evaluate((v) => window.ganPlayground!.setData(v), many);
  await api(page, (g) => g.setParams({ target: 'empirical' }));
  await expect(page.locator('[data-status="data-local"]')).toContainText('400 values stay on this computer');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('points=local');
  const link = await page.evaluate(() => location.search);
  await openPlayground(page, link);
  await expect(page.getByText(/stayed on the computer that made it/)).toBeVisible();
  expect(await api(page, (g) => g.getData())).toEqual([]);
  await expect(page.locator('[data-panel="data-hint"]')).toContainText('training waits');
  expect(errors).toEqual([]);
});

test('2-D: pasted or uploaded points become the data set and train; refusals change nothing; the link carries them', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d');
  await paste(page, 'points', 'x,y\n1,2\n3,oops');
  await expect(page.getByRole('alert')).toContainText('Line 3');
  await paste(page, 'points', 'x,y\n1,2\n3,4');
  await expect(page.getByRole('alert')).toContainText('needs 8 to 5,000');
  await paste(page, 'points', '1\n2\n3\n4\n5\n6\n7\n8');
  await expect(page.getByRole('alert')).toContainText('each line needs two');
  expect(await api(page, (g) => g.getParams().dataset)).not.toBe('draw');
  // twelve points on a small circle
  const rows = Array.from({ length: 12 }, (_, i) => [Math.round(200 * Math.cos(i / 2)) / 100, Math.round(200 * Math.sin(i / 2)) / 100]);
  // this time from a file: its text lands in the box, to be checked and used
  await page.getByLabel('Choose a file…').setInputFiles({
    name: 'circle.csv', mimeType: 'text/csv', buffer: Buffer.from(['x,y', ...rows.map((r) => r.join(','))].join('\n')),
  });
  await expect(page.getByLabel(/Your points/)).toHaveValue(/^x,y\n2,0\n/);
  await page.getByRole('button', { name: 'Use these points' }).click();
  await expect.poll(() => api(page, (g) => g.getParams().dataset)).toBe('draw');
  expect(await api(page, (g) => g.getData())).toEqual(rows);
  await expect(page.locator('[data-panel="draw-hint"]')).toContainText('12 points');
  await api(page, (g) => g.step(5));
  expect((await status(page)).step).toBe(5);
  await expect.poll(() => page.evaluate(() => location.search)).toContain('points=');
  const link = await page.evaluate(() => location.search);
  await openPlayground(page, link);
  expect(await api(page, (g) => g.getData())).toEqual(rows);
  expect(await api(page, (g) => g.getParams().dataset)).toBe('draw');
  await api(page, (g) => g.step(3));
  expect((await status(page)).step).toBe(3);
  expect(errors).toEqual([]);
});

test('points in a link that do not fit are refused with a notice and the page trains without them', async ({ page }) => {
  await openPlayground(page, '?experiment=toy2d&dataset=draw&points=1,2;oops');
  await expect(page.getByText(/"points" was ignored/)).toBeVisible();
  expect(await api(page, (g) => g.getData())).toEqual([]);
  await openPlayground(page, '?experiment=toy2d&dataset=draw&points=1,2;999,0');
  await expect(page.getByText(/Your data was not used/)).toBeVisible();
  expect(await api(page, (g) => g.getData())).toEqual([]);
  await openPlayground(page, '?experiment=gaussian1d&target=empirical&points=1;2;3;4;50');
  await expect(page.getByText(/Your data was not used.*outside \[−10, 10\]/)).toBeVisible();
  expect(await api(page, (g) => g.getData())).toEqual([]);
  // (mnist, which takes no data of its own, ignores the key with a notice too: not opened here, its data is slow to load)
});
