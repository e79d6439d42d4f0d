// Teaching scenarios for the 1-D experiment: each preset tells one story. The numbers quoted in the descriptions
// were measured on the CPU backend with the preset's seed (scenarios.test.ts holds them to it).
import type { Preset } from '../../params/schema';
import type { Gaussian1dParams } from './config';

/** G starts near 0 while p_data = N(4, 0.5²) sits far away, and D learns fast: fakes are rejected at once. */
const farTarget = { averageG: 0, mu: 4, sigma: 0.5, k: 3, lrD: 0.01, optimizerG: 'sgd', lrG: 0.05 } as const satisfies Partial<Gaussian1dParams>;

export const scenarioPresets: Record<string, Preset<Partial<Gaussian1dParams>>> = {
  oscillates: {
    label: 'Converges, then swings (no averaging)',
    description:
      'The default run with its samples drawn from G itself instead of the averaged G. It reaches p_data as fast ' +
      '(W1 below 0.1 by about step 1,500) but does not stay: with a constant learning rate each noisy batch pushes ' +
      'G a little, D answers, and p_g drifts back and forth around p_data — W1 swings between 0.03 and 0.2–0.25 ' +
      'from step 1,500 to 10,000 (CPU, seeds 1 and 2: highest 0.22 and 0.25; WebGL, seeds 1–3: up to 0.20, 0.24 and ' +
      '0.19 by step 6,000) while D stays close to ½. Watch the W1 curve rise and fall; then set "Averaged G" to 0.999 ' +
      'and watch it settle.',
    params: { averageG: 0 },
  },
  saturating: {
    label: 'Saturating loss stalls early',
    description:
      'G minimises the value function itself, log(1 − D(G(z))) (minimax). The data N(4, 0.5²) is far from G’s first ' +
      'samples, so D rejects every fake at once; where D(G(z)) ≈ 0 that loss is flat, and G gets almost no gradient ' +
      '(Goodfellow et al. 2014, §3). Look for: G loss stuck near 0, D loss near 0, p_g barely moving for ~100 steps. ' +
      'Then open "Non-saturating loss escapes", identical but for the G loss.',
    params: { ...farTarget, loss: 'minimax' },
  },
  nonsaturating: {
    label: 'Non-saturating loss escapes',
    description:
      'The same start as "Saturating loss stalls early", but G maximises log D(G(z)) instead — the paper’s fix. Its ' +
      'gradient is largest exactly when D rejects the fakes, so p_g travels to N(4, 0.5²) within about 100 steps ' +
      '(W1 below 0.5, where the minimax run is still above 3).',
    params: { ...farTarget, loss: 'nonsaturating' },
  },
  strongD: {
    label: 'Discriminator too strong',
    description:
      'k = 10 D updates per G update, D with 32-unit layers and η_D = 0.02, against a slow G (η_G = 0.0003). D wins ' +
      'outright: its loss falls close to 0 (far below the equilibrium 2 ln 2 ≈ 1.386), G’s loss soars, JSD stays near ' +
      'its maximum ln 2 and p_g crawls. Look at D(x): a cliff between the two distributions instead of a gentle ½.',
    params: { averageG: 0, mu: 3, sigma: 0.5, k: 10, lrD: 0.02, lrG: 0.0003, hiddenD: '32,32' },
  },
  lrTooHigh: {
    label: 'Learning rate too high',
    description:
      'Adam with η = 0.5 for both networks (the default is 0.001). Every update overshoots: G’s samples jump from ' +
      'place to place and often far off the chart, D swings between certain (D loss near 0) and confused, and W1 stays ' +
      'above 1 instead of shrinking towards 0 as in the default run. Lower the learning rates live and watch whether ' +
      'the run recovers.',
    params: { averageG: 0, lrD: 0.5, lrG: 0.5, optimizerD: 'adam', optimizerG: 'adam' },
  },
  modeCollapse: {
    label: 'Mode collapse',
    description:
      'p_data is a mixture of two narrow Gaussians, at −1 and +5 (weight ½ each), and G is small (one hidden layer of 4 ' +
      'tanh units). G settles on the mode at −1 and puts almost no samples near +5: JSD stays near ½ ln 2 ≈ 0.35 — the ' +
      'price of a missing half — although the losses look calm. Raise "G hidden layers" to 16,16 and reset to see whether a bigger G covers both.',
    params: { averageG: 0, mix: 0.5, separation: 6, sigma: 0.4, hiddenG: '4' },
  },
  unsorted: {
    label: 'No manifold alignment (unsorted z)',
    description:
      'Eric Jang’s recipe with z drawn at random from U(−5, 5) instead of stratified and sorted. His tutorial credits ' +
      '“manifold alignment” for its success; here x and z are never paired by the losses, so sorting cannot matter — ' +
      'only stratification (less noise per batch) differs. Measured honestly, the unsorted run is not worse (seed 1, ' +
      'step 300: W1 ≈ 1.0 unsorted vs 1.4 stratified). Compare the z → x lines with the "Eric Jang’s tutorial" preset.',
    params: {
      mu: -1, sigma: 1, mix: 0, hiddenD: '6,5', hiddenG: '6,5', activation: 'tanh', init: 'normal',
      dOutput: 'tanhClip', gOutput: 'tanh5', loss: 'nonsaturating', optimizerD: 'momentum', optimizerG: 'momentum',
      lrD: 0.001, lrG: 0.001, momentum: 0.6, decay: true, decayRate: 0.95, decaySteps: 2500, batch: 200, k: 1,
      prior: 'uniform', zRange: 5, pretrainD: true, pretrainSteps: 1000, averageG: 0,
    },
  },
};
