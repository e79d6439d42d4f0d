// Schema entries shared by every experiment, so links and scripts use the same keys everywhere.
import { choiceOptions, type BooleanSpec, type ChoiceSpec, type LayersSpec, type NumberSpec } from './schema';
import { HIDDEN_ACTIVATIONS, INITIALIZERS, OPTIMIZERS, type HiddenActivation, type Initializer, type OptimizerKind } from '../core/names';
import { SPEED_MODES, type SpeedMode } from '../engine/pacing';

// Each constructor's return type names its key (and a choice's values), so an experiment's entries keep them (ParamsOf).

export function seedEntry(def = 1): NumberSpec<'seed'> {
  return {
    kind: 'number', key: 'seed', label: 'Seed', group: 'run', effect: 'reset', min: 0, max: 999999, step: 1,
    integer: true, default: def,
    help: 'Every random draw (initial weights, data, noise) follows from the seed: same seed, same run.',
  };
}

export function learningRateEntry<N extends 'D' | 'G'>(net: N, def: number): NumberSpec<`lr${N}`> {
  return {
    kind: 'number', key: `lr${net}`, label: `Learning rate ${net}`, group: 'training', effect: 'live', min: 1e-5,
    max: 1, step: 1e-5, log: true, default: def,
    help: `Step size η of ${net}'s optimizer. Too high and training oscillates or diverges; too low and nothing moves.`,
  };
}

