import { expect, test } from '@playwright/test';
import { api, openPlayground, status, waitForStep, watchErrors } from './helpers';

// The objectives added after the 2014 paper (src/core/objectives) train on WebGL in every experiment: a few steps
// each, with finite losses, no page error, and the panels reading D as a critic's score. WGAN-GP has no fast path
// (its gradient penalty is autodiff only): it must train by autodiff, and the status must say so.
const NEW_OBJECTIVES = ['lsgan', 'hinge', 'wgan', 'wgangp'] as const;
/** Objectives the fast paths lack: core/fastGan.ts routes both updates to autodiff. */
const AUTODIFF_ONLY: readonly string[] = ['wgangp'];
// the path each experiment's default networks take on WebGL (src/core/fastGan.ts decides it in one place)
const EXPERIMENTS = { gaussian1d: 'fused', toy2d: 'fused', mnist: 'tiled' } as const;

for (const [experiment, path] of Object.entries(EXPERIMENTS)) {
  test(`${experiment}: least squares, hinge, WGAN and WGAN-GP train on WebGL with finite losses`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    await openPlayground(page, `?experiment=${experiment}&loss=${NEW_OBJECTIVES[0]}`);
    expect((await status(page)).backend).toBe('webgl');
    let previousD: number | undefined;
    for (const loss of NEW_OBJECTIVES) {
      // the first from the URL, the next as a live change
      if (loss !== NEW_OBJECTIVES[0]) await page.evaluate((l) => window.ganPlayground!.setParams({ loss: l }), loss);
      expect((await api(page, (g) => g.getParams())).loss).toBe(loss);
      const before = (await status(page)).step;
      if (AUTODIFF_ONLY.includes(loss)) {
        // autodiff's first step compiles many more WebGL programs, which on MNIST in software WebGL on a busy machine
        // outlasts step()'s 25 s operation bound: play until a step is drawn, then one step() for a fresh frame
        await api(page, (g) => g.play());
        await waitForStep(page, before + 1);
        await api(page, (g) => g.pause());
        await page.evaluate(() => window.ganPlayground!.step(1));
      } else {
        await page.evaluate(() => window.ganPlayground!.step(3));
      }
      const s = await status(page);
      console.log(`${experiment}/${loss}: step ${s.step}, D loss ${s.metrics.dLoss}, G loss ${s.metrics.gLoss}`);
      expect(s.step, loss).toBeGreaterThanOrEqual(before + (AUTODIFF_ONLY.includes(loss) ? 2 : 3));
      expect(s.error, loss).toBeUndefined();
      expect(Number.isFinite(s.metrics.dLoss) && Number.isFinite(s.metrics.gLoss), loss).toBe(true);
      // a fresh frame of this objective, not the last one's numbers
      expect(s.metrics.dLoss, loss).not.toBe(previousD);
      previousD = s.metrics.dLoss;
      const expected = AUTODIFF_ONLY.includes(loss) ? 'autodiff' : path;
      expect(s.path, loss).toBe(expected);
      expect({ d: s.paths?.d, g: s.paths?.g }, loss).toEqual({ d: expected, g: expected });
      // the path chooser says why it left the fast paths, and only then
      if (expected === 'autodiff') expect(s.paths?.reason, loss).toContain('gradient penalty');
      else expect(s.paths?.reason, loss).toBeUndefined();
      await expect(page.locator('[data-status="path"]')).toHaveText(expected);
      // the explanation shows this objective's own losses
      await expect(page.locator(`[data-panel="explain"] [data-objective="${loss}"]`)).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

test('gaussian1d: a critic gets its own axis; hinge has no ½ line and no D*, least squares keeps them', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=gaussian1d&loss=hinge');
  await page.evaluate(() => window.ganPlayground!.step(5));
  const density = page.locator('[data-panel="density"]');
  await expect(density).toContainText('critic score D(x)');
  await expect(density.locator('.d-reference')).toHaveCount(0);
  expect(await density.locator('path.d-star').getAttribute('d')).toBe('');
  // the explanation says why there is no D* instead of quoting one
  const noDStar = page.locator('[data-panel="explain"] [data-explain="no-d-star"]');
  await expect(noDStar).toBeVisible();
  await page.evaluate(() => window.ganPlayground!.setParams({ loss: 'lsgan' }));
  await page.evaluate(() => window.ganPlayground!.step(1));
  await expect(density.locator('.d-reference')).toHaveCount(1);
  await expect(noDStar).toHaveCount(0);
  await page.evaluate(() => window.ganPlayground!.setParams({ loss: 'nonsaturating' }));
  await page.evaluate(() => window.ganPlayground!.step(1));
  await expect(density).not.toContainText('critic score');
  expect(errors).toEqual([]);
});

test('choosing WGAN in the loss menu applies its recommended settings and says so; a script sets the loss alone', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=gaussian1d');
  await page.evaluate(() => window.ganPlayground!.setParams({ loss: 'wgan' }));
  expect(await api(page, (g) => g.getParams())).toMatchObject({ loss: 'wgan', optimizerD: 'adam', k: 1 });
  await page.evaluate(() => window.ganPlayground!.setParams({ loss: 'nonsaturating' }));
  await page.locator('[data-param="loss"]').selectOption('wgan');
  await expect.poll(async () => (await api(page, (g) => g.getParams())).optimizerD).toBe('rmsprop');
  expect(await api(page, (g) => g.getParams())).toMatchObject({
    loss: 'wgan', optimizerD: 'rmsprop', optimizerG: 'rmsprop', lrD: 5e-5, lrG: 5e-5, k: 5, clip: 0.01,
  });
  await expect(page.locator('.notices .notice-info').filter({ hasText: 'recommended settings' })).toBeVisible();
  expect(errors).toEqual([]);
});
