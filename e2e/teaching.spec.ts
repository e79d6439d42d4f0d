import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

const GRID = Array.from({ length: 41 }, (_, i) => [-5 + i * 0.25]);

async function downloadOf(page: Page, action: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test('every 1-D scenario preset loads from its link and trains', async ({ page }) => {
  test.setTimeout(400_000);
  const errors = watchErrors(page);
  await openPlayground(page);
  const presets = await api(page, (g) => g.presets());
  expect(presets.length).toBeGreaterThanOrEqual(7);
  for (const name of presets) {
    await openPlayground(page, `?experiment=gaussian1d&preset=${name}&pretrainSteps=100`);
    await expect(page.locator(`[data-preset="${name}"]`)).toHaveAttribute('aria-current', 'true');
    // one step per call: WGAN-GP's autodiff steps compile their shaders first, slow in software WebGL
    for (let i = 0; i < 3; i++) await api(page, (g) => g.step(1));
    const s = await status(page);
    expect(s.step, name).toBe(3);
    expect(Number.isFinite(s.metrics.dLoss), name).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('keyboard: → steps, D updates, P presenter, ? opens the shortcut list, Space plays', async ({ page }) => {
  await openPlayground(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await status(page)).step).toBe(1);
  const d0 = await page.locator('[data-panel="density"] path.d-curve').getAttribute('d');
  await page.keyboard.press('d');
  await expect.poll(() => page.locator('[data-panel="density"] path.d-curve').getAttribute('d')).not.toBe(d0);
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect(page).toHaveURL(/presenter=1/);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Full screen');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press(' ');
  await expect.poll(async () => (await status(page)).playing).toBe(true);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await status(page)).playing).toBe(false);
  await page.keyboard.press('r');
  await expect.poll(async () => (await status(page)).step).toBe(0);
});

test('presenter mode and theme toggle; hide= hides controls by link and rejects unknown names', async ({ page }) => {
  await openPlayground(page, '?presenter=1&hide=lrD,k,bogus');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect(page.locator('[data-param="lrD"]')).toHaveCount(0);
  // presenter mode keeps the parameters in the controls drawer
  await page.locator('[data-action="controls"]').click();
  await expect(page.locator('[data-param="lrG"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Controls' })).toBeHidden();
  await expect(page.getByRole('status')).toContainText('bogus');
  await page.locator('[data-action="presenter"]').click();
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect(page).not.toHaveURL(/presenter/);
  await expect(page).toHaveURL(/hide=lrD%2Ck|hide=lrD,k/);
  await page.locator('[data-action="theme"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openPlayground(page, '?hide=controls');
  await expect(page.locator('aside.controls')).toHaveCount(0);
});

test('a copied link reproduces D(x) on a grid after 100 steps', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page, '?preset=default&seed=5&lrD=0.002&k=2');
  await api(page, (g) => g.step(100));
  const a = (await page.evaluate(`window.ganPlayground.discriminate(${JSON.stringify(GRID)})`)) as number[];
  await page.locator('[data-action="copy-link"]').click();
  const fallback = page.locator('[data-control="link-text"]');
  const link = (await fallback.count()) > 0 ? await fallback.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('seed=5');
  expect(link).toContain('k=2');
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => window.ganPlayground !== undefined);
  await other.evaluate(() => window.ganPlayground!.ready);
  await other.evaluate(() => window.ganPlayground!.step(100));
  const b = (await other.evaluate(`window.ganPlayground.discriminate(${JSON.stringify(GRID)})`)) as number[];
  expect(b).toHaveLength(a.length);
  const worst = Math.max(...a.map((v, i) => Math.abs(v - b[i])));
  expect(worst).toBeLessThanOrEqual(1e-4);
});

test('exports: panel PNG and SVG, metrics CSV, checkpoint; a checkpoint loads back and a bad file is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?seed=9');
  await api(page, (g) => g.step(20));
  const svg = await downloadOf(page, 'export-svg');
  expect(svg.name).toMatch(/density.*\.svg$/);
  expect(svg.bytes.toString('utf8')).toContain('<svg');
  const png = await downloadOf(page, 'export-png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.length).toBeGreaterThan(1000);
  const csv = await downloadOf(page, 'export-csv');
  expect(csv.bytes.toString('utf8').split('\n')[0]).toContain('dLoss');
  const ckpt = await downloadOf(page, 'save-checkpoint');
  expect(JSON.parse(ckpt.bytes.toString('utf8'))).toMatchObject({ format: 'gan-playground-checkpoint', experiment: 'gaussian1d' });
  const d20 = await api(page, (g) => g.discriminate([[-1], [0], [1]]));

  await api(page, (g) => g.step(15));
  expect((await status(page)).step).toBe(35);
  const input = page.locator('[data-control="checkpoint-file"]');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
  await expect(page.getByRole('status')).toContainText('nothing changed');
  expect((await status(page)).step).toBe(35);
  await input.setInputFiles({ name: ckpt.name, mimeType: 'application/json', buffer: ckpt.bytes });
  await expect.poll(async () => (await status(page)).step).toBe(20);
  const back = await api(page, (g) => g.discriminate([[-1], [0], [1]]));
  back.forEach((v, i) => expect(Math.abs(v - d20[i])).toBeLessThan(1e-6));
  expect(errors).toEqual([]);
});

