import { choiceOptions, type ExperimentSchema, type ParamSpec, type TypedEntries } from '../../params/schema';
import type { MnistParams } from './config';
import { CHOICES } from './choices';
import {
  activationEntry, averageEntry, batchEntry, beta1Entry, beta2Entry, hiddenEntry, initEntry, kEntry, kGEntry, learningRateEntry,
  momentumEntry, optimizerEntry, seedEntry, speedEntry, stopAtEntry,
} from '../../params/common';
import { clipEntry, gpWeightEntry, lossChoice, lossEntry } from '../objectiveEntry';

/** Declared `as const` so each entry keeps its key and kind: ParamsOf reads the config's types from them. */
const entries = [
  seedEntry(1),
  speedEntry(),
  stopAtEntry(),
  hiddenEntry('D', '128', 1200),
  hiddenEntry('G', '128', 1200),
  {
    kind: 'number', key: 'zDim', label: 'Noise dimension', group: 'networks', effect: 'reset', min: 1, max: 256,
    step: 1, integer: true, default: 100, help: 'Length of the noise vector z fed to G. The tutorials use 100.',
  },
  {
    kind: 'boolean', key: 'conditional', label: 'Conditional (label in)', group: 'networks', effect: 'reset', default: false,
    help: 'A conditional GAN (Mirza & Osindero 2014): the digit’s label goes one-hot into both networks, after G’s z ' +
      'and after D’s 784 pixels, so G learns to draw the digit it is asked for and D judges each image with its ' +
      'label. The one-hot is padded to 12 columns so both inputs stay multiples of 4 (the fast tiled kernels). The ' +
      'grid then shows one row per digit 0–9.',
  },
  {
    kind: 'number', key: 'labelScale', label: 'Label strength (conditional)', group: 'networks', effect: 'reset', min: 0.1,
    max: 20, step: 0.1, default: 1,
    help: 'Applies only to a conditional GAN: the value of the hot entry of the one-hot label (1 in the paper). Above ' +
      '1 the label weighs more against z’s 100 values and D’s 784 pixels from the first step, so the networks ' +
      'learn to use it sooner.',
  },
  activationEntry('relu'),
  initEntry('he'),
  {
    kind: 'choice', key: 'form', label: 'Loss formulation', group: 'training', effect: 'live', default: 'logistic',
    options: choiceOptions(CHOICES.form, {
      logistic: 'Logistic: sigmoid cross-entropy on logits',
      value: 'Value function: −mean(log D(x) + log(1 − D(G(z))))',
    }),
    help: 'The same function written two ways. The logistic form computes the logs from D’s logits and stays finite; ' +
      'the value-function form takes logs of D’s probabilities (with ε = 1e-8) and suffers once D saturates. ' +
      'Least squares and hinge have only one form.',
  },
  lossEntry('nonsaturating'),
  clipEntry(),
  gpWeightEntry(),
  {
    kind: 'number', key: 'realLabel', label: 'Real label (one-sided smoothing)', group: 'training', effect: 'live',
    min: 0.5, max: 1, step: 0.05, default: 1,
    help: 'Target for real digits in D’s loss. Below 1 is one-sided label smoothing (Salimans et al. 2016): D is ' +
      'kept from becoming over-confident; fakes keep the target 0. Least squares uses it as its real target; ' +
      'hinge ignores it (its margins are ±1).',
  },
  optimizerEntry('D', 'adam'),
  optimizerEntry('G', 'adam'),
  learningRateEntry('D', 0.001),
  learningRateEntry('G', 0.001),
  momentumEntry(0.9),
  beta1Entry(0.9),
  beta2Entry(),
  batchEntry(128, 1024),
  kEntry(1),
  kGEntry(),
  averageEntry(0),
  {
    kind: 'choice', key: 'prior', label: 'Noise prior p_z', group: 'training', effect: 'live', default: 'uniform',
    options: choiceOptions(CHOICES.prior, { uniform: 'Uniform U(−1, 1)', normal: 'Normal N(0, 1)' }),
    help: 'Where z comes from. The tutorials draw z ~ U(−1, 1)^100. The fixed z of the sample grid follows the prior.',
  },
  {
    kind: 'choice', key: 'digit', label: 'Digits to draw (conditional)', group: 'run', effect: 'live', default: 'all', redraw: true,
    options: choiceOptions(CHOICES.digit, {
      all: 'All: one row per digit', 0: '0', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5', 6: '6', 7: '7', 8: '8', 9: '9',
    }),
    help: 'Applies only to a conditional GAN: which label the sample grid asks G for. All: row r is digit r. A digit: ' +
      'every row asks for that digit, so the grid shows 80 ways G draws it. Training is unchanged.',
  },
  {
    kind: 'number', key: 'timelineEvery', label: 'Timeline: a grid every', group: 'run', effect: 'live', min: 10,
    max: 10000, step: 10, integer: true, default: 250, help: 'Training steps between two sample grids kept in the timeline.',
  },
] as const satisfies readonly ParamSpec[];

