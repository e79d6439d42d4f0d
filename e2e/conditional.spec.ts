import { expect, test } from '@playwright/test';
import type { FusedCheckResult } from '../src/bench/fusedCheck';
import { api, openBenchOnWebgl, openPlayground, status, watchErrors } from './helpers';

// The conditional GAN (MNIST preset `conditional`, Mirza & Osindero 2014) on WebGL: its grid rows, the digit
// picker, sample(n, { label }), and its updates on the tiled kernels (the label tiled beside G's samples in D's
// input) against the tensor-op path.

test('the conditional preset trains on the tiled path, draws 10 labelled rows, and sample(n, { label }) draws that digit', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=mnist&preset=conditional');
  expect(await api(page, (g) => g.getParams())).toMatchObject({ conditional: true, digit: 'all', zDim: 100 });
  await api(page, (g) => g.step(3));
  const s = await status(page);
  expect(s.step).toBe(3);
  expect(s.backend).toBe('webgl');
  // [z | y] is 112 wide and [x | y] 796: both updates stay on the tiled kernels
  expect(s.paths).toMatchObject({ d: 'tiled', g: 'tiled' });
  const rows = page.locator('[data-panel="samples"] .row-labels li');
  await expect(rows).toHaveCount(10);
  expect(await rows.allTextContents()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  // 10 rows of 8 digits of 28 px with 1 px gaps
  const size = await page.locator('[data-panel="samples"] canvas.sample-grid').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
  expect(size).toEqual([8 * 29 - 1, 10 * 29 - 1]);

  const threes = await api(page, (g) => g.sample(8, { label: 3 }));
  expect(threes).toHaveLength(8);
  expect(threes.every((r) => r.length === 784 && r.every((v) => v >= 0 && v <= 1))).toBe(true);
  const refused = await api(page, (g) => g.sample(8, { label: 12 }).then(() => 'accepted', (e: Error) => e.message));
  expect(refused).toMatch(/label must be a whole number from 0 to 9/);
  const fraction = await api(page, (g) => g.sample(2, { label: 1.5 }).then(() => 'accepted', (e: Error) => e.message));
  expect(fraction).toMatch(/0 to 9/);

  // the picker: every row asks for 7
  await page.locator('[data-control="digit-picker"]').selectOption('7');
  await expect(rows.first()).toHaveText('7');
  expect(await rows.allTextContents()).toEqual(Array(10).fill('7'));
  expect((await api(page, (g) => g.getParams())).digit).toBe('7');
  // the class check reports the agreement with the digit asked for
  await expect(page.locator('[data-panel="classes"] [data-metric="labelAgreement"]')).toHaveText(/^\d+\.\d%$/);

  // an unconditional preset refuses a label, saying why, and draws no row labels
  await api(page, (g) => g.applyPreset('vanilla'));
  const unconditional = await api(page, (g) => g.sample(4, { label: 3 }).then(() => 'accepted', (e: Error) => e.message));
  expect(unconditional).toMatch(/needs a conditional GAN/);
  await expect(page.locator('[data-panel="samples"] .row-labels')).toHaveCount(0);
  await expect(page.locator('[data-panel="classes"] [data-metric="labelAgreement"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('conditional tiled WebGL updates equal the tensor-op updates', async ({ page }) => {
  const { before, errors } = await openBenchOnWebgl(page);
  const c = {
    dims: [784, 100] as [number, number], layers: [128], batch: 128, condition: 12, hidden: 'leakyRelu' as const, head: 'sigmoid' as const,
    out: 'sigmoid' as const, optimizer: 'adam' as const, realLabel: 1, epsilon: 1e-2, loss: 'nonsaturating' as const,
  };
  const r: FusedCheckResult = await page.evaluate((x) => window.ganBench!.fusedCheck(x), c);
  console.log(`conditional: θ diff ${r.maxParamDiff.toExponential(2)}, slot rel. diff ${r.maxSlotRelDiff.toExponential(2)}, loss diff ${r.maxLossDiff.toExponential(2)}, moved D ${r.dMoved.toFixed(4)} G ${r.gMoved.toFixed(4)}, tiled draws ${r.tiledDraws}`);
  expect(r.tiledDraws).toBeGreaterThan(10);
  // tolerances of e2e/tiled.spec.ts
  expect(r.maxParamDiff).toBeLessThan(1e-5);
  expect(r.maxSlotRelDiff).toBeLessThan(1e-4);
  expect(r.maxLossDiff).toBeLessThan(3e-5 * Math.max(1, r.lossScale));
  expect(r.dMoved).toBeGreaterThan(1e-4);
  expect(r.gMoved).toBeGreaterThan(1e-4);
  expect(await page.evaluate(() => window.ganBench!.numTensors())).toBe(before);
  expect(errors).toEqual([]);
});

/**
 * The conditional preset's agreement on WebGL, seeds 1–3 at step 3,000 — the measurement behind its description
 * (about 12 minutes a seed in software WebGL on a loaded 2-core machine), so skipped unless COND_WEBGL is set:
 *   COND_WEBGL=1 npx playwright test e2e/conditional.spec.ts -g agreement
 * Measured with this loop before the caption check was added (so the class check of the last chunk's frame, at most
 * 25 steps before 3,000): 90.9%, 95.8% and 93.2% of 1,000 samples (classifier score 7.98, 8.45, 8.07).
 */
test('conditional on WebGL: the classifier agrees with the asked digit for ≥ 90% of 1,000 samples at step 3,000, seeds 1–3', async ({ page }) => {
  test.skip(!process.env.COND_WEBGL, 'a measurement: set COND_WEBGL=1');
  test.setTimeout(3_600_000);
  const errors = watchErrors(page);
  const until = 3000;
  for (const seed of [1, 2, 3]) {
    await openPlayground(page, `?experiment=mnist&preset=conditional&seed=${seed}`);
    expect((await status(page)).backend).toBe('webgl');
    // chunks of 25: every call is bounded (25 s), and a call that runs past it keeps the steps it finished
    for (let step = 0; step < until; step = (await status(page)).step) {
      await page.evaluate((n) => window.ganPlayground!.step(n), Math.min(25, until - step)).catch((e: unknown) => {
        if (!String(e).includes('did not finish within')) throw e;
      });
    }
    // the class check (1,000 samples, 100 per digit) runs in a frame at most every few seconds: draw frames without
    // training (step(0)) until one carries the check of this very step
    const caption = page.locator('[data-panel="classes"] figcaption');
    for (let i = 0; i < 20 && !(await caption.textContent())?.includes(`step ${until})`); i++) {
      await page.waitForTimeout(3000);
      await page.evaluate(() => window.ganPlayground!.step(0));
    }
    await expect(caption).toContainText(`step ${until})`);
    const { metrics } = await status(page);
    console.log(`conditional on WebGL, seed ${seed}: agreement ${(100 * metrics.labelAgreement).toFixed(1)}%, score ${metrics.classifierScore.toFixed(2)}`);
    expect(metrics.labelAgreement, `seed ${seed}`).toBeGreaterThanOrEqual(0.9);
  }
  expect(errors).toEqual([]);
});
