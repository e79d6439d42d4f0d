// npm run bench: measures the production build in headless Chromium and prints one JSON document and a table.
//   --quick        a few steps per measurement (CI smoke: checks the benchmark runs and its JSON is valid)
//   --out FILE     also write the JSON to FILE
//   --live-only    only the live table (what a student sees), not the training cases
// BENCH_PORT sets the port of the preview server it starts (default 4190; the next free one when taken).
// The cases run on WebGL (the default backend); the 1-D, 2-D and MNIST vanilla cases run again on WebAssembly.
// Figures: training steps/s of the app's fast path against a tutorial-style reference in the same page, tensor
// count and GPU bytes across many steps, the live table (scripts/benchLive.mjs: per experiment and backend, main
// panel redraws/s, intervals between drawn frames, steps/s live and headless, click-to-visible latency), time from
// navigation to the first training step (on the benchmark's page, and again in a fresh browser context with no
// HTTP cache: a first visit), and the size of the built JavaScript.
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadSize } from './firstLoad.mjs';
import os from 'node:os';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { LIVE_TARGETS, installCanvasWatch, measureLive } from './benchLive.mjs';
import { printTables } from './benchTable.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const liveOnly = args.includes('--live-only');
const outFile = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;
// MNIST steps cost ~100× a toy step, so its cases measure fewer (BENCH_* variables override).
const STEPS = Number(process.env.BENCH_STEPS ?? (quick ? 20 : 600));
const HEAVY_STEPS = Number(process.env.BENCH_HEAVY_STEPS ?? (quick ? 3 : 60));
const MEMORY_STEPS = Number(process.env.BENCH_MEMORY_STEPS ?? (quick ? 50 : 5000));
// Memory is watched over 5,000 steps for every experiment (MNIST through its vanilla preset); the deep preset, four
// times slower, over 300.
const HEAVY_MEMORY_STEPS = Number(process.env.BENCH_HEAVY_MEMORY_STEPS ?? (quick ? 5 : 300));
const memorySteps = (c) => (c.name === 'MNIST vanilla' && !quick && !process.env.BENCH_HEAVY_MEMORY_STEPS ? MEMORY_STEPS : c.heavy ? HEAVY_MEMORY_STEPS : MEMORY_STEPS);
/** Every measurement is a first visit: no service worker serves the site from its cache or precaches meanwhile. */
const NO_SERVICE_WORKER = { serviceWorkers: 'block' };
const WASM_CASES = ['1-D jang', '2-D parabola', 'MNIST vanilla'];
// The live table: each experiment with its default preset (MNIST's is vanilla) on WebGL and WebAssembly, played for
// WARM_UP_SECONDS and then measured over PLAY_SECONDS, after `step(n)` is timed headless on the same page. The smoke
// run plays the 1-D experiment on WebGL only. BENCH_LIVE picks rows, e.g. "toy2d:wasm,mnist:webgl".
const PLAY_SECONDS = Number(process.env.BENCH_PLAY_SECONDS ?? (quick ? 2 : 8));
const WARM_UP_SECONDS = quick ? 0.5 : 1;
const LIVE_ROWS = (process.env.BENCH_LIVE ?? (quick ? 'gaussian1d:webgl' : 'gaussian1d:webgl,gaussian1d:wasm,toy2d:webgl,toy2d:wasm,mnist:webgl,mnist:wasm'))
  .split(',')
  .map((r) => r.trim().split(':'))
  .map(([experiment, backend = 'webgl']) => ({ experiment, backend }));
const headlessSteps = (experiment) => (experiment === 'mnist' ? (quick ? 5 : 30) : quick ? 30 : 300);

function bundleSize() {
  const dir = 'dist/assets';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('bench'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += statSync(join(dir, f)).size;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, rawBytes: raw, gzipBytes: gzip };
}

