import { expect, test } from '@playwright/test';
import { api, openPlayground, status, waitForStep, watchErrors } from './helpers';

test('loads the 1-D experiment on WebGL with every panel and no console error', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page);
  const s = await status(page);
  expect(s.backend).toBe('webgl');
  expect(s.experiment).toBe('gaussian1d');
  expect(s.step).toBe(0);
  for (const panel of ['density', 'mapping', 'losses', 'divergence']) {
    await expect(page.locator(`[data-panel="${panel}"]`)).toBeVisible();
  }
  await expect(page.locator('[data-status="backend"]')).toHaveText('webgl');
  expect(await api(page, (g) => g.experiments())).toContain('gaussian1d');
  expect(errors).toEqual([]);
});

test('Play trains: the step advances and the density drawing changes', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page);
  const kde = page.locator('[data-panel="density"] path.pg-kde');
  const dCurve = page.locator('[data-panel="density"] path.d-curve');
  const before = { kde: await kde.getAttribute('d'), d: await dCurve.getAttribute('d') };
  await page.getByRole('button', { name: /Play/ }).click();
  await waitForStep(page, 15);
  await expect.poll(async () => (await status(page)).metrics.dLoss).toBeGreaterThan(0);
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect.poll(async () => (await status(page)).playing).toBe(false);
  // let the last in-flight frame land, then compare drawings
  await expect.poll(async () => kde.getAttribute('d')).not.toBe(before.kde);
  expect(await dCurve.getAttribute('d')).not.toBe(before.d);
  const paused = (await status(page)).step;
  await page.waitForTimeout(500);
  expect((await status(page)).step).toBe(paused);
  expect(errors).toEqual([]);
});

test('a number box and a slider change live parameters without resetting', async ({ page }) => {
  await openPlayground(page);
  await api(page, (g) => g.step(3));
  const lr = page.locator('[data-param="lrD"]');
  await lr.fill('0.003');
  await lr.press('Enter');
  await expect.poll(() => api(page, (g) => g.getParams().lrD)).toBe(0.003);
  // the k slider, driven from the keyboard as a student would
  const kSlider = page.getByRole('slider', { name: /k \(D steps per G step\) slider/ });
  await kSlider.focus();
  await kSlider.press('ArrowRight');
  await expect.poll(() => api(page, (g) => g.getParams().k)).toBe(2);
  expect((await status(page)).step).toBe(3);
  await expect(page).toHaveURL(/lrD=0\.003/);
});

test('changing the architecture rebuilds the networks and says so', async ({ page }) => {
  await openPlayground(page);
  await api(page, (g) => g.step(3));
  const hidden = page.locator('[data-param="hiddenD"]');
  await hidden.fill('4,4');
  await hidden.press('Enter');
  await expect.poll(() => api(page, (g) => g.getParams().hiddenD)).toBe('4,4');
  await expect(page.getByRole('status')).toContainText('rebuilt');
  expect((await status(page)).step).toBe(0);
});

test('Step, D only, G only and Reset', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => (await status(page)).step).toBe(1);
  const d0 = await page.locator('[data-panel="density"] path.d-curve').getAttribute('d');
  await page.getByRole('button', { name: 'D only' }).click();
  await expect.poll(() => page.locator('[data-panel="density"] path.d-curve').getAttribute('d')).not.toBe(d0);
  await page.getByRole('button', { name: 'G only' }).click();
  expect((await status(page)).step).toBe(1);
  await api(page, (g) => g.step(4));
  expect((await status(page)).step).toBe(5);
  await page.getByRole('button', { name: /Reset/ }).click();
  await expect.poll(async () => (await status(page)).step).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await status(page)).step).toBe(1);
});

test('setParams rejects a bad value by name and changes nothing', async ({ page }) => {
  await openPlayground(page);
  const before = await api(page, (g) => g.getParams());
  const message = await api(page, (g) => g.setParams({ lrD: 0.01, batch: -5 }).then(() => 'resolved', (e: Error) => e.message));
  expect(message).toContain('batch');
  const unknown = await api(page, (g) => g.setParams({ __proto__x: 1 }).then(() => 'resolved', (e: Error) => e.message));
  expect(unknown).toContain('__proto__x');
  expect(await api(page, (g) => g.getParams())).toEqual(before);
});