test('slow motion walks one D update phase by phase, then the plots change', async ({ page }) => {
  await openPlayground(page);
  await page.locator('[data-control="slowmo-speed"]').selectOption({ label: 'by hand (Next ›)' });
  const before = await page.locator('[data-panel="density"] path.d-curve').getAttribute('d');
  await page.locator('[data-action="slow-d"]').click();
  const current = page.locator('[data-panel="slowmo"] li[aria-current="step"]');
  for (const phase of ['sample-real', 'sample-z', 'forward', 'loss', 'gradient']) {
    await expect(current).toHaveAttribute('data-phase', phase);
    await expect(page.locator('[data-panel="slowmo"] .node.active').first()).toBeVisible();
    await page.locator('[data-action="slow-next"]').click();
  }
  await expect(current).toHaveAttribute('data-phase', 'update');
  await expect.poll(() => page.locator('[data-panel="density"] path.d-curve').getAttribute('d')).not.toBe(before);
  expect((await status(page)).step).toBe(0);
});

test('explanations typeset the math with live numbers; line charts show values on hover; the timeline scrubs back', async ({ page }) => {
  await openPlayground(page);
  await api(page, (g) => g.step(10));
  await api(page, (g) => g.step(10));
  await api(page, (g) => g.step(10));
  const explain = page.locator('[data-panel="explain"]');
  await expect(explain.locator('.katex').first()).toBeVisible();
  await expect(explain).toContainText('JSD');
  const chart = page.locator('[data-panel="losses"] rect.hover-target');
  await chart.hover({ position: { x: 200, y: 50 } });
  await expect(page.locator('[data-panel="losses"] .chart-hover')).toContainText('D loss');
  const slider = page.locator('#timeline-slider');
  await slider.fill('0');
  await expect(page.locator('[data-status="timeline-step"]')).toHaveText('viewing step 0');
  await page.locator('[data-action="timeline-live"]').click();
  await expect(page.locator('[data-status="timeline-step"]')).toHaveText('live');
});

