import { expect, test } from '@playwright/test';
import type { FusedCheckCase, FusedCheckResult } from '../src/bench/fusedCheck';
import { FAST_PATH_OBJECTIVE_IDS as OBJECTIVE_IDS } from '../src/core/objectives/types';
import { ACTIVATIONS, OPTIMIZERS } from '../src/core/names';
import { openBenchOnWebgl, openPlayground, status, watchErrors } from './helpers';

// The tiled WebGL kernels (src/core/tiled, the big-network path MNIST trains on) against the tensor-op fast path on
// the same WebGL backend: two rounds of one D update and one G update from the same weights, batch and z. Covers the
// MNIST shapes (784-pixel x, 100-d z, 128 hidden, batch 128), one to three hidden layers, every optimizer, both D
// heads, every G output function, a real label < 1, and every objective of the registry (src/core/objectives),
// rotating along the networks.
const mnist: Pick<FusedCheckCase, 'dims' | 'layers' | 'batch'> = { dims: [784, 100], layers: [128], batch: 128 };
const networks: Omit<FusedCheckCase, 'loss'>[] = [
  { ...mnist, hidden: 'relu', head: 'sigmoid', out: 'sigmoid', optimizer: 'adam', realLabel: 1, epsilon: 1e-2 },
  { ...mnist, hidden: 'tanh', head: 'sigmoid', out: 'sigmoid', optimizer: 'momentum', realLabel: 0.9 },
  { hidden: 'relu', head: 'tanhClip', out: 'sigmoid', optimizer: 'momentum', realLabel: 0.9, dims: [96, 20], layers: [48, 32, 16], batch: 32 },
  { hidden: 'leakyRelu', head: 'sigmoid', out: 'linear', optimizer: 'sgd', realLabel: 1, dims: [96, 20], layers: [48, 32], batch: 64 },
  { hidden: 'linear', head: 'sigmoid', out: 'tanh5', optimizer: 'adam', realLabel: 1, dims: [64, 12], layers: [32], batch: 64, epsilon: 1e-3 },
  { ...mnist, hidden: 'leakyRelu', head: 'sigmoid', out: 'sigmoid', optimizer: 'rmsprop', realLabel: 1, epsilon: 1e-2 },
  { hidden: 'tanh', head: 'tanhClip', out: 'linear', optimizer: 'rmsprop', realLabel: 0.9, dims: [96, 20], layers: [48, 32], batch: 32, epsilon: 1e-3 },
  { ...mnist, hidden: 'sigmoid', head: 'sigmoid', out: 'tanh5', optimizer: 'sgd', realLabel: 1 },
];
// offset so the MNIST shapes train the new objectives and the clipped-tanh head meets a probability objective
const cases: FusedCheckCase[] = networks.map((c, i) => ({ ...c, loss: OBJECTIVE_IDS[(i + 2) % OBJECTIVE_IDS.length] }));

// Tolerances: parameters 1e-5 absolute (weights are O(1); the paths differ only in float32 summation order);
// losses 3e-5 relative to the largest loss (D separates random inputs from G's samples almost at once, so its loss
// reaches ~27, and least squares' ~360 squares D's raw output, doubling its relative rounding error: 1.1e-5 measured); optimizer slots 1e-4 relative to each slot's largest value. Adam runs with ε = 1e-3 (1e-2 on the
// MNIST shapes, which train least squares, whose gradients grow with D’s raw output, tens at the start) here: its
// first steps are η·g/(|g| + ε), which turns summation-order noise in a gradient that should be 0 into up to
// η·noise/ε. RMSProp's first steps, η·g/√((1−ρ)g² + ε), are alike: it runs with ε = 1e-3 (1e-2 on the MNIST shapes).
const TOL = 1e-5;
const SLOT_TOL = 1e-4;
const LOSS_TOL = 3e-5;

test('the tiled cases cover every activation, optimizer and objective of the registries', () => {
  // a new record (core/activations, core/optimizers, core/objectives) fails here until a case trains it
  expect(new Set(cases.map((c) => c.hidden))).toEqual(new Set(ACTIVATIONS));
  expect(new Set(cases.map((c) => c.optimizer))).toEqual(new Set(OPTIMIZERS));
  expect(new Set(cases.map((c) => c.loss))).toEqual(new Set(OBJECTIVE_IDS));
});

test('tiled WebGL updates equal the tensor-op updates for the big networks', async ({ page }) => {
  test.setTimeout(180_000);
  const { before, errors } = await openBenchOnWebgl(page);
  for (const c of cases) {
    const r: FusedCheckResult = await page.evaluate((x) => window.ganBench!.fusedCheck(x), c);
    const label = `${c.layers.join('-')}/${c.hidden}/${c.head}/${c.out}/${c.loss}/${c.optimizer}/label ${c.realLabel}`;
    console.log(`${label}: θ diff ${r.maxParamDiff.toExponential(2)}, slot rel. diff ${r.maxSlotRelDiff.toExponential(2)}, loss diff ${r.maxLossDiff.toExponential(2)} of ${r.lossScale.toFixed(2)}, moved D ${r.dMoved.toFixed(4)} G ${r.gMoved.toFixed(4)}, tiled draws ${r.tiledDraws}, kernels ${r.kernels.fused} vs ${r.kernels.plain}`);
    // the tiled kernels really ran
    expect(r.tiledDraws, label).toBeGreaterThan(10);
    expect(r.maxParamDiff, label).toBeLessThan(TOL);
    expect(r.maxSlotRelDiff, label).toBeLessThan(SLOT_TOL);
    expect(r.maxLossDiff, label).toBeLessThan(LOSS_TOL * Math.max(1, r.lossScale));
    expect(r.dMoved, label).toBeGreaterThan(1e-4);
    expect(r.gMoved, label).toBeGreaterThan(1e-4);
  }
  expect(await page.evaluate(() => window.ganBench!.numTensors())).toBe(before);
  expect(errors).toEqual([]);
});

test('MNIST keeps training through live batch-size changes on and off the tiled path; nothing piles up', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openPlayground(page, '?experiment=mnist');
  // 64 and 128 re-size the tiled kernels' textures; 100, 60 and 36 are not multiples of 8, so with 8 tile rows those
  // steps take the tensor-op path (which caches one label tensor for the batch size in use); with 4 tile rows (fewer
  // than 8 draw buffers) they stay tiled at new sizes
  const train = async (batches: number[]) => {
    for (const batch of batches) {
      await page.evaluate((b) => window.ganPlayground!.setParams({ batch: b }), batch);
      await page.evaluate(() => window.ganPlayground!.step(2));
      const s = await status(page);
      console.log(`batch ${batch}: step ${s.step}, D loss ${s.metrics.dLoss}, G loss ${s.metrics.gLoss}, tensors ${s.numTensors}`);
      expect(s.error, `batch ${batch}`).toBeUndefined();
      expect(Number.isFinite(s.metrics.dLoss) && Number.isFinite(s.metrics.gLoss), `batch ${batch}`).toBe(true);
    }
    return (await status(page)).numTensors;
  };
  const after = await train([64, 100, 128]);
  expect(await train([60, 36, 128])).toBe(after);
  expect((await status(page)).step).toBe(12);
  expect(errors).toEqual([]);
});