test('sample and discriminate return what the contract says', async ({ page }) => {
  await openPlayground(page);
  const xs = await api(page, (g) => g.sample(50));
  expect(xs).toHaveLength(50);
  expect(xs.every((r) => r.length === 1 && Number.isFinite(r[0]))).toBe(true);
  const ds = await api(page, (g) => g.discriminate([[-1], [0], [3]]));
  expect(ds).toHaveLength(3);
  expect(ds.every((p) => p >= 0 && p <= 1)).toBe(true);
});

test('a hostile link is reported, not applied and not rendered as HTML', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?lrD=abc&batch=1e9&k=2.6&nonsense=<img src=x onerror=alert(1)>&preset=nope');
  const notices = page.getByRole('status');
  await expect(notices).toContainText('lrD');
  await expect(notices).toContainText('batch');
  await expect(notices).toContainText('Unknown parameter');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const p = await api(page, (g) => g.getParams());
  expect(p.lrD).toBe(0.001);
  expect(p.batch).toBe(2048);
  expect(p.k).toBe(3);
  expect(errors).toEqual([]);
});

test('the Jang preset link loads the tutorial recipe with a pre-training progress bar', async ({ page }) => {
  await openPlayground(page, '?preset=jang&pretrainSteps=200');
  const p = await api(page, (g) => g.getParams());
  expect(p).toMatchObject({ hiddenD: '6,5', hiddenG: '6,5', optimizerD: 'momentum', momentum: 0.6, batch: 200, prior: 'stratified', pretrainD: true });
  await api(page, (g) => g.step(2));
  expect((await status(page)).step).toBe(2);
});

test('a link keeps its experiment and parameters on the WebAssembly backend, which starts more slowly', async ({ page }) => {
  await openPlayground(page, '?experiment=toy2d&preset=grid25&batch=48&backend=wasm');
  const s = await status(page);
  expect(s.backend).toBe('wasm');
  expect(s.experiment).toBe('toy2d');
  expect(await api(page, (g) => g.getParams())).toMatchObject({ batch: 48 });
  await expect(page).toHaveURL(/experiment=toy2d&preset=grid25/);
});

test('tensor count stays flat over 1,000 training steps', async ({ page }) => {
  test.setTimeout(150_000);
  await openPlayground(page);
  await api(page, (g) => g.step(50));
  const before = (await status(page)).numTensors;
  await api(page, (g) => g.step(1000));
  const after = await status(page);
  expect(after.step).toBe(1050);
  expect(after.numTensors).toBe(before);
});

test('software WebGL is named, and WebAssembly is one click away', async ({ page }) => {
  await openPlayground(page);
  const s = await status(page);
  expect(s.renderer).toBeTruthy();
  const hint = page.locator('[data-status="faster-backend"]');
  if (!/swiftshader|llvmpipe/i.test(s.renderer ?? '')) {
    await expect(hint).toHaveCount(0); // a real GPU: nothing to offer
    return;
  }
  await expect(hint).toBeVisible();
  await hint.getByRole('button', { name: /WebAssembly/ }).click();
  await page.waitForURL(/backend=wasm/);
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground!.ready);
  expect((await status(page)).backend).toBe('wasm');
  await api(page, (g) => g.step(5));
  expect((await status(page)).step).toBe(5);
});

test('the plain JavaScript backend says it is slow, and WebAssembly is one click away', async ({ page }) => {
  await page.goto('/?experiment=mnist&backend=cpu');
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground!.ready);
  expect((await status(page)).backend).toBe('cpu');
  const hint = page.locator('[data-status="faster-backend"]');
  await expect(hint).toContainText('plain JavaScript backend is slow');
  await hint.getByRole('button', { name: /WebAssembly/ }).click();
  await page.waitForURL(/backend=wasm/);
  expect(page.url()).toContain('experiment=mnist');
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground!.ready);
  expect((await status(page)).backend).toBe('wasm');
  expect((await status(page)).experiment).toBe('mnist');
  await expect(page.locator('[data-status="faster-backend"]')).toHaveCount(0);
});
