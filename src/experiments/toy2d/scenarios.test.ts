import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { presetParams, type Params } from '../../params/schema';
import { toy2dSchema } from './schema';
import { Toy2dRun } from './run';

beforeAll(useCpuBackend);

interface Coverage {
  modes: number;
  highQuality: number;
  jsBits: number;
  dLoss: number;
}

/** The coverage figures the page shows (VEEGAN's 3σ rule over 2,500 samples), grid JS and D's loss at each step count. */
async function modesCaptured(preset: string, steps: number[], over: Params = {}): Promise<Coverage[]> {
  const run = await Toy2dRun.create({ ...presetParams(toy2dSchema, preset), ...over });
  const out: Coverage[] = [];
  for (const until of steps) {
    run.trainSteps(until - run.step);
    const { metrics } = await run.snapshot();
    out.push({ modes: metrics.modes, highQuality: metrics.highQuality, jsBits: metrics.jsBits, dLoss: metrics.dLoss ?? NaN });
  }
  run.dispose();
  console.log(preset, JSON.stringify(over), steps.map((s, i) => `${s}: ${out[i].modes} modes, ${(100 * out[i].highQuality).toFixed(0)}% HQ, JS ${out[i].jsBits.toFixed(2)} bits, D loss ${out[i].dLoss.toFixed(2)}`).join(' | '));
  return out;
}

describe('2-D ring scenarios tell their story (seed 1, CPU backend)', () => {
  it('mode collapse: with η_G = 10·η_D, G covers few of the 8 modes where the balanced ring8 run covers them all', async () => {
    // 250 steps only: the unit suite runs in CI, and each step of these nets costs tens of ms on the CPU backend.
    const [[healthy], [collapse]] = [await modesCaptured('ring8', [250]), await modesCaptured('ring8Collapse', [250])];
    // Measured when written (seed 1, step 250): ring8 8 modes (JS 0.66 bits), ring8Collapse 1 mode (JS 0.81 bits).
    // At step 500: 7 vs 1; seed 2 and the longer traces are in the presets' descriptions.
    expect(healthy.modes).toBeGreaterThanOrEqual(6);
    expect(collapse.modes).toBeLessThanOrEqual(2);
    expect(collapse.jsBits).toBeGreaterThan(healthy.jsBits + 0.05);
  }, 180_000);

  it('saturating loss: against a D that wins (η_D = 0.01, k = 5) the minimax G stays smeared, the non-saturating G escapes', async () => {
    const [[minimax], [nonsat]] = [await modesCaptured('ring8Saturating', [250]), await modesCaptured('ring8NonSaturating', [250])];
    // Measured when written (seed 1, step 250): minimax 8 modes, 3% high quality, JS 0.65 bits, D loss 0.29;
    // non-saturating 7 modes, 20% high quality, JS 0.54 bits. At step 500: 5% vs 39%; seeds 2 and 3: 2% vs 10% and
    // 2% vs 18% at step 250. Modes captured is no contrast at this step (the smeared minimax G touches most modes).
    expect(minimax.dLoss).toBeLessThan(0.6); // D wins: far below the equilibrium 2 ln 2 ≈ 1.39
    expect(minimax.highQuality).toBeLessThan(0.06);
    expect(nonsat.highQuality).toBeGreaterThan(0.12);
    expect(nonsat.highQuality).toBeGreaterThan(3 * minimax.highQuality);
    expect(nonsat.jsBits).toBeLessThan(minimax.jsBits - 0.05);
  }, 180_000);
});

