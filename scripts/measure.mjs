// Measures a preset's figures on WebGL (or another backend) in headless Chromium, on the production build's bench
// page: each seed trains in a fresh run to every checkpoint, and one line per seed is printed (and appended to
// MEASURE_LOG when set). The same figures on the CPU backend: src/bench/trace.measure.test.ts.
//   npx vite build && node scripts/measure.mjs '{"experiment":"gaussian1d","preset":"default","seeds":[1,2,3],"every":500,"until":10000}'
// Spec keys: experiment, preset, overrides (an object, or a list of objects measured in turn), seeds, every, until,
// backend (webgl | wasm | cpu; default webgl), show (metric names to print; default all).
// MEASURE_PORT sets the preview server's port (default 4190; the next free one when taken).
import { appendFileSync } from 'node:fs';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { formatTrace } from './traceFormat.mjs';

const spec = JSON.parse(process.argv[2] ?? '{}');
const { experiment, preset, seeds = [1], every = 500, until = 2000, backend = 'webgl', show } = spec;
if (!experiment || !preset) throw new Error('measure.mjs: the spec needs an experiment and a preset');
const overridesList = Array.isArray(spec.overrides) ? spec.overrides : [spec.overrides ?? {}];
const points = Array.from({ length: Math.floor(until / every) }, (_, i) => (i + 1) * every);
const log = (line) => {
  console.log(line);
  if (process.env.MEASURE_LOG) appendFileSync(process.env.MEASURE_LOG, line + '\n');
};

const server = await preview({ preview: { port: Number(process.env.MEASURE_PORT ?? 4190), strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(`${server.resolvedUrls.local[0]}bench.html?backend=${backend}`);
  await page.waitForFunction(() => window.ganBench !== undefined);
  const actual = await page.evaluate(() => window.ganBench.ready);
  for (const overrides of overridesList) {
    for (const seed of seeds) {
      const t0 = Date.now();
      const rows = await page.evaluate(
        ([e, p, o, pts]) => window.ganBench.trace(e, p, o, pts),
        [experiment, preset, { ...overrides, seed }, points],
      );
      log(`${actual} ${experiment}/${preset} ${JSON.stringify(overrides)} seed ${seed}: ${formatTrace(rows, show)} (${((Date.now() - t0) / 1000).toFixed(0)} s, loaded machine)`);
    }
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
