// Installable and offline: after one visit the service worker has precached the site, so the page opens and trains
// with no network; the manifest makes it installable; nothing is requested from another origin.
import { expect, test } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the page opens and trains offline (service worker), with a web app manifest', async ({ page, context, baseURL }) => {
  const errors = watchErrors(page);
  const origins = new Set<string>();
  context.on('request', (r) => origins.add(new URL(r.url()).origin));
  await openPlayground(page);
  // the worker installs once the page is up, precaching the site (the MNIST digits and classifier too; Workbox
  // keys files whose names carry no hash by a revision query)
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { timeout: 45_000 })
    .toBe('activated');
  const cached = await page.evaluate(async () => {
    const has = async (path: string) => (await caches.match(new URL(path, location.href).href, { ignoreSearch: true })) !== undefined;
    return { digits: await has('data/mnist-digits.bin'), classifier: await has('data/digit-classifier.bin'), index: await has('index.html') };
  });
  expect(cached).toEqual({ digits: true, classifier: true, index: true });
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
    return href ? (await fetch(href)).json() : null;
  });
  expect(manifest?.name).toBe('GAN Playground');
  expect(manifest?.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground!.ready);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await api(page, (g) => g.step(5));
  const s = await status(page);
  expect(s.step).toBe(5);
  expect(Number.isFinite(s.metrics.dLoss)).toBe(true);
  await context.setOffline(false);

  expect([...origins].filter((o) => o !== new URL(baseURL!).origin)).toEqual([]);
  expect(errors).toEqual([]);
});
