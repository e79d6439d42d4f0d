import { expect, test, type Locator, type Page } from '@playwright/test';
import { api, openPlayground, watchErrors } from './helpers';

/** The panel each experiment is about: what a projector or a phone must show first. */
const MAIN_PANEL: Record<string, string> = { gaussian1d: 'density', toy2d: 'scatter', mnist: 'samples' };
const EXPERIMENTS = Object.keys(MAIN_PANEL);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, 'the element is laid out').not.toBeNull();
  return b!;
}

/**
 * How far the page is wider than the screen (0: no sideways scrolling). A mobile browser widens its layout viewport
 * to fit content that overflows, so innerWidth counts too.
 */
function horizontalOverflow(page: Page): Promise<number> {
  const screen = page.viewportSize()!.width;
  return page.evaluate(
    (width) => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth) - width,
    screen,
  );
}

/** The main panel's box, measured at the top of the page once the first frame is drawn. */
async function mainPanel(page: Page, experiment: string): Promise<Box> {
  const panel = page.locator(`[data-panel="${MAIN_PANEL[experiment]}"]`);
  await expect(panel).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  return box(panel);
}

/** Visible buttons and selects smaller than 44 × 44 px, described for the failure message. */
function smallTargets(page: Page, within: string): Promise<string[]> {
  return page.locator(within).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, select')]
      .filter((el) => el.checkVisibility() && el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`),
  );
}

test.describe('phone, 390 × 844 with touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no sideways scrolling; Play and the preset on top, then the main panel on the first screen; 44 px targets', async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    for (const experiment of EXPERIMENTS) {
      await openPlayground(page, `?experiment=${experiment}`);
      await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
      await expect(page.locator('[data-control="preset"]')).toBeInViewport();
      const main = await mainPanel(page, experiment);
      expect(main.y, `${experiment}: main panel top`).toBeLessThan(200);
      expect(main.y + main.height, `${experiment}: main panel bottom`).toBeLessThanOrEqual(844);
      expect(main.width, `${experiment}: main panel fills the width`).toBeGreaterThan(330);
      expect(await horizontalOverflow(page), experiment).toBeLessThanOrEqual(0);
      expect(await smallTargets(page, 'body'), `${experiment}: small targets on the page`).toEqual([]);
      // the drawer: its buttons, selects and sliders are finger-sized too, and it fits the screen
      await page.getByRole('button', { name: 'Controls', exact: true }).tap();
      const drawer = page.getByRole('dialog', { name: 'Controls' });
      await expect(drawer).toBeVisible();
      expect(await smallTargets(page, '[data-dialog="controls"]'), `${experiment}: small targets in the drawer`).toEqual([]);
      const sliders = drawer.locator('input[type="range"]');
      expect(await sliders.count()).toBeGreaterThan(0);
      for (const h of await sliders.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(h).toBeGreaterThanOrEqual(44);
      const drawerBox = await box(drawer);
      expect(drawerBox.x + drawerBox.width, `${experiment}: the drawer fits the screen`).toBeLessThanOrEqual(390);
      expect(await drawer.evaluate((d) => d.scrollWidth - d.clientWidth), `${experiment}: nothing wider than the drawer`).toBeLessThanOrEqual(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await drawer.getByRole('button', { name: 'Close controls' }).tap();
      await expect(drawer).toBeHidden();
    }
    expect(errors).toEqual([]);
  });

  test('drawing by touch adds points on the 2-D plot and does not scroll the page', async ({ page }) => {
    const errors = watchErrors(page);
    await openPlayground(page, '?experiment=toy2d&preset=draw');
    await expect(page.locator('[data-panel="draw-hint"]')).toContainText('Draw at least');
    const plot = await box(page.locator('[data-panel="heatmap"]'));
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight), 'the page can scroll').toBeGreaterThan(200);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    // One finger stroke up the plot: on a plain page this gesture scrolls down.
    const cdp = await page.context().newCDPSession(page);
    const at = (i: number) => [{ x: plot.x + plot.width * (0.25 + 0.025 * i), y: plot.y + plot.height * (0.85 - 0.035 * i), id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let i = 1; i <= 20; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => (await api(page, (g) => g.getData())).length).toBeGreaterThanOrEqual(10);
    await expect.poll(async () => ((await page.locator('[data-panel="scatter"] path.real').getAttribute('d')) ?? '').length).toBeGreaterThan(50);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    // a tap adds one point
    const before = (await api(page, (g) => g.getData())).length;
    await page.touchscreen.tap(plot.x + plot.width * 0.7, plot.y + plot.height * 0.3);
    await expect.poll(async () => (await api(page, (g) => g.getData())).length).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  test('no sideways scrolling on the narrowest and widest phones, 360 and 430 px', async ({ page }) => {
    test.setTimeout(180_000);
    for (const width of [360, 430]) {
      await page.setViewportSize({ width, height: 800 });
      for (const experiment of EXPERIMENTS) {
        await openPlayground(page, `?experiment=${experiment}`);
        const main = await mainPanel(page, experiment);
        expect(main.x + main.width, `${experiment} at ${width} px: main panel right edge`).toBeLessThanOrEqual(width);
        expect(await horizontalOverflow(page), `${experiment} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });

  test('the panels follow the screen when it rotates', async ({ page }) => {
    await openPlayground(page, '?experiment=gaussian1d');
    const portrait = await mainPanel(page, 'gaussian1d');
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(async () => (await mainPanel(page, 'gaussian1d')).width).toBeGreaterThan(750);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => (await mainPanel(page, 'gaussian1d')).width).toBeLessThan(portrait.width);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('tablet, 768 × 1024', () => {
  test.use({ viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true });

  test('the main panel across the top, the other panels in two columns, nothing wider than the screen', async ({ page }) => {
    await openPlayground(page, '?experiment=gaussian1d');
    const main = await mainPanel(page, 'gaussian1d');
    expect(main.y).toBeLessThan(200);
    expect(main.y + main.height).toBeLessThanOrEqual(1024);
    expect(main.width).toBeGreaterThan(700);
    const losses = await box(page.locator('[data-panel="losses"]'));
    const divergence = await box(page.locator('[data-panel="divergence"]'));
    expect(Math.abs(losses.y - divergence.y), 'losses and divergences side by side').toBeLessThan(2);
    expect(divergence.x).toBeGreaterThanOrEqual(losses.x + losses.width);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page, 'body')).toEqual([]);
  });
});

