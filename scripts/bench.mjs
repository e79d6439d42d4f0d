// npm run bench: measures the production build in headless Chromium and prints one JSON document and a table.
//   --quick        a few steps per measurement (CI smoke: checks the benchmark runs and its JSON is valid)
//   --out FILE     also write the JSON to FILE
// The cases run on WebGL (the default backend); the 1-D, 2-D and MNIST vanilla cases run again on WebAssembly.
// Figures: training steps/s of the app's fast path against a tutorial-style reference in the same page, frame
// intervals and steps/s while playing with every panel live, tensor count and GPU bytes across many steps,
// time from navigation to the first training step, and the size of the built JavaScript.
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outFile = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;
// MNIST steps cost ~100× a toy step, so its cases measure fewer (BENCH_* variables override).
const STEPS = Number(process.env.BENCH_STEPS ?? (quick ? 20 : 600));
const HEAVY_STEPS = Number(process.env.BENCH_HEAVY_STEPS ?? (quick ? 3 : 60));
const MEMORY_STEPS = Number(process.env.BENCH_MEMORY_STEPS ?? (quick ? 50 : 5000));
// Memory is watched over 5,000 steps for every experiment (MNIST through its vanilla preset); the deep preset, four
// times slower, over 300.
const HEAVY_MEMORY_STEPS = Number(process.env.BENCH_HEAVY_MEMORY_STEPS ?? (quick ? 5 : 300));
const memorySteps = (c) => (c.name === 'MNIST vanilla' && !quick && !process.env.BENCH_HEAVY_MEMORY_STEPS ? MEMORY_STEPS : c.heavy ? HEAVY_MEMORY_STEPS : MEMORY_STEPS);
const PLAY_SECONDS = quick ? 2 : 8;
const WASM_CASES = ['1-D jang', '2-D parabola', 'MNIST vanilla'];

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

/** Plays the app for a while and records frame intervals (the page's own rAF), steps/s and main-thread stalls. */
async function measurePlaying(page, base, query) {
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground.ready);
  return page.evaluate(async (seconds) => {
    const g = window.ganPlayground;
    await g.step(5);
    const intervals = [];
    const longTasks = [];
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    try {
      obs.observe({ type: 'longtask', buffered: false });
    } catch {
      // longtask timing is not available everywhere
    }
    const stepBefore = g.getStatus().step;
    g.play();
    const start = performance.now();
    await new Promise((resolve) => {
      let last = performance.now();
      const frame = (t) => {
        intervals.push(t - last);
        last = t;
        if (t - start < seconds * 1000) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    // how quickly the page answers a click while training
    const button = document.querySelector('[data-action="play"]');
    const clickStart = performance.now();
    const answered = new Promise((resolve) => button.addEventListener('click', () => resolve(performance.now() - clickStart), { once: true }));
    setTimeout(() => button.click(), 0);
    const clickMs = await answered;
    const status = g.getStatus();
    g.pause();
    obs.disconnect();
    const elapsed = (performance.now() - start) / 1000;
    const sorted = intervals.slice(1).sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return {
      medianFrameMs: q(0.5),
      p95FrameMs: q(0.95),
      fpsFromMedian: 1000 / q(0.5),
      frames: sorted.length,
      stepsPerSecond: (status.step - stepBefore) / elapsed,
      panelRedrawsPerSecond: status.fps,
      clickAnsweredMs: clickMs,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    };
  }, PLAY_SECONDS);
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

const server = await preview({ preview: { port: 4190, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const result = { quick, machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30) } };
try {
  const page = await browser.newPage();
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
  const wasmPage = await browser.newPage();
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
  const app = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  result.playing = {};
  for (const id of ['gaussian1d', 'toy2d', 'mnist']) result.playing[id] = await measurePlaying(app, base, `?experiment=${id}`);
  result.timeToFirstStepMs = await timeToFirstStep(app, base);
  result.bundle = bundleSize();
} finally {
  await browser.close();
  await server.close();
}

const json = JSON.stringify(result, null, 2);
JSON.parse(json); // the smoke check: the document must be valid JSON
console.log(json);
if (outFile) writeFileSync(outFile, json + '\n');

const fmt = (v, d = 1) => (typeof v === 'number' ? v.toFixed(d) : String(v));
console.log('\ncase (WebGL)    fast steps/s   reference steps/s   ratio   kernels/step fast→ref   tensors before→after   GPU bytes before→after');
for (const c of result.cases) {
  const k = c.kernelsPerStep;
  const m = c.memory;
  console.log(
    `${c.name.padEnd(15)} ${fmt(c.fast.stepsPerSecond).padStart(13)} ${fmt(c.reference.stepsPerSecond).padStart(19)} ${fmt(c.ratio, 2).padStart(7)}` +
      `   ${`${fmt(k.fast, 0)}→${fmt(k.reference, 0)}`.padStart(21)}` +
      `   ${`${m?.tensorsBefore}→${m?.tensorsAfter}`.padStart(20)}   ${`${m?.bytesBefore}→${m?.bytesAfter}`.padStart(22)}`,
  );
}
console.log(`\ncase            fast on ${result.wasm.backend} steps/s   reference on ${result.wasm.backend}   reference on WebGL   fast ${result.wasm.backend} / ref ${result.wasm.backend}   fast ${result.wasm.backend} / ref WebGL`);
for (const c of result.wasm.cases) {
  const webgl = result.cases.find((x) => x.name === c.name);
  console.log(
    `${c.name.padEnd(15)} ${fmt(c.fast.stepsPerSecond).padStart(21)} ${fmt(c.reference.stepsPerSecond).padStart(19)} ${fmt(webgl.reference.stepsPerSecond).padStart(20)}` +
      ` ${fmt(c.ratio, 2).padStart(22)} ${fmt(c.fast.stepsPerSecond / webgl.reference.stepsPerSecond, 2).padStart(22)}`,
  );
}
for (const [name, p] of Object.entries(result.playing)) {
  console.log(`playing ${name}: median frame ${fmt(p.medianFrameMs)} ms, p95 ${fmt(p.p95FrameMs)} ms, ${fmt(p.stepsPerSecond)} steps/s, click answered in ${fmt(p.clickAnsweredMs)} ms`);
}
console.log(`first step after ${fmt(result.timeToFirstStepMs, 0)} ms; JS ${result.bundle.rawBytes} B raw, ${result.bundle.gzipBytes} B gzip; renderer: ${result.renderer}`);
