import type { Activation, Initializer, Prior } from '../../core/names';
import type { DiscriminatorHead } from '../../core/losses';
import type { ObjectiveId } from '../../core/objectives';
import type { OptimizerConfig } from '../../core/optimizers';
import { CHOICES, type G_OUTPUTS } from './choices';
import { optimizerConfig, paramReader } from '../paramReaders';
import { parseLayers, type Params } from '../../params/schema';
import type { Target1d } from './target';

export { CHOICES };

/** The 1-D experiment's parameters, typed (read from a validated Params record). */
export interface Gaussian1dConfig {
  seed: number;
  /** Which p_data: the Gaussian `target`, or the user's sample (held by the run, experiments/gaussian1d/empirical.ts). */
  targetKind: (typeof CHOICES.target)[number];
  target: Target1d;
  hiddenD: number[];
  hiddenG: number[];
  activation: Activation;
  init: Initializer;
  dOutput: DiscriminatorHead;
  gOutput: (typeof G_OUTPUTS)[number];
  loss: ObjectiveId;
  /** WGAN's critic weight clip bound c (applies only to objectives with weight clipping). */
  clip: number;
  /** WGAN-GP's gradient-penalty weight λ (applies only to objectives with a gradient penalty). */
  gpWeight: number;
  optimizerD: OptimizerConfig;
  optimizerG: OptimizerConfig;
  decay: { on: boolean; rate: number; every: number };
  /** β of the averaged generator that draws the samples (0: G itself). */
  averageG: number;
  batch: number;
  k: number;
  /** G updates per step. */
  kG: number;
  prior: Prior;
  zRange: number;
  pretrainSteps: number;
}

export function readConfig(p: Params): Gaussian1dConfig {
  const { num, str, choice } = paramReader(p);
  const optimizer = (net: 'D' | 'G') => optimizerConfig(p, net);
  return {
    seed: num('seed'),
    targetKind: choice('target', CHOICES.target),
    target: { mu: num('mu'), sigma: num('sigma'), mix: num('mix'), separation: num('separation') },
    hiddenD: parseLayers(str('hiddenD')),
    hiddenG: parseLayers(str('hiddenG')),
    activation: choice('activation', CHOICES.activation),
    init: choice('init', CHOICES.init),
    dOutput: choice('dOutput', CHOICES.dOutput),
    gOutput: choice('gOutput', CHOICES.gOutput),
    loss: choice('loss', CHOICES.loss),
    clip: num('clip'),
    gpWeight: num('gpWeight'),
    optimizerD: optimizer('D'),
    optimizerG: optimizer('G'),
    decay: { on: p.decay === true, rate: num('decayRate'), every: num('decaySteps') },
    averageG: num('averageG'),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: choice('prior', CHOICES.prior),
    zRange: num('zRange'),
    pretrainSteps: p.pretrainD === true ? num('pretrainSteps') : 0,
  };
}
