// Installable and offline: after one visit the service worker has precached the site, so the page opens and trains
// with no network; the manifest makes it installable; nothing is requested from another origin.
import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { api, status, watchErrors } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the page opens and trains offline (service worker), with a web app manifest', async ({ page, context }) => {
  const errors = watchErrors(page);
  const origins = new Set<string>();
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  // a copy of the site on a server of its own, which the test then shuts down: after that only the service worker
  // can serve the page (Chromium's offline emulation alone no longer guarantees navigator.onLine = false)
  const site = await serveCopy();
  let siteUp = true;
  try {
    await page.goto(site.url);
    await page.waitForFunction(() => window.ganPlayground !== undefined);
    await page.evaluate(() => window.ganPlayground!.ready);
    // the worker installs once the page is up, precaching the site (the MNIST digits and classifier too; Workbox
    // keys files whose names carry no hash by a revision query)
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 45_000 })
      .toBe('activated');
    const cached = await page.evaluate(async () => {
      const has = async (path: string) => (await caches.match(new URL(path, location.href).href, { ignoreSearch: true })) !== undefined;
      return { digits: await has('data/mnist-digits.bin.gz'), classifier: await has('data/digit-classifier.bin'), index: await has('index.html') };
    });
    expect(cached).toEqual({ digits: true, classifier: true, index: true });
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
      return href ? (await fetch(href)).json() : null;
    });
    expect(manifest?.name).toBe('GAN Playground');
    expect(manifest?.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);

    await site.close();
    siteUp = false;
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.ganPlayground !== undefined);
    await page.evaluate(() => window.ganPlayground!.ready);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // nothing answers outside the worker's cache (the probe's own failed request is the one console error allowed)
    const beforeProbe = errors.length;
    expect(await page.evaluate(() => fetch('not-precached.txt').then((r) => `status ${r.status}`, () => 'no network'))).toBe('no network');
    await expect.poll(() => errors.length).toBeGreaterThan(beforeProbe);
    expect(errors.splice(beforeProbe).every((e) => e.includes('net::ERR_INTERNET_DISCONNECTED'))).toBe(true);
    await api(page, (g) => g.step(5));
    const s = await status(page);
    expect(s.step).toBe(5);
    expect(Number.isFinite(s.metrics.dLoss)).toBe(true);
  } finally {
    await context.setOffline(false);
    if (siteUp) await site.close();
  }
  expect([...origins].filter((o) => o !== new URL(site.url).origin)).toEqual([]);
  expect(errors).toEqual([]);
});

/** A static server for a copy of the built site, so that a test can deploy a new version under the same origin. */
async function serveCopy(): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync('dist', dir, { recursive: true });
  const types: Record<string, string> = {
    '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
    '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json', '.woff2': 'font/woff2',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`, dir,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      rmSync(dir, { recursive: true, force: true });
    }),
  };
}

test('a new deploy: its service worker installs beside the old one and the page says an update is ready', async ({ page }) => {
  const errors = watchErrors(page);
  const site = await serveCopy();
  try {
    const open = async () => {
      await page.waitForFunction(() => window.ganPlayground !== undefined);
      await page.evaluate(() => window.ganPlayground!.ready);
    };
    const workerState = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state);
    await page.goto(site.url);
    await open();
    await expect.poll(workerState, { timeout: 45_000 }).toBe('activated');
    // a second visit: the page is controlled by the installed worker, as a returning user's is
    await page.reload();
    await open();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.locator('[data-notice="update"]')).toHaveCount(0);
    // the next deploy: a new sw.js (as when any file's revision changes)
    appendFileSync(join(site.dir, 'sw.js'), '\n// next deploy\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.locator('[data-notice="update"]')).toContainText('A new version of the playground is ready', { timeout: 45_000 });
    // Update activates the waiting worker and reloads the page onto it
    await page.locator('[data-action="update"]').click();
    await expect.poll(() => page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r?.waiting === null && r.active?.state === 'activated' && document.querySelector('[data-notice="update"]') === null;
    }).catch(() => false), { timeout: 45_000 }).toBe(true);
    await open();
    expect(errors).toEqual([]);
  } finally {
    await site.close();
  }
});
