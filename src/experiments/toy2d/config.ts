import type { Activation, Initializer } from '../../core/names';
import type { ObjectiveId } from '../../core/objectives';
import type { OptimizerConfig } from '../../core/optimizers';
import { optimizerConfig, paramReader } from '../paramReaders';
import { parseLayers, type Params } from '../../params/schema';
import type { DatasetSpec } from './datasets';
import { CHOICES } from './choices';

export { CHOICES };

/** The 2-D experiment's parameters, typed (read from a validated Params record). */
export interface Toy2dConfig {
  seed: number;
  data: DatasetSpec;
  hiddenD: number[];
  hiddenG: number[];
  activation: Activation;
  init: Initializer;
  zDim: number;
  loss: ObjectiveId;
  /** WGAN's critic weight clip bound c (applies only to objectives with weight clipping). */
  clip: number;
  /** WGAN-GP's gradient-penalty weight λ (applies only to objectives with a gradient penalty). */
  gpWeight: number;
  optimizerD: OptimizerConfig;
  optimizerG: OptimizerConfig;
  batch: number;
  k: number;
  /** G updates per step. */
  kG: number;
  prior: (typeof CHOICES.prior)[number];
  freshZ: boolean;
  drawEvery: number;
}

export function readConfig(p: Params): Toy2dConfig {
  const { num, str, choice } = paramReader(p);
  const optimizer = (net: 'D' | 'G') => optimizerConfig(p, net);
  return {
    seed: num('seed'),
    data: { id: choice('dataset', CHOICES.dataset), size: num('dataSize'), radius: num('radius'), sigma: num('sigma') },
    hiddenD: parseLayers(str('hiddenD')),
    hiddenG: parseLayers(str('hiddenG')),
    activation: choice('activation', CHOICES.activation),
    init: choice('init', CHOICES.init),
    zDim: num('zDim'),
    loss: choice('loss', CHOICES.loss),
    clip: num('clip'),
    gpWeight: num('gpWeight'),
    optimizerD: optimizer('D'),
    optimizerG: optimizer('G'),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: choice('prior', CHOICES.prior),
    freshZ: p.freshZ === true,
    drawEvery: num('drawEvery'),
  };
}