test.describe('presenter mode on a 1280 × 720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the main panel starts within 160 px, is 400 px tall and fits; the losses beside it', async ({ page }) => {
    test.setTimeout(150_000);
    for (const experiment of EXPERIMENTS) {
      await openPlayground(page, `?experiment=${experiment}&presenter=1`);
      await expect(page.locator('html')).toHaveClass(/presenter/);
      const main = await mainPanel(page, experiment);
      expect(main.y, `${experiment}: main panel top`).toBeLessThanOrEqual(160);
      expect(main.height, `${experiment}: main panel height`).toBeGreaterThanOrEqual(400);
      expect(main.y + main.height, `${experiment}: main panel bottom`).toBeLessThanOrEqual(720);
      const losses = await box(page.locator('[data-panel="losses"]'));
      expect(losses.x, `${experiment}: losses beside the main panel`).toBeGreaterThanOrEqual(main.x + main.width);
      expect(losses.y, `${experiment}: losses start on the first screen`).toBeLessThan(400);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // Large type stays for the panels.
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);
    }
  });

  test('every control is reachable through the drawer by keyboard: focus moves in, Escape closes, focus returns', async ({ page }) => {
    const errors = watchErrors(page);
    await openPlayground(page, '?experiment=gaussian1d&presenter=1');
    const opener = page.getByRole('button', { name: 'Controls', exact: true });
    const drawer = page.getByRole('dialog', { name: 'Controls' });
    await expect(drawer).toBeHidden();
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(drawer).toBeVisible();
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-dialog="controls"]') !== null), 'focus moved into the drawer').toBe(true);

    // Tab through the drawer: every parameter (the speed sits in the bar) gets the focus, and the focus stays inside.
    const keys = Object.keys(await api(page, (g) => g.getParams())).filter((k) => k !== 'speed');
    expect(keys.length).toBeGreaterThan(8);
    const reached = new Set<string>();
    const focusables = await drawer.locator('button:not([disabled]), select, input:not([type="hidden"]):not([hidden]), a[href], [tabindex="0"]').count();
    for (let i = 0; i < focusables + 5; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return { inside: el?.closest('[data-dialog="controls"]') !== null || el === document.body, param: el?.getAttribute('data-param') ?? null };
      });
      expect(where.inside, 'focus stays in the open drawer').toBe(true);
      if (where.param) reached.add(where.param);
    }
    expect(keys.filter((k) => !reached.has(k)), 'parameters never reached by Tab').toEqual([]);

    // a control in the drawer works from the keyboard
    const loss = drawer.locator('[data-param="loss"]');
    await loss.focus();
    await loss.selectOption('minimax');
    await expect.poll(async () => (await api(page, (g) => g.getParams())).loss).toBe('minimax');

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
    // the single updates, the timeline, export and the theme are in the drawer too
    await opener.click();
    for (const action of ['update-d', 'update-g', 'copy-link', 'theme', 'fullscreen', 'shortcuts', 'export-png', 'save-checkpoint']) {
      await expect(drawer.locator(`[data-action="${action}"]`), action).toBeVisible();
    }
    await expect(drawer.locator('[data-control="experiment"]')).toBeVisible();
    await drawer.getByRole('button', { name: 'Close controls' }).click();
    await expect(drawer).toBeHidden();
    expect(errors).toEqual([]);
  });
});

test.describe('presenter mode on a 1920 × 1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the main panel and the losses are fully on the screen', async ({ page }) => {
    test.setTimeout(150_000);
    for (const experiment of EXPERIMENTS) {
      await openPlayground(page, `?experiment=${experiment}&presenter=1`);
      const main = await mainPanel(page, experiment);
      const losses = await box(page.locator('[data-panel="losses"]'));
      for (const [name, b] of [['main panel', main], ['losses', losses]] as const) {
        expect(b.y, `${experiment}: ${name} top`).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height, `${experiment}: ${name} bottom`).toBeLessThanOrEqual(1080);
        expect(b.x + b.width, `${experiment}: ${name} right`).toBeLessThanOrEqual(1920);
      }
      expect(main.height, `${experiment}: main panel height`).toBeGreaterThanOrEqual(400);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }
  });
});

test('icons are SVG, not emoji: the copy-link and full-screen buttons have an icon and a name', async ({ page }) => {
  await openPlayground(page);
  for (const action of ['copy-link', 'fullscreen', 'play', 'reset', 'step']) {
    const button = page.locator(`[data-action="${action}"]`);
    await expect(button.locator('svg.icon'), action).toHaveCount(1);
    await expect(button, action).toHaveAccessibleName(/\w/);
  }
  const texts = await page.locator('button').allTextContents();
  // emoji and the symbols that were used as icons (link, full screen, play, pause, reset, check)
  expect(texts.filter((t) => /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{26F6}\u{25B6}\u{275A}\u{21BA}]/u.test(t))).toEqual([]);
});
