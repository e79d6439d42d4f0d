// Scenarios for the objectives added after the 2014 paper (least squares, hinge, WGAN, WGAN-GP): each loss has a run
// that works and a run that fails, the failure one setting away from a working run. The figures in the descriptions
// were measured on the CPU backend with seed 1 unless they say otherwise (lossScenarios.test.ts and
// objectives.convergence.test.ts hold them to it).
import type { Preset } from '../../params/schema';
import type { Gaussian1dParams } from './config';
import { lossChoice } from '../objectiveEntry';

/**
 * WGAN-GP as Gulrajani et al.'s toy-data code trains it (ReLU MLPs, Adam β 0.5/0.9, k = 5, λ = 0.1 "for toy tasks"),
 * here 3×64 for both networks and Adam 1e-3; the loss menu's own recommendation (Adam 1e-4, λ = 10, the paper's image
 * settings) on the default tanh networks does not converge on the 1-D (README, Losses).
 */
const wgangpToy = {
  ...lossChoice('wgangp').params, activation: 'relu', hiddenD: '64,64,64', hiddenG: '64,64,64', lrD: 0.001, lrG: 0.001,
  gpWeight: 0.1, batch: 64,
} as const satisfies Partial<Gaussian1dParams>;

/**
 * A WGAN that converges in a test-sized number of steps: leaky-ReLU nets (positively homogeneous, so clipping scales
 * the critic without flattening it, where a clipped tanh critic is nearly linear), RMSProp 5e-4 for both, k = 5, clip
 * 0.1; objectives.convergence.test.ts measures it (W1 0.062 at step 1,000). Samples from G itself.
 */
export const wganLeaky = {
  averageG: 0, loss: 'wgan', activation: 'leakyRelu', optimizerD: 'rmsprop', optimizerG: 'rmsprop', lrD: 5e-4, lrG: 5e-4,
  k: 5, clip: 0.1,
} as const satisfies Partial<Gaussian1dParams>;

