// Measurement behind the conditional preset's agreement figure, skipped unless COND_MEASURE is set (COND_LOG:
// append to a file). Trains the preset on the CPU backend with a fixed seed and prints, at each listed step, the
// share of 1,000 samples (100 per digit) the digit classifier reads as the digit asked for, and the time taken:
//   COND_MEASURE='{"seeds":[1],"steps":[500,1000,3000],"over":{}}' npx vitest run src/experiments/mnist/conditional.measure.test.ts
// "backend":"wasm" in the spec trains on TensorFlow.js's WASM backend instead (same math, several times faster in
// Node; the random draws are made by tfjs-core, so a seed draws the same batches on both).
import { appendFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../core/tf';
import { useCpuBackend } from '../../testing/cpuBackend';
import { diskAssets } from '../../testing/mnistAssets';
import { presetParams } from '../../params/schema';
import { mnistSchema } from './schema';
import { MnistRun } from './run';

const spec = process.env.COND_MEASURE;

describe.skipIf(!spec)('conditional agreement measurement', () => {
  beforeAll(useCpuBackend);
  it('prints the label agreement over steps', async () => {
    const { seeds, steps, over, backend } = JSON.parse(spec!) as { seeds: number[]; steps: number[]; over?: Record<string, string | number | boolean>; backend?: string };
    if (backend) {
      await tf.setBackend(backend);
      await tf.ready();
    }
    for (const seed of seeds) {
      const run = await MnistRun.create({ ...presetParams(mnistSchema, 'conditional'), ...over, seed }, undefined, diskAssets);
      const t0 = Date.now();
      for (const until of steps) {
        run.trainSteps(until - run.step);
        run.requestEvaluation();
        const s = await run.snapshot();
        const line = `MEASURE conditional ${tf.getBackend()} ${JSON.stringify(over ?? {})} seed ${seed} step ${until}: agreement ${(100 * (s.classes?.agreement ?? NaN)).toFixed(1)}% ` +
          `score ${s.classes?.score.toFixed(2)} dLoss ${s.metrics.dLoss?.toFixed(3)} gLoss ${s.metrics.gLoss?.toFixed(3)} t=${((Date.now() - t0) / 1000).toFixed(0)}s`;
        if (process.env.COND_LOG) appendFileSync(process.env.COND_LOG, line + '\n');
        else console.log(line);
      }
      run.dispose();
    }
  }, 7_200_000);
});

// Measured with this harness on the WASM backend (seed 1 unless said; agreement after 3,000 steps): the preset
// (label strength 10, real label 0.9) 94.4%, seed 2 93.1%, seed 3 94.0%, 200–430 s per run on a shared 2-core
// machine; a plain one-hot (strength 1, real label 1) 57.2%; strength 4 84.3% (seed 2 85.9%); strength 10 without
// smoothing 87.5% (seed 2 90.4%); strength 10 with η 5e-4 85.4%, with leaky ReLU 82.7%, with 256 hidden units D
// won by step 2,000 (24%). The CPU backend made the same draws (losses equal to 3 decimals at step 5) at 0.9–2.5 s a step under
// that load, so 3,000 steps there take 45 minutes or more.
// The check, skipped unless COND_AGREEMENT is set (it trains 3,000 MNIST steps: about 20 minutes on the WASM
// backend on a shared 2-core machine, several times that on the pure-JavaScript CPU backend). COND_AGREEMENT=wasm
// trains on the WASM backend, anything else on the CPU backend:
//   COND_AGREEMENT=cpu npx vitest run src/experiments/mnist/conditional.measure.test.ts
const agreementBackend = process.env.COND_AGREEMENT;

describe.skipIf(!agreementBackend)('conditional preset after 3,000 steps', () => {
  beforeAll(useCpuBackend);
  it('draws the digit asked for: the classifier agrees with the label for at least 90% of 1,000 samples', async () => {
    if (agreementBackend === 'wasm') {
      await tf.setBackend('wasm');
      await tf.ready();
    }
    const run = await MnistRun.create({ ...presetParams(mnistSchema, 'conditional'), seed: 1 }, undefined, diskAssets);
    run.trainSteps(3000);
    run.requestEvaluation();
    const s = await run.snapshot();
    run.dispose();
    expect(s.classes!.agreement).toBeGreaterThanOrEqual(0.9);
  }, 14_400_000);
});
