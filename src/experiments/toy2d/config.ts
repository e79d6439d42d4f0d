import type { Activation } from '../../core/activations';
import type { ObjectiveId } from '../../core/objectives';
import type { Initializer } from '../../core/mlp';
import type { OptimizerConfig } from '../../core/optimizers';
import { optimizerConfig, paramReader } from '../paramReaders';
import { parseLayers, type Params } from '../../params/schema';
import type { DatasetId, DatasetSpec } from './datasets';

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
  prior: 'normal' | 'uniform';
  freshZ: boolean;
  drawEvery: number;
}

export function readConfig(p: Params): Toy2dConfig {
  const { num, str } = paramReader(p);
  const optimizer = (net: 'D' | 'G') => optimizerConfig(p, net);
  return {
    seed: num('seed'),
    data: { id: str('dataset') as DatasetId, size: num('dataSize'), radius: num('radius'), sigma: num('sigma') },
    hiddenD: parseLayers(str('hiddenD')),
    hiddenG: parseLayers(str('hiddenG')),
    activation: str('activation') as Activation,
    init: str('init') as Initializer,
    zDim: num('zDim'),
    loss: str('loss') as ObjectiveId,
    clip: num('clip'),
    gpWeight: num('gpWeight'),
    optimizerD: optimizer('D'),
    optimizerG: optimizer('G'),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: str('prior') as 'normal' | 'uniform',
    freshZ: p.freshZ === true,
    drawEvery: num('drawEvery'),
  };
}
