// node scripts/screenshots.mjs: photographs the production build (dist/, from `npm run build`) at each layout the
// page is made for — phone, tablet, laptop, and presenter mode on a 720p and a 1080p projector — into docs/.
// SCREENSHOT_PORT sets the preview server's port (default 4191). Training runs a fixed number of steps with a fixed
// seed first, so the pictures show a GAN that has learnt something and are the same from one run to the next.
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const MAIN_PANEL = { gaussian1d: 'density', toy2d: 'scatter', mnist: 'samples' };
const SHOTS = [
  { file: 'layout-phone.png', viewport: { width: 390, height: 844 }, mobile: true, query: '?experiment=toy2d&preset=ring8&seed=1', steps: 400 },
  { file: 'layout-tablet.png', viewport: { width: 768, height: 1024 }, mobile: true, query: '?experiment=gaussian1d&seed=1', steps: 600 },
  { file: 'layout-laptop.png', viewport: { width: 1280, height: 800 }, query: '?experiment=gaussian1d&seed=1', steps: 600 },
  { file: 'layout-presenter-720p.png', viewport: { width: 1280, height: 720 }, query: '?experiment=gaussian1d&seed=1&presenter=1', steps: 600 },
  { file: 'layout-presenter-1080p.png', viewport: { width: 1920, height: 1080 }, query: '?experiment=toy2d&preset=ring8&seed=1&presenter=1', steps: 400 },
];

const port = Number(process.env.SCREENSHOT_PORT ?? 4191);
const server = await preview({ preview: { port, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
mkdirSync('docs', { recursive: true });
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      serviceWorkers: 'block', viewport: shot.viewport, isMobile: shot.mobile === true, hasTouch: shot.mobile === true, colorScheme: 'light', reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${base}${shot.query}`);
    await page.waitForFunction(() => window.ganPlayground !== undefined);
    await page.evaluate(() => window.ganPlayground.ready);
    await page.evaluate((n) => window.ganPlayground.step(n), shot.steps);
    // the panels draw the frame that step() read back on the next animation frame; give them two
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `docs/${shot.file}` });
    // what the layout tests hold it to: the main panel's box, sideways overflow, the smallest button or select
    const experiment = new URLSearchParams(shot.query).get('experiment');
    const main = await page.locator(`[data-panel="${MAIN_PANEL[experiment]}"]`).boundingBox();
    const measured = await page.evaluate(() => {
      const targets = [...document.querySelectorAll('button, select')].filter((el) => el.checkVisibility());
      const sides = targets.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height));
      return { overflow: document.documentElement.scrollWidth - innerWidth, smallestTarget: Math.round(Math.min(...sides)) };
    });
    console.log(`docs/${shot.file}: main panel top ${Math.round(main.y)} px, height ${Math.round(main.height)} px, ` +
      `overflow ${measured.overflow} px, smallest button or select ${measured.smallestTarget} px`);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