async function timeToFirstStep(page, base) {
  await page.goto(`${base}?autoplay=1`);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const poll = () => {
          const g = window.ganPlayground;
          if (g && g.getStatus().step >= 1) resolve(performance.now());
          else setTimeout(poll, 5);
        };
        poll();
      }),
  );
}

/** The training cases on bench.html: fast path against tutorial-style code, memory, and again on WebAssembly. */
async function measureCases(browser, base, result) {
  const page = await browser.newPage(NO_SERVICE_WORKER);
  await page.goto(`${base}bench.html`);
  await page.waitForFunction(() => window.ganBench !== undefined);
  result.backend = await page.evaluate(() => window.ganBench.ready);
  result.renderer = await page.evaluate(() => window.ganBench.renderer());
  result.softwareRenderer = /swiftshader|llvmpipe|software/i.test(result.renderer);
  result.matmulFlopsPerSecond = await page.evaluate((q) => window.ganBench.matmulFlops(q ? 128 : 512, q ? 2 : 10), quick);
  const cases = await page.evaluate(() => window.ganBench.cases());
  result.cases = [];
  for (const c of cases) {
    const [steps, mem] = [c.heavy ? HEAVY_STEPS : STEPS, memorySteps(c)];
    const r = await page.evaluate(([name, s, m]) => window.ganBench.runCase(name, s, m), [c.name, steps, mem]);
    console.error(`measured ${c.name}`);
    if (r.flopsPerSecond) r.shareOfMatmulPeak = r.flopsPerSecond / result.matmulFlopsPerSecond;
    result.cases.push(r);
  }
  // The same cases on the WebAssembly backend (throughput only; memory is measured on WebGL above)
  const wasmPage = await browser.newPage(NO_SERVICE_WORKER);
  await wasmPage.goto(`${base}bench.html?backend=wasm`);
  await wasmPage.waitForFunction(() => window.ganBench !== undefined);
  result.wasm = { backend: await wasmPage.evaluate(() => window.ganBench.ready), cases: [] };
  for (const c of cases.filter((x) => WASM_CASES.includes(x.name))) {
    const steps = c.heavy ? HEAVY_STEPS : STEPS;
    const r = await wasmPage.evaluate(([name, s]) => window.ganBench.runCase(name, s, 0), [c.name, steps]);
    console.error(`measured ${c.name} on ${result.wasm.backend}`);
    result.wasm.cases.push(r);
  }
  await wasmPage.close();
}

const server = await preview({ preview: { port: Number(process.env.BENCH_PORT ?? 4190), strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const result = { quick, machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30) } };
result.liveTargets = LIVE_TARGETS;
try {
  if (!liveOnly) await measureCases(browser, base, result);
  const app = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 900 } });
  await installCanvasWatch(app);
  result.live = [];
  for (const row of LIVE_ROWS) {
    const t0 = Date.now();
    result.live.push(await measureLive(app, base, { ...row, seconds: PLAY_SECONDS, warmUpSeconds: WARM_UP_SECONDS, headlessSteps: headlessSteps(row.experiment) }));
    console.error(`played ${row.experiment} on ${row.backend} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  result.timeToFirstStepMs = await timeToFirstStep(app, base);
  // A student's first visit: a fresh browser context (no HTTP cache), in the same browser (its shader cache is warm),
  // with the page above, still training, closed first.
  await app.close();
  const fresh = await browser.newContext(NO_SERVICE_WORKER);
  result.coldFirstStepMs = await timeToFirstStep(await fresh.newPage({ viewport: { width: 1280, height: 900 } }), base);
  await fresh.close();
  result.bundle = bundleSize();
  result.firstLoad = firstLoadSize();
} finally {
  await browser.close();
  await server.close();
}

const json = JSON.stringify(result, null, 2);
JSON.parse(json); // the smoke check: the document must be valid JSON
console.log(json);
if (outFile) writeFileSync(outFile, json + '\n');

printTables(result);
