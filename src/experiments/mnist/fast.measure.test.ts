// Measurement behind the `fast` preset's figures, skipped unless FAST_MEASURE is set (FAST_LOG: append to a file).
// Trains a preset (default `fast`) with any settings changed by `over` and prints, at each listed step, the
// classifier score of 1,000 samples (fixed z), the smallest class share among them, and the time taken:
//   FAST_MEASURE='{"seeds":[1,2,3],"steps":[500,1000,1500,2000],"over":{},"backend":"wasm"}' npx vitest run src/experiments/mnist/fast.measure.test.ts
// "parzen": true adds Goodfellow et al.'s Table 1 row at the last step, with 2,000 and 10,000 generated digits.
// Without "backend" it trains on the CPU backend; "wasm" is the same math several times faster in Node (the random
// draws are made by tfjs-core, so a seed draws the same batches on both).
import { appendFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../core/tf';
import { useCpuBackend } from '../../testing/cpuBackend';
import { diskAssets } from '../../testing/mnistAssets';
import { presetParams } from '../../params/schema';
import { mnistSchema } from './schema';
import { MnistRun } from './run';
import { useFasterWasmKernels } from '../../engine/wasmKernels';

const spec = process.env.FAST_MEASURE;

/** The smallest share of one class among the generated digits the classifier judged. */
export function smallestShare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  return Math.min(...counts) / Math.max(total, 1);
}

/** A measurement line: appended to FAST_LOG when set, else printed. */
function report(line: string): void {
  if (process.env.FAST_LOG) appendFileSync(process.env.FAST_LOG, line + '\n');
  else console.log(line);
}

describe.skipIf(!spec)('fast preset measurement', () => {
  beforeAll(useCpuBackend);
  it('prints the classifier score and the smallest class share over steps', async () => {
    const { seeds, steps, over, backend, preset, parzen } = JSON.parse(spec!) as {
      seeds: number[]; steps: number[]; over?: Record<string, string | number | boolean>; backend?: string; preset?: string;
      /** Also Goodfellow et al.'s Table 1 row at the last step, with 2,000 and with 10,000 generated digits. */
      parzen?: boolean;
    };
    if (backend) {
      await tf.setBackend(backend);
      await tf.ready();
      // the page's WebAssembly kernels (engine/wasmKernels.ts)
      if (backend === 'wasm') useFasterWasmKernels();
    }
    const name = preset ?? 'fast';
    for (const seed of seeds) {
      const run = await MnistRun.create({ ...presetParams(mnistSchema, name), ...over, seed }, undefined, diskAssets);
      const t0 = Date.now();
      for (const until of steps) {
        run.trainSteps(until - run.step);
        run.requestEvaluation();
        const s = await run.snapshot();
        const counts = s.classes?.counts ?? [];
        const line = `MEASURE ${name} ${tf.getBackend()} ${JSON.stringify(over ?? {})} seed ${seed} step ${until}: score ${s.classes?.score.toFixed(2)} ` +
          `min share ${(100 * smallestShare(counts)).toFixed(1)}% counts ${counts.join(',')} dLoss ${s.metrics.dLoss?.toFixed(3)} ` +
          `gLoss ${s.metrics.gLoss?.toFixed(3)} paths ${JSON.stringify(run.paths)} t=${((Date.now() - t0) / 1000).toFixed(0)}s`;
        report(line);
      }
      for (const centres of parzen ? [2000, 10000] : []) {
        const row = await run.paperRow(undefined, centres);
        const line = `MEASURE ${name} ${tf.getBackend()} ${JSON.stringify(over ?? {})} seed ${seed} step ${run.step}: Parzen ` +
          `${row.mean.toFixed(1)} ± ${row.stdError.toFixed(1)} (σ ${row.sigma.toFixed(3)}, ${centres} generated digits)`;
        report(line);
      }
      run.dispose();
    }
  }, 7_200_000);
});

