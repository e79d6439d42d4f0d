// Measurement behind the `fast` preset's figures, skipped unless FAST_MEASURE is set (FAST_LOG: append to a file).
// Trains a preset (default `fast`) with any settings changed by `over` and prints, at each listed step, the
// classifier score of 1,000 samples (fixed z), the smallest class share among them, and the time taken:
//   FAST_MEASURE='{"seeds":[1,2,3],"steps":[500,1000,1500,2000],"over":{},"backend":"wasm"}' npx vitest run src/experiments/mnist/fast.measure.test.ts
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

const spec = process.env.FAST_MEASURE;

/** The smallest share of one class among the generated digits the classifier judged. */
export function smallestShare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  return Math.min(...counts) / Math.max(total, 1);
}

describe.skipIf(!spec)('fast preset measurement', () => {
  beforeAll(useCpuBackend);
  it('prints the classifier score and the smallest class share over steps', async () => {
    const { seeds, steps, over, backend, preset } = JSON.parse(spec!) as {
      seeds: number[]; steps: number[]; over?: Record<string, string | number | boolean>; backend?: string; preset?: string;
    };
    if (backend) {
      await tf.setBackend(backend);
      await tf.ready();
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
        if (process.env.FAST_LOG) appendFileSync(process.env.FAST_LOG, line + '\n');
        else console.log(line);
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
// The check, skipped unless FAST_COVERAGE is set (it trains 2,000 MNIST steps: half an hour or more on the WASM
// backend on a loaded shared 2-core machine, several times that on the pure-JavaScript CPU backend). It holds the
// preset to what it was measured to reach (all ten digits, score about 5), not yet to the target.
// FAST_COVERAGE=wasm trains on the WASM backend, anything else on the CPU backend:
//   FAST_COVERAGE=cpu npx vitest run src/experiments/mnist/fast.measure.test.ts
const MIN_SCORE = 4.5;
const MIN_SHARE = 0.01;
const coverageBackend = process.env.FAST_COVERAGE;

describe.skipIf(!coverageBackend)('fast preset after 2,000 steps', () => {
  beforeAll(useCpuBackend);
  it('draws all ten digits: classifier score at least 4.5 and every class at least 1% of 1,000 samples', async () => {
    if (coverageBackend === 'wasm') {
      await tf.setBackend('wasm');
      await tf.ready();
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
