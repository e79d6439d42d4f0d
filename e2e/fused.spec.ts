import { expect, test } from '@playwright/test';
import type { FusedCheckCase, FusedCheckResult } from '../src/bench/fusedCheck';
import type { FrameCheckCase, FrameCheckResult } from '../src/bench/frameCheck';
import { FAST_PATH_OBJECTIVE_IDS as OBJECTIVE_IDS } from '../src/core/objectives/types';
import { ACTIVATIONS, OPTIMIZERS } from '../src/core/names';
import { openBenchOnWebgl } from './helpers';

// The fused WebGL kernels (src/core/fused) against the tensor-op fast path on the same WebGL backend: two rounds of
// one D update and one G update from the same weights, batch and z. The objective × D head cases come from the
// objective registry (src/core/objectives: every objective with each head, taking the networks of that head in
// turn; score objectives ignore the head); the networks cover every hidden activation, G output and optimizer, a
// real label < 1, 1-D to 6-D data, one to three hidden layers.
const base = { realLabel: 1, dims: [1, 1], layers: [6, 5], batch: 32 } as const;
const networks: Omit<FusedCheckCase, 'loss'>[] = [
  { ...base, hidden: 'tanh', head: 'tanhClip', out: 'tanh5', optimizer: 'momentum', layers: [6, 5], dims: [1, 1] },
  { ...base, hidden: 'tanh', head: 'tanhClip', out: 'tanh5', optimizer: 'adam', realLabel: 0.9, layers: [6, 5], dims: [1, 1] },
  { ...base, hidden: 'relu', head: 'sigmoid', out: 'sigmoid', optimizer: 'adam', realLabel: 0.9, layers: [12, 7], dims: [6, 3] },
  { ...base, hidden: 'leakyRelu', head: 'sigmoid', out: 'linear', optimizer: 'adam', layers: [10, 10, 10], dims: [2, 2] },
  { ...base, hidden: 'sigmoid', head: 'sigmoid', out: 'linear', optimizer: 'sgd', layers: [7, 5], dims: [2, 3] },
  { ...base, hidden: 'relu', head: 'tanhClip', out: 'linear', optimizer: 'sgd', realLabel: 0.8, layers: [9], dims: [2, 2] },
  { ...base, hidden: 'leakyRelu', head: 'tanhClip', out: 'sigmoid', optimizer: 'momentum', layers: [8, 6], dims: [3, 4] },
  { ...base, hidden: 'linear', head: 'sigmoid', out: 'tanh5', optimizer: 'adam', realLabel: 0.9, layers: [5], dims: [1, 2] },
];
const HEADS = ['tanhClip', 'sigmoid'] as const;
const cases: FusedCheckCase[] = OBJECTIVE_IDS.flatMap((loss, i) =>
  HEADS.map((head) => {
    const withHead = networks.filter((n) => n.head === head);
    return { ...withHead[i % withHead.length], loss };
  }),
);
// RMSProp (core/optimizers.ts) with each head, rotating the objectives from the other end of the registry
const rmspropNetworks: Omit<FusedCheckCase, 'loss'>[] = [
  { ...base, hidden: 'tanh', head: 'tanhClip', out: 'tanh5', optimizer: 'rmsprop', layers: [6, 5], dims: [1, 1] },
  { ...base, hidden: 'leakyRelu', head: 'sigmoid', out: 'linear', optimizer: 'rmsprop', realLabel: 0.9, layers: [10, 8], dims: [2, 2] },
];
cases.push(...rmspropNetworks.map((n, i) => ({ ...n, loss: OBJECTIVE_IDS[OBJECTIVE_IDS.length - 1 - i] })));

// Tolerances: parameters and losses absolute 1e-5 (weights are O(1); the two paths differ only in float32
// summation order); optimizer slots relative to each slot's largest value, 1e-4 (Adam's s ~ g² is far below 1e-5, so
// an absolute bound would not test it). The updates must have moved the weights by far more (> 1e-3).
const TOL = 1e-5;
const SLOT_TOL = 1e-4;

test('the fused cases cover every activation, optimizer and objective of the registries', () => {
  // a new record (core/activations, core/optimizers, core/objectives) fails here until a case trains it
  expect(new Set(cases.map((c) => c.hidden))).toEqual(new Set(ACTIVATIONS));
  expect(new Set(cases.map((c) => c.optimizer))).toEqual(new Set(OPTIMIZERS));
  expect(new Set(cases.map((c) => c.loss))).toEqual(new Set(OBJECTIVE_IDS));
});