export function optimizerEntry<N extends 'D' | 'G'>(net: N, def: OptimizerKind): ChoiceSpec<`optimizer${N}`, OptimizerKind> {
  return {
    kind: 'choice', key: `optimizer${net}`, label: `Optimizer ${net}`, group: 'training', effect: 'live', default: def,
    options: choiceOptions(OPTIMIZERS, { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam', rmsprop: 'RMSProp' }),
    help: `How ${net} turns gradients into updates. RMSProp (ρ 0.9, ε 1e-8) divides by a running root mean square of the gradient, as WGAN's critic is trained. Changing it starts the optimizer's state (momentum, moments) afresh.`,
  };
}

export function momentumEntry(def: number): NumberSpec<'momentum'> {
  return {
    kind: 'number', key: 'momentum', label: 'Momentum μ', group: 'training', effect: 'live', min: 0, max: 0.99,
    step: 0.01, default: def, help: 'Momentum optimizer: v ← μv + g, θ ← θ − ηv. Eric Jang uses 0.6.',
  };
}

export function beta1Entry(def: number): NumberSpec<'beta1'> {
  return {
    kind: 'number', key: 'beta1', label: 'Adam β1', group: 'training', effect: 'live', min: 0, max: 0.999,
    step: 0.01, default: def, help: "Adam's first-moment decay. GANs often use 0.5 instead of the default 0.9.",
  };
}

export function beta2Entry(def = 0.999): NumberSpec<'beta2'> {
  return {
    kind: 'number', key: 'beta2', label: 'Adam β2', group: 'training', effect: 'live', min: 0, max: 0.9999,
    step: 0.001, default: def,
    help: "Adam's second-moment decay: 0.999 by default; WGAN-GP (Gulrajani et al. 2017) uses 0.9.",
  };
}

/** G updates per step (after the k D updates). */
export function kGEntry(def = 1): NumberSpec<'kG'> {
  return {
    kind: 'number', key: 'kG', label: 'kG (G steps per step)', group: 'training', effect: 'live', min: 1, max: 20,
    step: 1, integer: true, default: def,
    help: 'Generator updates per training step, after the k updates of D. Algorithm 1 uses 1.',
  };
}

export function kEntry(def = 1): NumberSpec<'k'> {
  return {
    kind: 'number', key: 'k', label: 'k (D steps per G step)', group: 'training', effect: 'live', min: 1, max: 20,
    step: 1, integer: true, default: def,
    help: 'Algorithm 1 of Goodfellow et al.: k updates of D, then one of G. They used k = 1.',
  };
}

export function batchEntry(def: number, max = 2048): NumberSpec<'batch'> {
  return {
    kind: 'number', key: 'batch', label: 'Batch size', group: 'training', effect: 'live', min: 1, max, step: 1,
    integer: true, default: def, help: 'Real samples and noise vectors per update.',
  };
}

export function hiddenEntry<N extends 'D' | 'G'>(net: N, def: string, maxUnits: number): LayersSpec<`hidden${N}`> {
  return {
    kind: 'layers', key: `hidden${net}`, label: `${net} hidden layers`, group: 'networks', effect: 'reset',
    default: def, maxLayers: 4, maxUnits,
    help: `Widths of ${net}'s hidden layers, comma-separated (e.g. 6,5). Changing them rebuilds the networks.`,
  };
}

export function activationEntry(def: HiddenActivation): ChoiceSpec<'activation', HiddenActivation> {
  return {
    kind: 'choice', key: 'activation', label: 'Hidden activation', group: 'networks', effect: 'reset', default: def,
    options: choiceOptions(HIDDEN_ACTIVATIONS, { tanh: 'tanh', relu: 'ReLU', leakyRelu: 'Leaky ReLU (0.2)' }),
    help: 'Non-linearity of every hidden layer of both networks.',
  };
}

export function initEntry(def: Initializer): ChoiceSpec<'init', Initializer> {
  return {
    kind: 'choice', key: 'init', label: 'Initialiser', group: 'networks', effect: 'reset', default: def,
    options: choiceOptions(INITIALIZERS, { glorot: 'Glorot uniform', he: 'He normal √(2/fan-in)', normal: 'N(0, 1)' }),
    help: 'How the initial weights are drawn (biases start at 0).',
  };
}

export function decayEntries(): [BooleanSpec<'decay'>, NumberSpec<'decayRate'>, NumberSpec<'decaySteps'>] {
  return [
    {
      kind: 'boolean', key: 'decay', label: 'Learning-rate decay', group: 'training', effect: 'live', default: false,
      help: 'Staircase exponential decay: η = η₀ · rate^⌊step / every⌋ (Eric Jang: ×0.95 every 2,500 steps).',
    },
    {
      kind: 'number', key: 'decayRate', label: 'Decay rate', group: 'training', effect: 'live', min: 0.1, max: 1,
      step: 0.01, default: 0.95, help: 'Factor applied to the learning rate at each decay step.',
    },
    {
      kind: 'number', key: 'decaySteps', label: 'Decay every', group: 'training', effect: 'live', min: 10,
      max: 100000, step: 10, integer: true, default: 2500, help: 'Training steps between two decays.',
    },
  ];
}

export function averageEntry(def = 0): NumberSpec<'averageG'> {
  return {
    kind: 'number', key: 'averageG', label: 'Averaged G (EMA β)', group: 'training', effect: 'live', min: 0,
    max: 0.9999, step: 0.0001, default: def,
    help: 'Draw the samples from an average of G’s weights, θ̄ ← β·θ̄ + (1 − β)·θ after each G update (Yazıcı et al. 2019), instead of from G itself. 0 = off. Training is unchanged; the average smooths out G’s swings around the equilibrium. β = 0.999 averages over about the last 1,000 updates.',
  };
}

/** Steps per drawn frame (engine/pacing.ts): watch every update, or let the page find the most it can draw. */
/** The largest stopAt step (a lecture runs minutes, not days). */
export const STOP_AT_MAX = 1_000_000;

export function stopAtEntry(): NumberSpec<'stopAt'> {
  return {
    kind: 'number', key: 'stopAt', label: 'Stop at step', group: 'run', effect: 'live', min: 0, max: STOP_AT_MAX,
    step: 100, integer: true, default: 0, noSlider: true,
    help: 'Play pauses by itself when training reaches this step (0: never), so a demo or a lesson stops exactly where the story is. Pressing Play again goes on past it.',
  };
}

export function speedEntry(): ChoiceSpec<'speed', SpeedMode> {
  return {
    kind: 'choice', key: 'speed', label: 'Speed', group: 'run', effect: 'live', default: 'auto',
    options: choiceOptions(SPEED_MODES, {
      1: '1 step per frame',
      10: '10 steps per frame',
      100: '100 steps per frame',
      auto: 'Auto (≥ 30 frames/s)',
      max: 'Max (training first)',
    }),
    help: 'Training steps between two redraws. 1: watch every update. Auto: as many as keep the panels at 30 frames per second. Max: throughput first, panels redrawn at least 4 times per second. Keys + and −.',
  };
}