test('the scripting API switches presenter mode and the theme, and the page and its link follow', async ({ page }) => {
  await openPlayground(page);
  await api(page, (g) => g.setPresenter(true));
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect(page.locator('[data-action="presenter"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/presenter=1/);
  expect(await api(page, (g) => g.getPresenter())).toBe(true);
  await api(page, (g) => g.setTheme('dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/theme=dark/);
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const pData = page.locator('[data-panel="density"] path.p-data');
  // p_data's navy line turns light blue on the dark panel, and back.
  await expect(pData).toHaveCSS('stroke', 'rgb(143, 179, 232)');
  await api(page, (g) => g.setTheme('light'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(pData).toHaveCSS('stroke', 'rgb(29, 53, 87)');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(dark);
  const refused = await page.evaluate(() => {
    try {
      window.ganPlayground!.setTheme('neon' as 'dark');
      return 'accepted';
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(refused).toContain('neon');
  expect(await api(page, (g) => g.getTheme())).toBe('light');
  await api(page, (g) => g.setPresenter(false));
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect(page).not.toHaveURL(/presenter/);
  // A link with theme= opens in that theme.
  await openPlayground(page, '?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

async function spyOnFullscreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      calls.push(this.tagName);
      return original.call(this, options);
    };
  });
}

const fullscreenCalls = (page: Page) => page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls.length);
const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

test('presenter mode from the button or P asks for full screen; a presenter=1 link shows a "Press F" hint; F goes full screen', async ({ page }) => {
  const errors = watchErrors(page);
  await spyOnFullscreen(page);
  await openPlayground(page, '?presenter=1');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  const hint = page.locator('[data-hint="fullscreen"]');
  await expect(hint).toHaveText('Press F for full screen');
  expect(await fullscreenCalls(page)).toBe(0); // a link is no gesture: nothing is asked
  await page.keyboard.press('f');
  await expect.poll(() => fullscreenCalls(page)).toBe(1);
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await expect(hint).toHaveCount(0);
  await page.keyboard.press('f');
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await expect(hint).toBeVisible();

  await openPlayground(page);
  await page.locator('[data-action="presenter"]').click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect.poll(() => fullscreenCalls(page)).toBe(1);
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await page.keyboard.press('p'); // leaving presenter mode leaves full screen
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await page.keyboard.press('p');
  await expect.poll(() => fullscreenCalls(page)).toBe(2);
  await expect(page.getByRole('status')).not.toContainText('full screen');
  expect(errors).toEqual([]);
});

test('keyboard: G moves the generator only (D(x) unchanged, no step counted)', async ({ page }) => {
  await openPlayground(page, '?seed=4');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await status(page)).step).toBe(1);
  const mapping = () => page.locator('[data-panel="mapping"] svg > g > line:not(.hover)').evaluateAll((ls) => ls.map((l) => l.getAttribute('x2')).join(' '));
  const g0 = await mapping();
  const d0 = await api(page, (g) => g.discriminate([[-2], [0], [2], [4]]));
  await page.keyboard.press('g');
  await expect.poll(mapping).not.toBe(g0);
  // D's weights did not move: the same D(x), to the last bit. (Its drawn curve may shift: the y axis follows p_g.)
  expect(await api(page, (g) => g.discriminate([[-2], [0], [2], [4]]))).toEqual(d0);
  expect((await status(page)).step).toBe(1);
});

test('reduced motion: the slow-motion highlight does not fade, and the walk waits for Next', async ({ page }) => {
  await openPlayground(page);
  const edge = page.locator('[data-panel="slowmo"] line.edge').first();
  await expect(edge).toHaveCSS('transition-duration', /0\.25s/);
  await expect(page.locator('[data-control="slowmo-speed"]')).toHaveValue('1500');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(edge).toHaveCSS('transition-duration', '0s');
  await expect(page.locator('[data-panel="slowmo"] .node rect').first()).toHaveCSS('transition-duration', '0s');
  // The pace follows the preference (until the user picks one): by hand, so nothing moves on a timer.
  await expect(page.locator('[data-control="slowmo-speed"]')).toHaveValue('0');
  await page.locator('[data-action="slow-g"]').click();
  await expect(page.locator('[data-action="slow-next"]')).toBeVisible();
  await page.waitForTimeout(1800); // longer than the slowest timed pace (1.5 s per phase)
  await expect(page.locator('[data-panel="slowmo"] li[aria-current="step"]')).toHaveAttribute('data-phase', 'sample-z');
});

test('exports draw what is shown: the 2-D plot with its D heat map, and the MNIST digit grids', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&seed=3');
  await api(page, (g) => g.step(3));
  await page.locator('[data-control="export-panel"]').selectOption('scatter');
  const svg = (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
  const images = [...svg.matchAll(/<image [^>]*href="data:image\/png;base64,([A-Za-z0-9+/=]+)"/g)];
  expect(images).toHaveLength(1); // the heat map, under the dots
  expect(svg.indexOf('<image')).toBeLessThan(svg.indexOf('class="real"'));
  const heat = Buffer.from(images[0][1], 'base64');
  expect(heat.subarray(1, 4).toString('latin1')).toBe('PNG');
  const png = (await downloadOf(page, 'export-png')).bytes;
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Switch the heat map off: the same plot exported without it is a smaller file.
  await page.locator('[data-layer="heat"]').uncheck();
  expect((await downloadOf(page, 'export-svg')).bytes.toString('utf8')).not.toContain('<image');
  const bare = (await downloadOf(page, 'export-png')).bytes;
  expect(bare.length).toBeLessThan(png.length);

  await openPlayground(page, '?experiment=mnist&seed=2');
  await api(page, (g) => g.step(1));
  await page.locator('[data-control="export-panel"]').selectOption('samples');
  const grid = await downloadOf(page, 'export-png');
  expect(grid.name).toMatch(/mnist-samples-step-1\.png$/);
  expect(grid.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(grid.bytes.readUInt32BE(16)).toBeGreaterThan(400); // width: two 8×8 grids of digits, side by side
  expect(grid.bytes.length).toBeGreaterThan(20_000);
  const gridSvg = (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
  expect(gridSvg.match(/<image /g)).toHaveLength(2); // generated and real grids; not the timeline thumbnails
  expect(gridSvg).toContain('Real held-out MNIST digits');
  expect(errors).toEqual([]);
});