test('fused WebGL updates equal the tensor-op updates for every configuration', async ({ page }) => {
  test.setTimeout(180_000);
  const { before, errors } = await openBenchOnWebgl(page);
  for (const c of cases) {
    const r: FusedCheckResult = await page.evaluate((x) => window.ganBench!.fusedCheck(x), c);
    const label = `${c.hidden}/${c.head}/${c.out}/${c.loss}/${c.optimizer}/label ${c.realLabel}`;
    console.log(`${label}: θ diff ${r.maxParamDiff.toExponential(2)}, slot rel. diff ${r.maxSlotRelDiff.toExponential(2)}, loss diff ${r.maxLossDiff.toExponential(2)}, moved D ${r.dMoved.toFixed(4)} G ${r.gMoved.toFixed(4)}, kernels ${r.kernels.fused} vs ${r.kernels.plain}`);
    expect(r.maxParamDiff, label).toBeLessThan(TOL);
    expect(r.maxSlotRelDiff, label).toBeLessThan(SLOT_TOL);
    expect(r.maxLossDiff, label).toBeLessThan(TOL);
    expect(r.dMoved, label).toBeGreaterThan(1e-3);
    expect(r.gMoved, label).toBeGreaterThan(1e-3);
    // the fused path really ran: a handful of kernels per D+G update where the tensor-op path runs many more
    expect(r.kernels.fused!, label).toBeLessThan(40);
    expect(r.kernels.fused!, label).toBeLessThan(r.kernels.plain! / 3);
  }
  expect(await page.evaluate(() => window.ganBench!.numTensors())).toBe(before);
  expect(errors).toEqual([]);
});

// What a frame shows (G(z), D(x), the 2-D arrows, G(z) through the averaged G) through the fused forward and push kernels against the tensor-op
// path, for every D head and objective (from the registry, rotating), the activations and G outputs, and the frame's
// own row counts.
const frameNetworks: Omit<FrameCheckCase, 'loss'>[] = [
  { hidden: 'tanh', head: 'tanhClip', out: 'tanh5', dims: [1, 1], layers: [6, 5], rows: 5041 },
  { hidden: 'tanh', head: 'sigmoid', out: 'linear', dims: [1, 1], layers: [6, 5], rows: 240 },
  { hidden: 'leakyRelu', head: 'sigmoid', out: 'linear', dims: [2, 2], layers: [10, 10], rows: 4096 },
  { hidden: 'tanh', head: 'sigmoid', out: 'linear', dims: [2, 2], layers: [32, 32], rows: 120 },
  { hidden: 'relu', head: 'tanhClip', out: 'sigmoid', dims: [3, 4], layers: [9], rows: 77 },
];
const frameCases: FrameCheckCase[] = frameNetworks.map((c, i) => ({ ...c, loss: OBJECTIVE_IDS[i % OBJECTIVE_IDS.length] }));

test('frames computed through the fused kernels equal the tensor-op ones', async ({ page }) => {
  test.setTimeout(120_000);
  const { before, errors } = await openBenchOnWebgl(page);
  for (const c of frameCases) {
    const r: FrameCheckResult = await page.evaluate((x) => window.ganBench!.frameCheck(x), c);
    const label = `${c.hidden}/${c.head}/${c.out}/${c.loss}/${c.rows} rows`;
    console.log(`${label}: G diff ${r.generate.toExponential(2)}, D diff ${r.discriminate.toExponential(2)}, push diff ${r.push.toExponential(2)} (scale ${r.pushScale.toFixed(3)}), kernels ${r.kernels.fused} vs ${r.kernels.plain}`);
    expect(r.generate, label).toBeLessThan(1e-4);
    expect(r.generateOther, label).toBeLessThan(1e-4);
    expect(r.otherMoved, label).toBeGreaterThan(1e-3);
    expect(r.discriminate, label).toBeLessThan(1e-5);
    expect(r.push, label).toBeLessThan(1e-4 * Math.max(1, r.pushScale));
    expect(r.pushScale, label).toBeGreaterThan(1e-3);
    expect(r.kernels.fused, label).toBeLessThan(r.kernels.plain);
  }
  expect(await page.evaluate(() => window.ganBench!.numTensors())).toBe(before);
  expect(errors).toEqual([]);
});
