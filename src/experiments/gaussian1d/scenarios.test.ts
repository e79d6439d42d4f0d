import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { presetParams } from '../../params/schema';
import { validateUpdate } from '../../params/validate';
import { gaussian1dSchema } from './schema';
import { Gaussian1dRun } from './run';

beforeAll(useCpuBackend);

/** Trains a preset (its own seed) to each step count and returns the metrics and samples there. */
async function trace(preset: string, steps: number[]) {
  const run = await Gaussian1dRun.create(presetParams(gaussian1dSchema, preset));
  const out: { step: number; metrics: Record<string, number>; samples: number[] }[] = [];
  for (const until of [0, ...steps]) {
    run.trainSteps(until - run.step);
    const snap = await run.snapshot();
    out.push({ step: until, metrics: snap.metrics, samples: (await run.sample(2000)).map((r) => r[0]) });
  }
  run.dispose();
  console.log(preset, out.map((o) => `${o.step}: ${Object.entries(o.metrics).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(' ')}`).join(' | '));
  return out;
}

const fraction = (xs: number[], pred: (x: number) => boolean) => xs.filter(pred).length / xs.length;

describe('1-D scenario presets tell their story (seed 1, CPU backend)', () => {
  it('every scenario preset is valid against the schema and has a description', () => {
    for (const [name, p] of Object.entries(gaussian1dSchema.presets)) {
      expect(() => validateUpdate(gaussian1dSchema, p.params), name).not.toThrow();
      expect(p.description.length, name).toBeGreaterThan(80);
    }
  });

  it('saturating: the minimax G barely moves in 100 steps while the non-saturating one reaches the data', async () => {
    const [mm, ns] = [await trace('saturating', [100]), await trace('nonsaturating', [100])];
    expect(mm[1].metrics.w1).toBeGreaterThan(3); // measured 3.64
    expect(Math.abs(mm[1].metrics.gLoss)).toBeLessThan(0.05); // log(1 − D(G(z))) ≈ 0: saturated
    expect(ns[1].metrics.w1).toBeLessThan(0.5); // measured 0.25
  }, 120_000);

  it('discriminator too strong: D loss near 0 and JSD near ln 2 after 150 steps', async () => {
    const t = await trace('strongD', [150]);
    expect(t[1].metrics.dLoss).toBeLessThan(0.1); // measured 0.012
    expect(t[1].metrics.js).toBeGreaterThan(0.6); // measured 0.688
  }, 120_000);

  it('learning rate too high: after 150 steps G is still far from the data, unlike the default run', async () => {
    // Chaotic by nature: over seeds 1–4, W1 at step 150 measured 1.7, 3.5, 9.5 and 5.6 (seed 1 is used here).
    const [high, normal] = [await trace('lrTooHigh', [150]), await trace('default', [150])];
    expect(high[1].metrics.w1).toBeGreaterThan(1); // measured 1.69
    expect(high[1].metrics.w1).toBeGreaterThan(2 * normal[1].metrics.w1);
  }, 120_000);

  it('mode collapse: after 400 steps G covers the mode at −1 and leaves the one at +5 almost empty', async () => {
    const t = await trace('modeCollapse', [400]);
    const xs = t[1].samples;
    expect(fraction(xs, (x) => x > 2)).toBeLessThan(0.05); // measured 0.00 (the data has 0.5 there)
    expect(t[1].metrics.js).toBeGreaterThan(0.25); // measured 0.347 ≈ ½ ln 2
    expect(fraction(xs, (x) => Math.abs(x + 1) < 1.5)).toBeGreaterThan(0.6);
  }, 120_000);

  it('no manifold alignment: the unsorted-z run still learns; compared with the stratified recipe', async () => {
    const [unsorted, jang] = [await trace('unsorted', [300]), await trace('jang', [300])];
    expect(unsorted[1].metrics.w1).toBeLessThan(unsorted[0].metrics.w1);
    // Measured: 1.03 unsorted vs 1.38 stratified — the preset's description says so honestly.
    expect(unsorted[1].metrics.w1).toBeLessThan(jang[1].metrics.w1 + 0.2);
    console.log(`W1 at 300: unsorted ${unsorted[1].metrics.w1.toFixed(3)} vs stratified ${jang[1].metrics.w1.toFixed(3)}`);
  }, 180_000);
});
