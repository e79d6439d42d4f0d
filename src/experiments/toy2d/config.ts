import type { OptimizerConfig } from '../../core/optimizers';
import { networksAndObjective, schemaReader } from '../paramReaders';
import type { Params, ParamsOf } from '../../params/schema';
import type { DatasetSpec } from './datasets';
import type { toy2dSchema } from './schema';
import { CHOICES } from './choices';

/** The 2-D experiment's parameter record, each key typed by its schema entry (a choice: the union of its values). */
export type Toy2dParams = ParamsOf<typeof toy2dSchema.entries>;

/** The 2-D experiment's parameters, typed (read from a validated Params record). */
export interface Toy2dConfig {
  seed: number;
  data: DatasetSpec;
  hiddenD: number[];
  hiddenG: number[];
  activation: Toy2dParams['activation'];
  init: Toy2dParams['init'];
  zDim: number;
  loss: Toy2dParams['loss'];
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
  prior: Toy2dParams['prior'];
  freshZ: boolean;
  drawEvery: number;
}

export function readConfig(p: Params): Toy2dConfig {
  const read = schemaReader<typeof toy2dSchema.entries>(CHOICES, p);
  const { num, bool, choice } = read;
  return {
    seed: num('seed'),
    data: { id: choice('dataset'), size: num('dataSize'), radius: num('radius'), sigma: num('sigma') },
    zDim: num('zDim'),
    ...networksAndObjective(read),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: choice('prior'),
    freshZ: bool('freshZ'),
    drawEvery: num('drawEvery'),
  };
}