/** Everything the tutorials fix, shared by both presets. */
const TUTORIAL = {
  zDim: 100, activation: 'relu', init: 'he', prior: 'uniform', form: 'logistic', loss: 'nonsaturating', realLabel: 1,
  optimizerD: 'adam', optimizerG: 'adam', lrD: 0.001, lrG: 0.001, beta1: 0.9, batch: 128, k: 1,
} as const satisfies Partial<MnistParams>;

/**
 * The `fast` preset: the vanilla MLP GAN with what the field learned after 2014 (Radford et al. 2016's leaky ReLU
 * and Adam β1 = 0.5, Salimans et al. 2016's one-sided label smoothing), G ahead of D (η_G 3× η_D and two G
 * updates per step) and its samples drawn from an average of G's weights (Yazıcı et al. 2019), measured in
 * fast.measure.test.ts.
 */
export const FAST = {
  hiddenD: '128', hiddenG: '256', activation: 'leakyRelu', beta1: 0.5, realLabel: 0.9, lrG: 0.003, kG: 2, averageG: 0.995,
} as const satisfies Partial<MnistParams>;

export const mnistSchema: ExperimentSchema<TypedEntries<typeof entries>> = {
  entries,
  defaultPreset: 'vanilla',
  presets: {
    vanilla: {
      label: 'Kristiadi’s vanilla GAN',
      description:
        'D 784→128→1 and G 100→128→784 (sigmoid pixels), ReLU, He init N(0, 2/fan-in), z ~ U(−1, 1)^100, Adam ' +
        '(η = 0.001, β 0.9/0.999) for both, batch 128, one D step then one G step, sigmoid cross-entropy losses. ' +
        'What you see (seeds 1–3, WebGL and WebAssembly alike): D wins first, and for 1,000–1,500 steps every sample is ' +
        'the same speckled blob (the classifier calls 87–100% of them one digit). Then the blob breaks up: by step ' +
        '3,000 blurry shapes of all ten digits appear (classifier score 3.6–4.5).',
      params: { ...TUTORIAL, hiddenD: '128', hiddenG: '128' },
    },
    deep: {
      label: 'Deeper MLP GAN',
      description:
        'D 784→500→200→1 and G 100→200→500→784, otherwise the vanilla recipe, about three times the work per step. ' +
        'What you see: D wins at once. Measured on WebGL (seed 1): by step 800 every sample is the same speckled ' +
        'blob, and it stays so to step 10,000 at least (classifier score at most 1.2: one kind of sample; D’s loss ' +
        'below 1e-4 in 96% of the chunks, median 2e-7; G’s median 17). Start from trained opens that run at step ' +
        '10,000 with its history. The tutorial it comes from trains for 500,000 iterations; for digits within ' +
        'minutes, pick the Fast MLP GAN.',
      params: { ...TUTORIAL, hiddenD: '500,200', hiddenG: '200,500' },
    },
    wgan: {
      label: 'Wasserstein GAN (clipped critic)',
      description:
        'The vanilla networks trained as Arjovsky et al. 2017 train WGAN: D is a critic with a raw score, ' +
        'L_D = E[D(G(z))] − E[D(x)], L_G = −E[D(G(z))], its weights clipped to [−0.01, 0.01] after every update; ' +
        'RMSProp at η = 5e-5 for both networks and 5 critic updates per G update. Expect slow progress at these ' +
        'settings: the paper trains for hundreds of thousands of critic updates.',
      // Algorithm 1: RMSProp 5e-5, k = 5, clip 0.01
      params: { ...TUTORIAL, hiddenD: '128', hiddenG: '128', ...lossChoice('wgan').params },
    },
    fast: {
      label: 'Fast MLP GAN (all ten digits in 2,000 steps)',
      description:
        'The vanilla recipe with what the field learned after 2014: leaky ReLU (slope 0.2) in both networks, a wider ' +
        'G (D 784→128→1, G 100→256→784; sizes stay multiples of 4, so the updates run on the tiled WebGL kernels), ' +
        'Adam with β1 = 0.5 (Radford et al. 2016), one-sided label smoothing, real label 0.9 (Salimans et al. 2016), ' +
        'G kept ahead of D: η_G = 0.003 against η_D = 0.001, and kG = 2 G updates per step, and the samples drawn ' +
        'from an average of G’s weights (EMA β = 0.995, Yazıcı et al. 2019; training is unchanged). What you see: a ' +
        'blob of a few digits for the first few hundred steps, most of the ten by step 1,000, and all ten by step ' +
        '2,000, none of them rare. Measured after 2,000 steps (seeds 1, 2, 3), 1,000 samples: on WebGL classifier ' +
        'score 6.02, 6.06 and 6.04, the rarest digit 4.9%, 4.6% and 5.2%; on WebAssembly 6.24, 5.94 and 6.15, the ' +
        'rarest digit 3.9%, 4.9% and 5.3% (seed 2 scores 6.37 by step 2,250; real digits score 8.8; the vanilla ' +
        'recipe after 20,000 steps 4.8). ' +
        'Drawn from G itself (Averaged G 0) the same run scores about 5.4–6.3 on WebGL and 5.7–6.0 on WebAssembly.',
      params: { ...TUTORIAL, ...FAST },
    },
    conditional: {
      label: 'Conditional GAN (one row per digit)',
      description:
        'Mirza & Osindero 2014: the label goes one-hot into both networks, G([z | y]) and D([x | y]), so G draws ' +
        'the digit it is asked for and the grid shows one row per digit 0–9 (pick one digit to fill the grid with ' +
        'it). The one-hot is padded from 10 to 12 columns so G reads 112 and D 796 inputs, multiples of 4: the ' +
        'updates stay on the tiled WebGL kernels. Its hot entry is 10 (label strength; 1 in the paper) so the label ' +
        'counts against z’s 100 values and the 784 pixels from the start. D 796→128→1, G 112→128→784, otherwise ' +
        'the vanilla recipe with Adam β1 = 0.5 and one-sided label smoothing (real label 0.9). Measured after 3,000 ' +
        'steps (seeds 1, 2, 3): the digit classifier reads 94.4%, 93.1% and 94.0% of 1,000 samples (100 per digit) ' +
        'as the digit asked for on WebAssembly, and 90.9%, 95.8% and 93.2% on WebGL; with a plain one-hot and no ' +
        'smoothing, 57% (seed 1).',
      params: { ...TUTORIAL, hiddenD: '128', hiddenG: '128', conditional: true, labelScale: 10, beta1: 0.5, realLabel: 0.9 },
    },
  },
};
