// The `fast` preset's settings are the ones its description states, at sizes the tiled WebGL kernels take, and it
// trains with finite losses. (Its target after 2,000 steps, score ≥ 6 and every digit ≥ 3%, is checked on the
// WebAssembly backend in fast.measure.test.ts, with the measurements behind its figures.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { diskAssets } from '../../testing/mnistAssets';
import { tf } from '../../core/tf';
import { ParameterOptimizer } from '../../core/optimizers';
import { TiledGanSteps } from '../../core/tiled/tiledSteps';
import { presetParams } from '../../params/schema';
import { readConfig } from './config';
import { FAST, mnistSchema } from './schema';
import { MnistRun } from './run';
import { mnistNetworks } from './networks';

beforeAll(useCpuBackend);

const fast = () => presetParams(mnistSchema, 'fast');
const disposables: { dispose(): void }[] = [];
afterAll(() => disposables.forEach((d) => d.dispose()));

describe('MNIST fast preset', () => {
  it('has the settings its description names, at sizes the tiled kernels take', () => {
    const p = fast();
    expect(p).toMatchObject(FAST);
    const description = mnistSchema.presets.fast.description;
    expect(description).toContain(`D 784→${FAST.hiddenD}→1`);
    expect(description).toContain(`G 100→${FAST.hiddenG}→784`);
    expect(description).toContain('leaky ReLU');
    expect(description).toContain(`β1 = ${FAST.beta1}`);
    expect(description).toContain(`real label ${FAST.realLabel}`);
    expect(description).toContain(`η_G = ${FAST.lrG}`);
    expect(description).toContain(`kG = ${FAST.kG}`);
    expect(description).toContain(`EMA β = ${FAST.averageG}`);
    const config = readConfig(p);
    const pair = mnistNetworks(config);
    disposables.push(pair.g, pair.d);
    const [optD, optG] = [new ParameterOptimizer(pair.d.variables, config.optimizerD), new ParameterOptimizer(pair.g.variables, config.optimizerG)];
    disposables.push(optD, optG);
    expect(TiledGanSteps.applies(pair, optD, pair.d, config.batch, 8)).toBe(true);
    expect(TiledGanSteps.applies(pair, optG, pair.g, config.batch, 8)).toBe(true);
  });

  it('trains with finite losses on the fast updates and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const run = await MnistRun.create({ ...fast(), seed: 1 }, undefined, diskAssets);
    run.trainSteps(2);
    const snap = await run.snapshot();
    // off WebGL the fast updates take the tensor-op path (the hand-written gradients), not autodiff
    expect(run.paths).toEqual({ d: 'tensor', g: 'tensor' });
    expect(Number.isFinite(snap.metrics.dLoss) && Number.isFinite(snap.metrics.gLoss)).toBe(true);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
