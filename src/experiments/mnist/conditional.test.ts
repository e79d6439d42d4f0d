// The conditional preset's wiring (Mirza & Osindero 2014): the one-hot label goes in after G's z and after D's
// pixels, at sizes the tiled WebGL kernels take; the grid has one row per digit; sample(n, label) draws that digit.
// (The parity of the conditional updates with a hand-written oracle is core/conditioning.test.ts; the agreement
// after 3,000 steps is conditional.measure.test.ts, too slow for every run on the CPU backend.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { diskAssets, readAssets } from '../../testing/mnistAssets';
import { tf } from '../../core/tf';
import { ParameterOptimizer } from '../../core/optimizers';
import { TiledGanSteps } from '../../core/tiled/tiledSteps';
import { presetParams } from '../../params/schema';
import { digitImage, PIXELS } from './asset';
import { readConfig } from './config';
import { gridLabels, LABEL_COLUMNS, LABELLED_COLUMNS, labelRows, realIndicesByLabel, rowLabels } from './labels';
import { mnistSchema } from './schema';
import { MnistRun } from './run';
import { mnistNetworks } from './networks';

beforeAll(useCpuBackend);

const conditional = () => presetParams(mnistSchema, 'conditional');
const disposables: { dispose(): void }[] = [];
afterAll(() => disposables.forEach((d) => d.dispose()));

describe('conditional MNIST GAN: sizes', () => {
  it('G reads z then the 12-column one-hot, D the 784 pixels then the one-hot, sizes the tiled kernels take', () => {
    const config = readConfig(conditional());
    expect(config.conditional).toBe(true);
    const pair = mnistNetworks(config);
    disposables.push(pair.g, pair.d);
    expect(pair.g.spec.sizes[0]).toBe(config.zDim + LABEL_COLUMNS);
    expect(pair.d.spec.sizes[0]).toBe(PIXELS + LABEL_COLUMNS);
    expect(pair.g.spec.sizes.at(-1)).toBe(PIXELS);
    const [optD, optG] = [new ParameterOptimizer(pair.d.variables, config.optimizerD), new ParameterOptimizer(pair.g.variables, config.optimizerG)];
    disposables.push(optD, optG);
    expect(TiledGanSteps.applies(pair, optD, pair.d, config.batch, 8)).toBe(true);
    expect(TiledGanSteps.applies(pair, optG, pair.g, config.batch, 8)).toBe(true);
    // the vanilla preset keeps its unconditional sizes
    const vanilla = mnistNetworks(readConfig(presetParams(mnistSchema, 'vanilla')));
    disposables.push(vanilla.g, vanilla.d);
    expect([vanilla.g.spec.sizes[0], vanilla.d.spec.sizes[0]]).toEqual([100, PIXELS]);
  });

  it('lays out the grid one row per digit, and the picker fills every row with one digit', () => {
    expect(rowLabels('all')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rowLabels(7)).toEqual(Array(10).fill(7));
    const labels = gridLabels('all');
    expect(labels).toHaveLength(10 * LABELLED_COLUMNS);
    expect(labels.slice(0, LABELLED_COLUMNS)).toEqual(Array(LABELLED_COLUMNS).fill(0));
    expect(labels.slice(9 * LABELLED_COLUMNS)).toEqual(Array(LABELLED_COLUMNS).fill(9));
    // the one-hot: 12 columns, the hot entry the label strength
    const rows = labelRows([2, 9], 4);
    expect(rows.shape).toEqual([2, LABEL_COLUMNS]);
    expect(Array.from(rows.dataSync())).toEqual([0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0]);
    rows.dispose();
    const heldOut = readAssets().digits.heldOut;
    const real = realIndicesByLabel(heldOut);
    expect(real.map((i) => heldOut.labels[i])).toEqual(labels);
  });
});

