import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { api, openPlayground, status, watchErrors } from './helpers';

// Runs against the production build in dist/ (npm run test:e2e builds it first).
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const builtScripts = () =>
  readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f, text: readFileSync(join(DIST, 'assets', f), 'utf8') }));

function cspOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(
    content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * The one string-to-code call in the bundle: the WebAssembly backend's Emscripten glue, on its Node.js-only path
 * (worker threads reading a file with require("fs")). A browser never takes it, and the CSP would refuse it.
 */
const NODE_ONLY_EVAL = 'importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")';

test('the built JavaScript has no eval, new Function or Function("…") (string-to-code)', () => {
  const scripts = builtScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const patterns = [/\beval\s*\(/, /\(0\s*,\s*eval\)/, /\bnew\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/];
  const found = scripts.flatMap((s) => {
    const text = s.text.split(NODE_ONLY_EVAL).join('');
    return patterns.filter((p) => p.test(text)).map((p) => `${s.name}: ${p}`);
  });
  expect(found).toEqual([]);
  // The exception stays exactly one known Node.js-only call.
  expect(scripts.reduce((n, s) => n + s.text.split(NODE_ONLY_EVAL).length - 1, 0)).toBeLessThanOrEqual(1);
});

test('the built page carries a CSP that forbids inline script, eval and every other origin, and has no inline script', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = cspOf(html);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  for (const [name, sources] of csp) {
    // Only this site, data:/blob: images and the two documented allowances; never a host, scheme or wildcard.
    for (const s of sources) expect(["'self'", "'none'", "'wasm-unsafe-eval'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${s}`).toContain(s);
    if (name.startsWith('script')) expect(sources).not.toContain("'unsafe-inline'");
  }
  expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]); // KaTeX's style attributes, not script
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    expect(body.trim()).toBe('');
  }
});

test('in the browser the CSP blocks inline script, eval and requests to another origin; the page keeps training', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const w = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.body.append(inline);
    // String-to-code from the page's own tasks (a test's evaluate() itself is exempt from the page's CSP): a string
    // timer is eval, an onclick attribute is inline script.
    const timer = window.setTimeout as unknown as (code: string, ms: number) => number;
    timer('window.evalRan = true', 0);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.handlerRan = true');
    document.body.append(button);
    button.click();
    const remote = await fetch('http://203.0.113.1/x.json').then(() => 'fetched', () => 'refused');
    const img = document.createElement('img');
    img.src = 'http://203.0.113.1/pixel.png';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300)); // violation events are dispatched asynchronously
    for (const e of [inline, img, button]) e.remove();
    return {
      inlineRan: w.inlineRan ?? false, evalRan: w.evalRan ?? false, handlerRan: w.handlerRan ?? false, remote,
      violations: [...new Set(violations)].sort(),
    };
  });
  expect(outcome).toEqual({
    inlineRan: false, evalRan: false, handlerRan: false, remote: 'refused',
    violations: ['connect-src', 'img-src', 'script-src', 'script-src-attr', 'script-src-elem'],
  });
  await api(page, (g) => g.step(3));
  expect((await status(page)).step).toBe(3);
  // The blocked attempts log CSP errors to the console; nothing else may.
  expect(errors.filter((e) => !/Content Security Policy|Failed to fetch|ERR_BLOCKED/i.test(e))).toEqual([]);
});

test('explanations typeset with bundled KaTeX fonts: every request stays same-origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openPlayground(page);
  await api(page, (g) => g.step(5));
  await expect(page.locator('[data-panel="explain"] .katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(requests.some((u) => /KaTeX_.*\.woff2$/.test(u))).toBe(true);
  expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)).toEqual([]);
});

test('drawn data: invalid or too many points are refused by name and the run is untouched', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=toy2d&preset=draw');
  await page.evaluate(() => window.ganPlayground!.setData(Array.from({ length: 40 }, (_, i) => [Math.cos(i), Math.sin(i) + 1])));
  await api(page, (g) => g.step(4));
  const before = { status: await status(page), data: await api(page, (g) => g.getData()) };
  const refusals = await page.evaluate(async () => {
    const g = window.ganPlayground!;
    const attempts: unknown[] = [
      [[0, Number.NaN]],
      [[0, 1, 2]],
      [[0, 1e9]],
      'not rows',
      Array.from({ length: 5001 }, () => [0, 0]),
    ];
    const out: string[] = [];
    for (const rows of attempts) out.push(await g.setData(rows as number[][]).then(() => 'accepted', (e: Error) => e.message));
    return out;
  });
  expect(refusals[0]).toMatch(/finite/);
  expect(refusals[1]).toMatch(/pair/);
  expect(refusals[2]).toMatch(/outside/);
  expect(refusals[3]).toMatch(/array/);
  expect(refusals[4]).toMatch(/at most 5000/);
  const after = await status(page);
  expect(after.step).toBe(before.status.step);
  expect(after.numTensors).toBe(before.status.numTensors);
  expect(after.error).toBeUndefined();
  expect(await api(page, (g) => g.getData())).toEqual(before.data);
  await api(page, (g) => g.step(2));
  expect((await status(page)).step).toBe(before.status.step + 2);
  expect(errors).toEqual([]);
});

test('a checkpoint that does not fit the model, or is too big, is refused and the run is untouched', async ({ page }) => {
  const errors = watchErrors(page);
  await openPlayground(page, '?seed=4');
  await api(page, (g) => g.step(10));
  const saved = await api(page, (g) => g.saveCheckpoint());
  await api(page, (g) => g.step(5));
  const before = { status: await status(page), params: await api(page, (g) => g.getParams()) };
  // A well-formed file whose tensors do not fit its own architecture: the shape check must catch it.
  const doc = JSON.parse(saved) as { params: Record<string, unknown> };
  doc.params.hiddenD = '3';
  const misfit = JSON.stringify(doc);
  const results = await page.evaluate(async (text) => {
    const g = window.ganPlayground!;
    const load = (t: string) => g.loadCheckpoint(t).then(() => 'loaded', (e: Error) => e.message);
    return [await load(text), await load(' '.repeat(64 * 1024 * 1024 + 1))];
  }, misfit);
  expect(results[0]).toMatch(/does not fit/);
  expect(results[1]).toMatch(/too big/);
  const after = await status(page);
  expect(after.step).toBe(before.status.step);
  expect(after.numTensors).toBe(before.status.numTensors);
  expect(after.error).toBeUndefined();
  expect(await api(page, (g) => g.getParams())).toEqual(before.params);
  expect(errors).toEqual([]);
});
