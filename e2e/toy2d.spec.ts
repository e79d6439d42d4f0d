import { expect, test } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

const heatmapImage = (page: import('@playwright/test').Page) =>
  page.locator('[data-panel="heatmap"]').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

test('toy2d renders the scatter plot and D heat map, and both change while training', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d');
  const s = await status(page);
  expect(s.experiment).toBe('toy2d');
  expect(s.backend).toBe('webgl');
  for (const panel of ['scatter', 'heatmap', 'losses', 'divergence', 'readout']) {
    await expect(page.locator(`[data-panel="${panel}"]`)).toBeVisible();
  }
  const canvas = page.locator('[data-panel="heatmap"]');
  expect(Number(await canvas.getAttribute('width'))).toBeGreaterThanOrEqual(60);
  const fake = page.locator('[data-panel="scatter"] path.fake');
  const manifold = page.locator('[data-panel="scatter"] path.manifold');
  const before = { fake: await fake.getAttribute('d'), manifold: await manifold.getAttribute('d'), heat: await heatmapImage(page) };
  expect(before.fake!.length).toBeGreaterThan(1000);
  await api(page, (g) => g.step(5));
  expect((await status(page)).step).toBe(5);
  await expect.poll(async () => fake.getAttribute('d')).not.toBe(before.fake);
  expect(await manifold.getAttribute('d')).not.toBe(before.manifold);
  await expect.poll(() => heatmapImage(page)).not.toBe(before.heat);
  // 120 arrows: a shaft (one subpath) and a head (a closed triangle) each
  const shafts = (await page.locator('[data-panel="scatter"] path.arrow-shafts').getAttribute('d')) ?? '';
  const heads = (await page.locator('[data-panel="scatter"] path.arrow-heads').getAttribute('d')) ?? '';
  expect(shafts.match(/M/g)).toHaveLength(120);
  expect(heads.match(/Z/g)).toHaveLength(120);
  // the scripting API speaks 2-D: sample(n) is n×2, discriminate takes n×2
  const rows = await api(page, (g) => g.sample(4));
  expect(rows).toHaveLength(4);
  rows.forEach((r) => expect(r).toHaveLength(2));
  const d = await api(page, (g) => g.discriminate([[0, 5], [3, 14]]));
  expect(d).toHaveLength(2);
  d.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
  expect(errors).toEqual([]);
});

test('layer toggles hide and show layers from the keyboard', async ({ page }) => {
  await openPlayground(page, '?experiment=toy2d&preset=ring8');
  await expect(page.locator('[data-panel="readout"]')).toContainText('modes captured');
  const heatToggle = page.locator('[data-layer="heat"]');
  await heatToggle.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-panel="heatmap"]')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(page.locator('[data-panel="heatmap"]')).toBeVisible();
  await page.locator('[data-layer="arrows"]').uncheck();
  await expect(page.locator('[data-panel="scatter"] .arrows')).toHaveCount(0);
});

test('draw mode: drawing on the plot with the mouse adds data, then training runs on it', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&preset=draw');
  await expect(page.locator('[data-panel="draw-hint"]')).toContainText('Draw at least');
  const real = page.locator('[data-panel="scatter"] path.real');
  expect((await real.getAttribute('d')) ?? '').toBe('');
  const box = (await page.locator('[data-panel="heatmap"]').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width * (0.2 + 0.03 * i), box.y + box.height * (0.5 - 0.01 * i));
  await page.mouse.up();
  await expect.poll(async () => (await api(page, (g) => g.getData())).length).toBeGreaterThanOrEqual(10);
  await expect.poll(async () => ((await real.getAttribute('d')) ?? '').length).toBeGreaterThan(50);
  const drawn = await api(page, (g) => g.getData());
  drawn.forEach(([x, y]) => {
    expect(x).toBeGreaterThan(-5);
    expect(x).toBeLessThan(5);
    expect(y).toBeGreaterThan(-5);
    expect(y).toBeLessThan(5);
  });
  await api(page, (g) => g.step(3));
  expect((await status(page)).step).toBe(3);
  // invalid data is refused and nothing changes
  const refused = await api(page, (g) => g.setData([[0, Number.NaN]]).then(() => 'accepted', (e: Error) => e.message));
  expect(refused).toMatch(/finite/);
  expect((await api(page, (g) => g.getData())).length).toBe(drawn.length);
  expect(errors).toEqual([]);
});

test('tensor count stays flat while toy2d trains', async ({ page }) => {
  await openPlayground(page, '?experiment=toy2d');
  await api(page, (g) => g.step(2));
  const first = (await status(page)).numTensors;
  await api(page, (g) => g.step(6));
  expect((await status(page)).numTensors).toBe(first);
});