describe('conditional MNIST GAN run', () => {
  it('trains, draws 10 labelled rows, samples the digit asked for, refuses bad labels, leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const run = await MnistRun.create({ ...conditional(), batch: 32, seed: 2 }, undefined, diskAssets);
    expect(run.conditional).toBe(true);
    run.trainSteps(2);
    const snap = await run.snapshot();
    expect(run.paths).toEqual({ d: 'tensor', g: 'tensor' });
    expect(snap.columns).toBe(LABELLED_COLUMNS);
    expect(snap.rowLabels).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(snap.grid).toHaveLength(10 * LABELLED_COLUMNS * PIXELS);
    expect(snap.dGrid).toHaveLength(10 * LABELLED_COLUMNS);
    expect(snap.timeline[0].pixels).toHaveLength(10 * LABELLED_COLUMNS * PIXELS);
    // the real digits beside the grid: row r holds held-out digits of class r
    const heldOut = readAssets().digits.heldOut;
    const firstThree = realIndicesByLabel(heldOut)[3 * LABELLED_COLUMNS];
    expect(heldOut.labels[firstThree]).toBe(3);
    expect(Array.from(snap.real.slice(3 * LABELLED_COLUMNS * PIXELS, (3 * LABELLED_COLUMNS + 1) * PIXELS))).toEqual(Array.from(digitImage(heldOut, firstThree)));
    // the class check judged 100 samples of each digit against the digit asked for
    expect(snap.classes!.agreement).toBeGreaterThanOrEqual(0);
    expect(snap.classes!.agreement).toBeLessThanOrEqual(1);
    expect(snap.metrics.labelAgreement).toBe(snap.classes!.agreement);

    // D scores each grid digit together with its row's label: [pixels | one-hot of the row's digit]
    const hot = readConfig(conditional()).labelScale;
    const oneHot = (d: number) => Array.from({ length: LABEL_COLUMNS }, (_, j) => (j === d ? hot : 0));
    const sample11 = Array.from(snap.grid.slice(11 * PIXELS, 12 * PIXELS)); // row 1, column 3: a "1"
    const [asOne, asSeven] = await run.discriminate([[...sample11, ...oneHot(1)], [...sample11, ...oneHot(7)]]);
    expect(Math.abs(asOne - snap.dGrid[11])).toBeLessThan(1e-5);
    expect(asSeven).not.toBeCloseTo(asOne, 6);
    await expect(run.discriminate([sample11])).rejects.toThrow(/796|one-hot/);

    // sample(n, label): n rows of pixels, and the label changes what G draws from the same z
    const threes = await run.sample(8, 3);
    expect(threes).toHaveLength(8);
    expect(threes.every((r) => r.length === PIXELS && r.every((v) => v >= 0 && v <= 1))).toBe(true);
    const fives = await run.sample(8, 5);
    expect(Math.max(...threes[0].map((v, i) => Math.abs(v - fives[0][i])))).toBeGreaterThan(1e-4);
    await expect(run.sample(8, 10)).rejects.toThrow(/0 to 9/);
    await expect(run.sample(8, 2.5)).rejects.toThrow(/0 to 9/);
    // G's input row is z then the one-hot (what generate(z) and an exported G take)
    expect(await run.generate([Array(100 + LABEL_COLUMNS).fill(0)])).toHaveLength(1);
    await expect(run.generate([Array(100).fill(0)])).rejects.toThrow(/112/);

    // the digit picker: every row asks for 4, and the grid now draws 4s from the same z
    const during = tf.memory().numTensors;
    run.applyLiveParams({ ...conditional(), batch: 32, digit: '4' });
    const picked = await run.snapshot();
    expect(picked.rowLabels).toEqual(Array(10).fill(4));
    const rowFourBefore = snap.grid.slice(4 * LABELLED_COLUMNS * PIXELS, 5 * LABELLED_COLUMNS * PIXELS);
    const rowFourAfter = picked.grid.slice(4 * LABELLED_COLUMNS * PIXELS, 5 * LABELLED_COLUMNS * PIXELS);
    expect(Array.from(rowFourAfter)).toEqual(Array.from(rowFourBefore));
    expect(Array.from(picked.grid.slice(0, PIXELS))).not.toEqual(Array.from(snap.grid.slice(0, PIXELS)));
    run.trainSteps(1);
    await run.snapshot();
    expect(tf.memory().numTensors).toBe(during);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 180_000);

  it('an unconditional run refuses a label', async () => {
    const run = await MnistRun.create({ ...presetParams(mnistSchema, 'vanilla'), batch: 8 }, undefined, diskAssets);
    expect(run.conditional).toBe(false);
    await expect(run.sample(2, 3)).rejects.toThrow(/conditional/);
    expect((await run.snapshot()).rowLabels).toBeNull();
    run.dispose();
  }, 60_000);
});