describe('every new loss on the ring (seed 1, CPU backend)', () => {
  // The ring coverage story of each objective added after 2014. Hinge (ring8Sharp) and WGAN-GP (ring8Wgangp) have
  // their own tests below; minimax and non-saturating are above.
  it('least squares against a strong D escapes as the non-saturating G does, where the minimax G stays smeared', async () => {
    const [[ls], [minimax]] = [await modesCaptured('ring8Lsgan', [500]), await modesCaptured('ring8Saturating', [500])];
    // Measured when written (step 500): least squares 6 modes, 24% high quality, D loss 0.09 (1,000: 7 modes, 49%);
    // minimax 5%.
    expect(ls.modes).toBeGreaterThanOrEqual(5);
    expect(ls.highQuality).toBeGreaterThan(0.12);
    expect(ls.highQuality).toBeGreaterThan(3 * minimax.highQuality);
    expect(ls.dLoss).toBeLessThan(0.2); // D ahead: the equilibrium is ¼
  }, 180_000);

  it('WGAN with Algorithm 1’s settings barely moves on the ring; leaky ReLU nets with clip 0.1 reach all 8 modes', async () => {
    const [[slow], [faster]] = [
      await modesCaptured('ring8Wgan', [250]),
      await modesCaptured('ring8Wgan', [250], { activation: 'leakyRelu', lrD: 5e-4, lrG: 5e-4, clip: 0.1 }),
    ];
    // Measured when written (step 250): Algorithm 1 2 modes, 0% (the same at 500 and 1,000); leaky ReLU 8 modes, 1%.
    expect(slow.modes).toBeLessThanOrEqual(3);
    expect(slow.highQuality).toBeLessThan(0.02);
    expect(faster.modes).toBeGreaterThanOrEqual(7);
  }, 180_000);
});

/** Seeds 1–3 of a preset at `step`: all 8 modes, and at least half of the samples within 3σ of one. */
async function allModesSharp(preset: string, step: number): Promise<void> {
  for (const seed of [1, 2, 3]) {
    const [end] = await modesCaptured(preset, [step], { seed });
    expect(end.modes, `seed ${seed}`).toBe(8);
    expect(end.highQuality, `seed ${seed}`).toBeGreaterThanOrEqual(0.5);
  }
}

/** RING_SHARP_FULL=1: the full check behind ring8Sharp's description, seeds 1–3 to step 2,000 (minutes on the CPU). */
const full = !!process.env.RING_SHARP_FULL;

describe('2-D ring with sharp modes (CPU backend)', () => {
  it('ring8Sharp covers all 8 modes with at least half of its samples within 3σ of one by step 1,000 (seed 1)', async () => {
    // 1,000 steps of k = 5: under a minute on an idle machine, about 3 minutes on a loaded 2-core one. Step 2,000
    // and seeds 2–3 are behind RING_SHARP_FULL (about 7 minutes loaded).
    const [sharp] = await modesCaptured('ring8Sharp', [1000]);
    // Measured when written (seed 1, step 1,000): 8 modes, 52% high quality; ring8 itself has 2–13% at steps
    // 250–2,000 (issue 15's WebGL measurement).
    expect(sharp.modes).toBe(8);
    expect(sharp.highQuality).toBeGreaterThanOrEqual(0.5);
  }, 300_000);

  it.skipIf(!full)('ring8Sharp: 8/8 modes and ≥ 50% high quality at step 2,000 for seeds 1–3', () => allModesSharp('ring8Sharp', 2000), 3_600_000);
});

describe('WGAN-GP on the ring (CPU backend)', () => {
  it('ring8Wgangp: the ReLU critic pulls G’s samples into the modes, all 8 of them, by step 250 (seed 1)', async () => {
    // 250 steps of k = 5 with the gradient penalty (autodiff): about 50 s on an idle machine — the shortest run that
    // tells the story: at step 200 only 9% of samples are in a mode. Seeds 1–3 at step 1,000 (8/8 modes, ≥ 50%) are
    // behind RING_WGANGP_FULL.
    const [early] = await modesCaptured('ring8Wgangp', [250]);
    // Measured when written (seed 1, CPU backend): 8 modes and 2, 3, 9, 26% high quality at steps 100, 150, 200, 250.
    // The same loss and settings on ring8's 2×32 tanh nets: 8 modes, 2% at 200 and 250 (and 3–5% to step 2,000); with
    // λ = 10 instead of 1 (WASM backend): 4 modes, 1% at 250 and 7 modes, 1% at 1,000.
    expect(early.modes).toBeGreaterThanOrEqual(7);
    expect(early.highQuality).toBeGreaterThanOrEqual(0.15);
  }, 600_000);

  // RING_WGANGP_FULL=1: measured with the ring harness (CPU backend): 8 modes and 64, 63, 61% for seeds 1, 2, 3.
  it.skipIf(!process.env.RING_WGANGP_FULL)('ring8Wgangp: 8/8 modes and ≥ 50% high quality at step 1,000 for seeds 1–3', () =>
    allModesSharp('ring8Wgangp', 1000), 3_600_000);
});
