// Trains the shipped trained starts (issue 14): each preset below from seed 1 on the production build, in Chromium,
// stepping in chunks so that the metric history (and MNIST's sample-grid timeline) records the whole run, then
// saves checkpoint + history + timeline to public/trained/<experiment>-<preset>.json (src/core/trainedStart.ts).
// Deterministic for a backend: the same seed and steps give the same file on the same machine and browser.
//
//   npm run build && node scripts/train-starts.mjs [--only toy2d:ring8] [--out public/trained] [--steps N] [--save-every N]
//
// --steps replaces the preset's step count; --save-every N also writes the file at every N steps (overwriting it),
// so a long run in software that has to stop early still leaves a trained start at its last multiple of N.
//
// CHROMIUM_PATH and CHROMIUM_ARGS (space-separated, replacing the software-WebGL flags) choose the browser; a machine
// with a GPU trains MNIST in minutes where software WebGL needs hours. List each written file in
// src/experiments/trainedStarts.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

export const STARTS = [
  { experiment: 'toy2d', preset: 'ring8', steps: 2000, chunk: 20 },
  { experiment: 'mnist', preset: 'vanilla', steps: 20000, chunk: 250 },
  { experiment: 'mnist', preset: 'deep', steps: 10000, chunk: 25 },
];

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only');
const outDir = arg('--out') ?? 'public/trained';
const stepsOverride = arg('--steps') === undefined ? undefined : Number(arg('--steps'));
const saveEvery = arg('--save-every') === undefined ? undefined : Number(arg('--save-every'));
const args = process.env.CHROMIUM_ARGS ? process.env.CHROMIUM_ARGS.split(' ').filter(Boolean) : CHROMIUM_ARGS;

const server = await preview({ preview: { port: Number(process.env.TRAIN_PORT ?? 4191), strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args });
mkdirSync(outDir, { recursive: true });
try {
  for (const s of STARTS.filter((x) => !only || `${x.experiment}:${x.preset}` === only)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${base}?experiment=${s.experiment}&preset=${s.preset}&seed=1`);
    await page.waitForFunction(() => window.ganPlayground !== undefined);
    await page.evaluate(() => window.ganPlayground.ready);
    const t0 = Date.now();
    const steps = stepsOverride ?? s.steps;
    const save = async (file) => {
      const status = await page.evaluate(() => window.ganPlayground.getStatus());
      if (status.divergedAt !== undefined) throw new Error(`${s.experiment} ${s.preset} diverged at step ${status.divergedAt}`);
      const text = await page.evaluate(() => window.ganPlayground.exportTrainedStart());
      writeFileSync(file, text);
      const seconds = (Date.now() - t0) / 1000;
      console.error(`wrote ${file}: ${(text.length / 2 ** 20).toFixed(2)} MiB, ${status.step} steps in ${seconds.toFixed(0)} s on ${status.backend} (${status.renderer})`);
      console.log(JSON.stringify({ file, bytes: text.length, steps: status.step, seconds, backend: status.backend, renderer: status.renderer, metrics: status.metrics }));
      return status;
    };
    const file = join(outDir, `${s.experiment}-${s.preset}.json`);
    // A step(n) call that runs into the page's time bound keeps the steps it finished, so the loop counts the steps
    // the page reports rather than the ones it asked for.
    let done = 0;
    let lastSaved = 0;
    let lastLog = 0;
    while (done < steps) {
      await page.evaluate((k) => window.ganPlayground.step(k), Math.min(s.chunk, steps - done)).catch((e) => {
        // On a loaded machine a chunk can run past the page's bound: the steps it finished are kept, so go on.
        if (!String(e).includes('did not finish within')) throw e;
        console.error(`${s.experiment} ${s.preset}: a chunk ran past the page's time bound; going on from the step it reached`);
      });
      done = await page.evaluate(() => window.ganPlayground.getStatus().step);
      if (done - lastLog >= 20 * s.chunk || done === steps || lastLog === 0) {
        lastLog = done;
        console.error(`${s.experiment} ${s.preset}: step ${done} of ${steps} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
      if (saveEvery !== undefined && done < steps && Math.floor(done / saveEvery) > Math.floor(lastSaved / saveEvery)) {
        lastSaved = done;
        await save(file);
      }
    }
    const status = await save(file);
    if (status.step !== steps) throw new Error(`${s.experiment} ${s.preset} ended at step ${status.step}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