export const lossScenarioPresets: Record<string, Preset<Partial<Gaussian1dParams>>> = {
  wgan: {
    label: 'Wasserstein GAN (clipped critic)',
    description:
      'The default networks trained as Arjovsky et al. 2017 train WGAN: D is a critic with a raw score, L_D = ' +
      'E[D(G(z))] − E[D(x)], its weights clipped to [−0.01, 0.01] after every update; RMSProp at η = 5e-5, 5 critic ' +
      'updates per G update. Slow but steady: W1 falls from 1.00 at step 250 to 0.90 at 1,000 and 0.65 at 3,000 ' +
      '(seed 1, on WebGL and the CPU backend alike). The divergence chart plots the critic’s −L_D beside the measured W1: it estimates W1 only up to the ' +
      'critic’s Lipschitz constant, which clipping at 0.01 makes tiny (−L_D ≈ 2e-4). Faster is not simply better: ' +
      'with η = 1e-3 W1 stalls near 0.45 (the tanh critic, its weights tiny, is almost linear and sees only the means); with leaky ReLU nets, ' +
      'η = 5e-4 and clip 0.1, W1 is 0.06 by step 1,000.',
    params: { averageG: 0, ...lossChoice('wgan').params }, // Algorithm 1: RMSProp 5e-5, k = 5, clip 0.01
  },
  wganLooseClip: {
    label: 'WGAN fails: clip too large',
    description:
      'WGAN with leaky-ReLU networks, RMSProp η = 5e-4 for both and 5 critic updates per G update — a run that ' +
      'converges with the critic’s weights clipped to [−0.1, 0.1] (W1 0.48, 0.25, 0.06 at steps 250, 500, 1,000) — ' +
      'here clipped to [−1, 1] instead. The clip is what keeps the critic Lipschitz, so that E[D(x)] − E[D(G(z))] ' +
      'estimates W1; too loose, and the critic is a steep, wild function. Look at the divergence chart: the critic’s ' +
      'estimate swings to 12, then −7, then −1 by step 1,000 (with clip 0.1 it stays below 0.05), and p_g lags ' +
      '(W1 0.44, 0.46, 0.33 at steps 250, 500, 1,000; seed 1, on WebGL and the CPU backend alike). Set the critic ' +
      'clip to 0.1 and reset to see the run that works.',
    params: { ...wganLeaky, clip: 1 },
  },
  wgangp: {
    label: 'WGAN-GP (gradient penalty)',
    description:
      'The default task trained as Gulrajani et al. 2017 train WGAN-GP on toy data: a critic with a raw score kept ' +
      'near 1-Lipschitz by a light gradient penalty λ·E[(|D′(x̂)| − 1)²] at random points between real and generated ' +
      'samples (λ = 0.1, their toy code’s value), ReLU networks 3×64 for D and G, Adam η = 0.001 with β 0.5/0.9, ' +
      '5 critic updates per G update, batch 64; the samples come from the averaged G, as in the default. Measured ' +
      'on the CPU backend, seeds 1–3: W1 at most 0.04 at every 500-step checkpoint from 500 to 3,000; on WebGL (seed ' +
      '1) 0.034 at step 500 and 0.028 at 1,000, at most 0.051 from 400 on. Open "WGAN-GP fails: penalty too strong" ' +
      'for the same run with λ = 1. WGAN-GP trains by autodiff (its penalty differentiates a gradient): slower than the other presets.',
    params: { ...wgangpToy },
  },
  wgangpStrongPenalty: {
    label: 'WGAN-GP fails: penalty too strong',
    description:
      'The "WGAN-GP (gradient penalty)" run with the penalty ten times stronger, λ = 1. In one dimension the gradient ' +
      'penalty’s ‖∇D(x̂)‖ is |D′(x̂)|, so (|D′| − 1)² wants the critic’s slope at ±1 — and a strong penalty makes ' +
      'turning from one to the other, through slope 0, a wall. A critic whose slope starts with the wrong sign, or ' +
      'flips on the way, stays wrong, and p_g stops short or drifts away: W1 0.39 at step 500 and 0.75–0.83 from ' +
      '1,000 to 3,000 (seed 1; on WebGL 0.43, 0.43, 0.39 at steps 100, 300, 500); seeds 2 and 3 stay at 0.27–0.33 and ' +
      '0.25–0.55 up to step 1,500 — where λ = 0.1 is ' +
      'at most 0.04 from step 500 on. Trains by autodiff: slow.',
    params: { ...wgangpToy, gpWeight: 1 },
  },
  lsganSaturatedD: {
    label: 'Least squares fails: D saturates',
    description:
      'Least squares (Mao et al. 2017) promises G a gradient even for fakes D rejects with confidence: ½(D(G(z)) − 1)² ' +
      'keeps pulling while D(G(z)) is far from 1. That gradient is (D(G(z)) − 1)·D′(G(z)), and it holds only while ' +
      'D’s score changes around G’s samples. Here Adam runs at η = 0.5 for both networks: the first steps throw G’s ' +
      'samples far off and push D’s tanh units to their limits, so D scores the whole data region 1 and is flat, ' +
      'near 0, where the fakes are. D wins (D loss 0.001 by step 1,000) and G gets nothing to follow: W1 stays at ' +
      '8 (seed 1; seeds 2–4 run further off, W1 56, 32 and 29 at step 1,000; on WebGL seed 1 ends at 31). Look at D(x): a plateau, not a slope. ' +
      'Lower both learning rates to 0.001 and reset: the same loss reaches the data (W1 0.12 by step 1,000).',
    params: { averageG: 0, loss: 'lsgan', lrD: 0.5, lrG: 0.5, optimizerD: 'adam', optimizerG: 'adam' },
  },
  hingeSwings: {
    label: 'Hinge loss swings',
    description:
      'The default run with the hinge loss (Lim & Ye 2017) and its samples from G itself. D is trained only on the ' +
      'margin — reals it scores below 1, fakes above −1 — and G’s loss −E[D(G(z))] is linear in the score, so G keeps ' +
      'being pushed as hard when it is close as when it is far, and D’s margins flip back and forth across the data. ' +
      'p_g circles p_data without settling: W1 swings between 0.05 and 0.36 from step 500 to 3,000 (seeds 1–3: ' +
      'highest 0.36, 0.34, 0.28), while D loss stays near its reference 2. Lower G’s learning rate to 0.0003 (two ' +
      'time scales, Heusel et al. 2017) and reset: W1 0.045 at step 2,000 and 0.056 at 3,000. On WebGL seed 1 ' +
      'traces the same swing (W1 0.12, 0.25, 0.11, 0.16, 0.35, 0.13 at steps 500 to 3,000).',
    params: { averageG: 0, loss: 'hinge' },
  },
};
