// The `vanilla` preset's story, as its description tells it: D wins first and every sample is the same blob, then the
// blob breaks up into digit shapes of most of the ten. Trained on the WebAssembly backend in Node (the page's
// kernels; the same math as WebGL, several times faster here than the CPU backend), seed 1, about a minute.
// Measured in the page (scripts/measure.mjs, seed 1 on WebGL and seeds 1–3 on WebAssembly): at step 1,000 the
// classifier calls 87–100% of 1,000 samples one digit; at step 3,000 the score is 3.6–4.5 and all ten digits appear.
import { beforeAll, describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../core/tf';
import { diskAssets } from '../../testing/mnistAssets';
import { useFasterWasmKernels } from '../../engine/wasmKernels';
import { presetParams } from '../../params/schema';
import { mnistSchema } from './schema';
import { MnistRun } from './run';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  useFasterWasmKernels();
});

/** The classifier's counts of 1,000 samples of G (fixed z) after training to `step`. */
async function countsAt(run: MnistRun, step: number): Promise<{ score: number; counts: number[] }> {
  run.trainSteps(step - run.step);
  run.requestEvaluation();
  const s = await run.snapshot();
  if (!s.classes) throw new Error('no class histogram in the snapshot');
  return { score: s.classes.score, counts: s.classes.counts };
}

describe('MNIST vanilla preset (Kristiadi’s recipe), seed 1', () => {
  it('collapses to one blob while D wins, then breaks up into most of the ten digits', async () => {
    const run = await MnistRun.create({ ...presetParams(mnistSchema, 'vanilla'), seed: 1 }, undefined, diskAssets);
    try {
      const early = await countsAt(run, 1000);
      const total = early.counts.reduce((a, b) => a + b, 0);
      expect(Math.max(...early.counts) / total).toBeGreaterThanOrEqual(0.8);
      expect(early.score).toBeLessThan(1.5);
      const later = await countsAt(run, 3000);
      expect(later.score).toBeGreaterThanOrEqual(3);
      expect(later.counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(8);
    } finally {
      run.dispose();
    }
  }, 600_000);
});
