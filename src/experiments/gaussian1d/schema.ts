import { choiceOptions, type ExperimentSchema, type ParamSpec, type TypedEntries } from '../../params/schema';
import { CHOICES } from './choices';
import { scenarioPresets } from './scenarios';
import { lossScenarioPresets } from './lossScenarios';
import {
  activationEntry, averageEntry, batchEntry, beta1Entry, beta2Entry, decayEntries, hiddenEntry, initEntry, kEntry, kGEntry, learningRateEntry,
  momentumEntry, optimizerEntry, seedEntry, speedEntry, stopAtEntry,
} from '../../params/common';
import { clipEntry, gpWeightEntry, lossEntry } from '../objectiveEntry';

/** Declared `as const` so each entry keeps its key and kind: ParamsOf reads the config's types from them. */
const entries = [
  seedEntry(1),
  speedEntry(),
  stopAtEntry(),
  {
    kind: 'choice', key: 'target', label: 'Data', group: 'data', effect: 'live', default: 'gaussian',
    options: choiceOptions(CHOICES.target, { gaussian: 'Gaussian N(μ, σ²)', empirical: 'Your own values' }),
    help: 'What G must learn to imitate. "Your own values": a sample you paste or upload (Use your own data…), ' +
      'drawn with replacement; p_data is drawn as its histogram and its kernel density estimate (Silverman’s bandwidth).',
  },
  {
    kind: 'number', key: 'mu', label: 'Target mean μ', group: 'data', effect: 'live', min: -4, max: 4, step: 0.1,
    default: -1, help: 'Mean of the data distribution p_data = N(μ, σ²). Move it while training and watch G follow.',
  },
  {
    kind: 'number', key: 'sigma', label: 'Target σ', group: 'data', effect: 'live', min: 0.1, max: 2, step: 0.05,
    default: 1, help: 'Standard deviation of p_data.',
  },
  {
    kind: 'number', key: 'mix', label: 'Second mode weight', group: 'data', effect: 'live', min: 0, max: 0.9,
    step: 0.05, default: 0,
    help: 'Mixes in a second Gaussian (0 = off). A generator that covers only one mode shows mode collapse.',
  },
  {
    kind: 'number', key: 'separation', label: 'Second mode offset', group: 'data', effect: 'live', min: 0.5, max: 8,
    step: 0.1, default: 4, help: 'Distance from μ to the second mode’s mean.',
  },
  hiddenEntry('D', '16,16', 256),
  hiddenEntry('G', '8', 256),
  activationEntry('tanh'),
  initEntry('glorot'),
  {
    kind: 'choice', key: 'dOutput', label: 'D output', group: 'networks', effect: 'live', default: 'sigmoid',
    options: choiceOptions(CHOICES.dOutput, { sigmoid: 'sigmoid', tanhClip: 'tanh clipped to [0.01, 0.99]' }),
    help: 'How D’s last layer becomes a probability. Eric Jang’s tutorial clips a tanh. Least squares and hinge ' +
      'read the last layer as a raw score, so this setting does not apply to them.',
  },
  {
    kind: 'choice', key: 'gOutput', label: 'G output', group: 'networks', effect: 'live', default: 'linear',
    options: choiceOptions(CHOICES.gOutput, { linear: 'linear', tanh5: '5 · tanh (range −5…5)' }),
    help: 'How G’s last layer becomes x. Eric Jang’s tutorial scales a tanh by 5.',
  },
  lossEntry('nonsaturating'),
  clipEntry(),
  gpWeightEntry(),
  optimizerEntry('D', 'adam'),
  optimizerEntry('G', 'adam'),
  learningRateEntry('D', 0.001),
  learningRateEntry('G', 0.001),
  momentumEntry(0.6),
  beta1Entry(0.5),
  beta2Entry(),
  ...decayEntries(),
  averageEntry(0.999),
  batchEntry(256),
  kEntry(1),
  kGEntry(),
  {
    kind: 'choice', key: 'prior', label: 'Noise prior p_z', group: 'training', effect: 'live', default: 'normal',
    options: choiceOptions(CHOICES.prior, {
      uniform: 'Uniform U(−r, r)',
      normal: 'Normal N(0, 1)',
      stratified: 'Stratified & sorted (manifold alignment)',
    }),
    help: 'Where z comes from. "Stratified" spreads z evenly over [−r, r] as in Eric Jang’s tutorial.',
  },
  {
    kind: 'number', key: 'zRange', label: 'Noise range r', group: 'training', effect: 'live', min: 0.5, max: 10,
    step: 0.5, default: 1, help: 'Half-width r of the uniform and stratified priors.',
  },
  {
    kind: 'boolean', key: 'pretrainD', label: 'Pre-train D', group: 'training', effect: 'reset', default: false,
    help: 'Before training, fit D to the pdf of p_data by least squares (Eric Jang’s D_pre).',
  },
  {
    kind: 'number', key: 'pretrainSteps', label: 'Pre-train iterations', group: 'training', effect: 'reset', min: 0,
    max: 5000, step: 100, integer: true, default: 1000, help: 'How many least-squares updates pre-training runs.',
  },
] as const satisfies readonly ParamSpec[];

export const gaussian1dSchema: ExperimentSchema<TypedEntries<typeof entries>> = {
  entries,
  defaultPreset: 'default',
  presets: {
    default: {
      label: 'Fast and reliable',
      description:
        'The playground’s default: N(−1, 1), D 1→16→16→1 and G 1→8→1 with tanh, Adam (η = 0.001, β1 = 0.5), ' +
        'batch 256, non-saturating G loss, z ~ N(0, 1), and the samples drawn from an averaged G (an exponential ' +
        'moving average of G’s weights, β = 0.999; training itself is unchanged). Within about 1,500 steps p_g sits ' +
        'on p_data and stays there: W1 ≤ 0.1 at every 500-step checkpoint from 1,500 to 10,000 (seeds 1–5, WebGL and ' +
        'CPU alike: highest 0.051, 0.058, 0.095, 0.080, 0.071, mostly at step 1,500; from step 3,000 on 0.01–0.05), ' +
        'while D flattens to within 0.08 of ½ over μ ± 2σ — the equilibrium ' +
        'the theory predicts. Open "Converges, then swings (no averaging)" to see the same run sampled from G itself.',
      params: {},
    },
    jang: {
      label: 'Eric Jang’s tutorial',
      description:
        'The 1-D tutorial’s recipe: N(−1, 1); D and G 1→6→5→1 with tanh everywhere, weights N(0, 1); G output 5·tanh; ' +
        'D clipped to [0.01, 0.99] and pre-trained 1,000 iterations towards the pdf; momentum 0.6 with η = 0.001 ' +
        'decayed ×0.95 every 2,500 steps; batch 200; z stratified on [−5, 5]. Slow: watch the z → x lines untangle.',
      params: {
        mu: -1, sigma: 1, mix: 0, hiddenD: '6,5', hiddenG: '6,5', activation: 'tanh', init: 'normal',
        dOutput: 'tanhClip', gOutput: 'tanh5', loss: 'nonsaturating', optimizerD: 'momentum', optimizerG: 'momentum',
        lrD: 0.001, lrG: 0.001, momentum: 0.6, decay: true, decayRate: 0.95, decaySteps: 2500, batch: 200, k: 1,
        prior: 'stratified', zRange: 5, pretrainD: true, pretrainSteps: 1000, averageG: 0,
      },
    },
    ...scenarioPresets,
    ...lossScenarioPresets,
  },
};
