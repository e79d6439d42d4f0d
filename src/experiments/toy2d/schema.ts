import { choiceOptions, type ExperimentSchema, type ParamSpec, type TypedEntries } from '../../params/schema';
import type { Toy2dParams } from './config';
import { CHOICES } from './choices';
import {
  activationEntry, batchEntry, beta1Entry, beta2Entry, hiddenEntry, initEntry, kEntry, kGEntry, learningRateEntry,
  momentumEntry, optimizerEntry, seedEntry, speedEntry, stopAtEntry,
} from '../../params/common';
import { clipEntry, gpWeightEntry, lossEntry } from '../objectiveEntry';
import { ringPresets } from './scenarios';

/** Declared `as const` so each entry keeps its key and kind: ParamsOf reads the config's types from them. */
const entries = [
  seedEntry(1),
  speedEntry(),
  stopAtEntry(),
  {
    kind: 'choice', key: 'dataset', label: 'Data set', group: 'data', effect: 'reset', default: 'parabola',
    options: choiceOptions(CHOICES.dataset, {
      parabola: 'Parabola y = x² + 5',
      ring8: 'Ring of 8 Gaussians',
      grid25: 'Grid of 5×5 Gaussians',
      line: 'Line',
      twoMoons: 'Two moons',
      draw: 'Draw your own',
    }),
    help: 'What G must learn to imitate. "Draw your own": draw points or strokes on the plot, then press Play.',
  },
  {
    kind: 'number', key: 'dataSize', label: 'Data points', group: 'data', effect: 'reset', min: 100, max: 20000,
    step: 100, integer: true, default: 1000, help: 'Size of the fixed data set the networks see (Fredriksson: 1,000).',
  },
  {
    kind: 'number', key: 'radius', label: 'Ring radius', group: 'data', effect: 'reset', min: 0.5, max: 5, step: 0.1,
    default: 2, help: 'Radius of the ring of 8 Gaussians.',
  },
  {
    kind: 'number', key: 'sigma', label: 'Spread σ', group: 'data', effect: 'reset', min: 0.005, max: 1, step: 0.005,
    default: 0.02,
    help: 'σ of each Gaussian of the ring and grid, and the noise across the line and the moons. A sample within 3σ of a mode counts as high quality.',
  },
  hiddenEntry('D', '10,10', 256),
  hiddenEntry('G', '10,10', 256),
  activationEntry('leakyRelu'),
  initEntry('glorot'),
  {
    kind: 'number', key: 'zDim', label: 'Noise dimension', group: 'networks', effect: 'reset', min: 1, max: 16, step: 1,
    integer: true, default: 2, help: 'Length of z. With 2 the warped z-grid shows all of G; with more, the other coordinates are held at 0.',
  },
  lossEntry('nonsaturating'),
  clipEntry(),
  gpWeightEntry(),
  optimizerEntry('D', 'adam'),
  optimizerEntry('G', 'adam'),
  learningRateEntry('D', 0.001),
  learningRateEntry('G', 0.001),
  momentumEntry(0.9),
  beta1Entry(0.9),
  beta2Entry(),
  batchEntry(32),
  kEntry(1),
  kGEntry(),
  {
    kind: 'choice', key: 'prior', label: 'Noise prior p_z', group: 'training', effect: 'live', default: 'normal',
    options: choiceOptions(CHOICES.prior, { normal: 'Normal N(0, I)', uniform: 'Uniform U(−1, 1)' }),
    help: 'Where z comes from (Fredriksson: N(0, I₂)).',
  },
  {
    kind: 'boolean', key: 'freshZ', label: 'Fresh z for the G step', group: 'training', effect: 'live', default: false,
    help: 'Off: the G step reuses the z of the D step just before it, as in Fredriksson’s tutorial. On: G draws new noise.',
  },
  {
    kind: 'number', key: 'drawEvery', label: 'Draw every N steps', group: 'run', effect: 'live', min: 1, max: 200,
    step: 1, integer: true, default: 1,
    help: 'Redraw the plot only every N training steps: on a slow machine, more time goes to training.',
  },
] as const satisfies readonly ParamSpec[];

/**
 * The grid's networks: the ring's small recipe (2×32 tanh, batch 64, Adam 1e-3 for both, β1 0.5), chosen for speed.
 * 2×64 nets with batch 128 were no better over 3,000 steps (4–16 modes, 1–2% high quality, seeds 1 and 2).
 */
const gridNets = {
  hiddenD: '32,32', hiddenG: '32,32', activation: 'tanh', batch: 64, dataSize: 5000, optimizerD: 'adam',
  optimizerG: 'adam', lrD: 0.001, lrG: 0.001, beta1: 0.5,
} as const satisfies Partial<Toy2dParams>;

export const toy2dSchema: ExperimentSchema<TypedEntries<typeof entries>> = {
  entries,
  defaultPreset: 'parabola',
  presets: {
    parabola: {
      label: 'Fredriksson’s parabola',
      description:
        'The tutorial’s recipe: 1,000 points with x ~ U[−5, 5] and y = x² + 5; G 2→10→10→2 and D 2→10→10→1 with ' +
        'leaky ReLU (α = 0.2), Glorot-uniform weights; z ~ N(0, I₂); Adam 0.001 for both; fixed shuffled batches of 32; ' +
        'the G step reuses the D step’s z. Watch the blob stretch into the curve; the warped z-grid shows how.',
      params: {},
    },
    ...ringPresets,
    grid25: {
      label: 'Grid of 25 Gaussians',
      description:
        'A 5×5 grid of Gaussians (spacing 2, σ = 0.05), the other standard coverage test, and a hard one: D and G ' +
        '2×32 tanh, Adam 0.001 for both (β1 = 0.5), batch 64. G spreads over the grid but does not settle into the ' +
        'modes: "modes captured" wanders (seed 1: 2, 17, 13, 19, 7 of 25 at steps 250, 500, 1,000, 2,000, 3,000; ' +
        'seed 2: 18, 10, 15, 16, 9), the high-quality share stays at 1–3% and D’s loss at chance (2 ln 2 ≈ 1.39). ' +
        'Try σ = 0.1: wider modes, 13–21 captured and 3–10% high quality from step 1,000 to 3,000 (seeds 1–3).',
      params: { dataset: 'grid25', sigma: 0.05, ...gridNets },
    },
    line: {
      label: 'A line',
      description: 'Points along y = x/2 with a little noise: G must fold its 2-D noise onto a 1-D set.',
      params: { dataset: 'line', sigma: 0.05 },
    },
    twoMoons: {
      label: 'Two moons',
      description: 'Two interleaved half circles: two curved pieces G must cover without bridging the gap.',
      params: { dataset: 'twoMoons', sigma: 0.05, hiddenD: '32,32', hiddenG: '32,32', batch: 64 },
    },
    draw: {
      label: 'Draw your own',
      description:
        'Draw points or strokes on the plot with a mouse, pen or finger (at least 8 points), then press Play. ' +
        'Training uses whatever you have drawn so far; draw more while it trains.',
      params: { dataset: 'draw', hiddenD: '32,32', hiddenG: '32,32', batch: 64 },
    },
  },
};