// Measured with this harness on the WASM backend, seed 1 (classifier score, smallest class share of 1,000 samples)
// at steps 250 / 500 / 1,000 / 1,500 / 2,000, on a shared 2-core machine under heavy load (25–30 minutes per 1,000
// steps): the preset 1.14, 0% / 1.85, 0% / 4.80, 1.7% / 4.84, 1.2% / 4.85, 3.1% (47 minutes); D and G 256 wide at
// η 5e-4 with z ~ N(0, 1) 1.37 / 1.67 / 4.36, 0% / 4.85, 0.7% / 4.99, 1.3%; D and G 256 wide at η 2e-4 1.02 / 1.20, 0%
// (stopped). On WebGL (e2e/mnist.spec.ts, FAST_MEASURE) the preset scored 4.94 / 5.04 / 5.24 after 2,000 steps,
// seeds 1 / 2 / 3, its smallest class 2.4% / 1.6% / 1.6%: short of the target (score 6, every class 3%).
// Later candidates, WASM, same harness, loaded machine (score, smallest class; steps as listed):
// - the preset with samples from the averaged G (averageG 0.999; training unchanged), steps 500 / 1,000 / 1,500 /
//   2,000: seed 1 1.74, 0% / 4.74, 1.8% / 4.76, 0.3% / 5.07, 2.3%; seed 2 1.51, 0% / 5.10, 2.7% / 5.55, 4.6% /
//   5.56, 5.2%; seed 3 1.64, 0.3% / 4.84, 3.1% / 5.00, 1.6% / 5.28, 1.4% (about 19 minutes each, three at once).
//   A little higher scores than G itself, coverage no better: the rarest digit is 0 in all three.
// - G 100→256→512→784 (two hidden layers), otherwise the preset, seed 1, steps 250 / 500: 1.00, 0% / 1.17, 0%
//   (one digit; stopped); with D 784→256→1 and η 5e-4 as well: 1.03, 0% / 1.06, 0% (stopped). The same two-layer G
//   with averageG 0.999, seed 1, steps 1,000 / 1,500 / 2,000: 3.93, 0.6% / 5.21, 3.2% / 4.63, 1.1% (35 minutes,
//   two runs at once; digits 0 and 6 fall to 1.1% at the end); with D 784→256→1 as well: 4.18, 0.2% at step 1,000
//   (20 minutes; stopped). None reaches the target, and none beats the preset on both numbers at step 2,000, so
//   the preset is unchanged.
// Settings-only candidates (no new code), WASM, seed 1 unless said, steps 1,000 / 1,500 / 2,000 (score, smallest
// class), one run at a time on a lightly loaded machine (3–6 minutes a run); each changes the preset by the keys named:
// - batch 256 with averageG 0.999: 4.91, 2.5% / 4.83, 0.8% / 4.99, 0.7% (step 500: 1.73, 0%). lrD 2e-3: 4.85,
//   4.9% / 5.24, 3.3% / 5.06, 2.5%. beta2 0.99: 4.90, 3.7% / 4.60, 0.8% / 5.02, 2.3%. k 2: 4.07, 0.7% / 4.77, 1.2% /
//   4.98, 2.1%. loss lsgan: 1.10, 0% / 2.02, 0% / 4.28, 1.7% (894 of 1,000 samples one digit at step 1,000).
// - G learning faster than D (lrG > lrD = 1e-3) is the one change that helps: lrG 2e-3 5.10, 2.4% / 5.00, 2.9% /
//   5.38, 3.9% (with averageG 0.999: 5.33, 2.7% / 5.19, 2.3% / 5.57, 3.2%); lrG 3e-3 5.13, 1.7% / 5.75, 6.6% /
//   5.72, 4.2%, seed 2 5.22, 3.6% / 5.78, 4.1% / 5.29, 3.0%, seed 3 5.14, 4.4% / 5.30, 2.6% / 5.25, 3.7% (every
//   class ≥ 3% at step 2,000 on all three seeds; the score 5.25–5.72, short of 6); lrG 4e-3 5.17, 2.7% / 5.29,
//   5.3% / 5.47, 2.0%; lrG 5e-3 5.33, 4.8% / 5.60, 4.0% / 5.64, 2.2%; lrG 4e-3 with lrD 2e-3 5.45, 4.2% / 5.35,
//   6.0% / 5.57, 4.2%; lrG 2e-3 with kG 2 4.87, 3.5% / 4.95, 4.1% / 5.49, 5.4%.
// - lrG 3e-3 combined: with lrD 5e-4 4.15, 0.6% / 5.06, 2.8% / 5.32, 2.2%; averageG 0.999 5.33, 3.1% / 5.80,
//   4.8% / 5.64, 4.2%; hiddenD 256 5.17, 2.6% / 5.28, 4.5% / 4.89, 0.5%; hiddenG 512 4.75, 2.2% / 5.41, 5.3% /
//   5.64, 4.3%; batch 256 5.26, 3.7% / 5.70, 4.2% / 5.52, 3.8%; zDim 64 4.98, 2.2% / 5.25, 4.5% / 5.70, 6.2%;
//   prior normal 5.43, 2.5% / 5.66, 5.3% / 5.62, 3.7%; realLabel 1 4.99, 2.4% / 5.17, 2.8% / 5.72, 5.4%; kG 2
//   (two G updates per step) 4.85, 3.2% / 5.59, 4.3% / 5.95, 7.1%, the best at step 2,000; kG 3 4.81, 0.5% / 5.59,
//   5.4% / 5.90, 5.3%. lrG 3e-3 with kG 2, seed 2 5.31, 3.7% / 5.48, 3.1% / 5.96, 6.3%, seed 3 5.44, 6.3% /
//   5.35, 3.2% / 5.74, 7.2%: every class ≥ 3% on all three seeds, the score 5.74–5.96 at step 2,000.
//   None reaches score 6 at step 2,000; lrG 3e-3 with kG 2 comes closest and is better than the old preset on both
//   numbers for every seed, so the preset now trains with it.
// - lrG 3e-3 with kG 2 and the samples drawn from the averaged G (averageG 0.995, about the last 200 G updates;
//   training unchanged), steps 1,500 / 2,000: seed 1 5.79, 5.4% / 6.34, 6.2% (step 1,000 5.76, 6.1%); seed 2 5.64,
//   3.2% / 6.28, 3.7%; seed 3 5.87, 3.9% / 6.29, 3.3%. On WebGL (scripts/measure.mjs, loaded machine) at steps
//   1,000 / 2,000: 5.32, 4.9% / 6.02, 4.9%; 5.95, 3.4% / 6.06, 4.6%; 5.38, 2.5% / 6.04, 5.2%. Score 6 and every
//   class ≥ 3% on all three seeds and both backends: the preset now draws its samples so. Seed 1 (WASM) later:
//   6.40, 4.0% at step 2,500 and 6.75, 5.9% at 3,000. Its Table 1 row at step 2,000 ("parzen": true): 19.9 ± 5.8
//   with 2,000 generated digits, 55.7 ± 5.4 with 10,000 (σ 0.215). (Instance noise on D's
//   inputs, σ 0.1, seed 1: 5.65, 4.8% at step 2,000, worse than without.)
// - After session 13's WebAssembly products (XNNPACK, summed in another order), WebAssembly steps 1,000 / 2,000:
//   seed 1 5.58, 5.5% / 6.24, 3.9%; seed 2 5.50, 4.0% / 5.94, 4.9% (6.37 at 2,250, 6.50 at 2,500, 6.76 at 3,000);
//   seed 3 5.38, 3.8% / 6.15, 5.3%.
// The check, in every test run: it trains 2,000 MNIST steps of seed 1 on the WebAssembly backend (about a minute and
// a half in Node here since session 13's WebAssembly products; half an hour on the pure-JavaScript CPU backend) and
// holds the preset to the target (all ten digits, each at least 3%, and a classifier score of at least 6).
// FAST_COVERAGE=cpu trains on the CPU backend instead:
//   FAST_COVERAGE=cpu npx vitest run src/experiments/mnist/fast.measure.test.ts
const MIN_SCORE = 6;
const MIN_SHARE = 0.03;
const coverageBackend = process.env.FAST_COVERAGE ?? 'wasm';

describe(`fast preset after 2,000 steps (${coverageBackend})`, () => {
  beforeAll(useCpuBackend);
  it('draws all ten digits: classifier score at least 6 and every class at least 3% of 1,000 samples', async () => {
    if (coverageBackend === 'wasm') {
      await tf.setBackend('wasm');
      await tf.ready();
      useFasterWasmKernels();
    }
    const run = await MnistRun.create({ ...presetParams(mnistSchema, 'fast'), seed: 1 }, undefined, diskAssets);
    run.trainSteps(2000);
    run.requestEvaluation();
    const s = await run.snapshot();
    run.dispose();
    expect(s.classes!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(smallestShare(s.classes!.counts)).toBeGreaterThanOrEqual(MIN_SHARE);
  }, 14_400_000);
});
