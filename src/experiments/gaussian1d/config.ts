import type { OptimizerConfig } from '../../core/optimizers';
import { networksAndObjective, schemaReader } from '../paramReaders';
import type { Params, ParamsOf } from '../../params/schema';
import type { gaussian1dSchema } from './schema';
import { CHOICES } from './choices';
import type { Target1d } from './target';

/** The 1-D experiment's parameter record, each key typed by its schema entry (a choice: the union of its values). */
export type Gaussian1dParams = ParamsOf<typeof gaussian1dSchema.entries>;

/** The 1-D experiment's parameters, typed (read from a validated Params record). */
export interface Gaussian1dConfig {
  seed: number;
  /** Which p_data: the Gaussian `target`, or the user's sample (held by the run, experiments/gaussian1d/empirical.ts). */
  targetKind: Gaussian1dParams['target'];
  target: Target1d;
  hiddenD: number[];
  hiddenG: number[];
  activation: Gaussian1dParams['activation'];
  init: Gaussian1dParams['init'];
  dOutput: Gaussian1dParams['dOutput'];
  gOutput: Gaussian1dParams['gOutput'];
  loss: Gaussian1dParams['loss'];
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
  prior: Gaussian1dParams['prior'];
  zRange: number;
  pretrainSteps: number;
}

export function readConfig(p: Params): Gaussian1dConfig {
  const read = schemaReader<typeof gaussian1dSchema.entries>(CHOICES, p);
  const { num, bool, choice } = read;
  return {
    seed: num('seed'),
    targetKind: choice('target'),
    target: { mu: num('mu'), sigma: num('sigma'), mix: num('mix'), separation: num('separation') },
    dOutput: choice('dOutput'),
    gOutput: choice('gOutput'),
    ...networksAndObjective(read),
    decay: { on: bool('decay'), rate: num('decayRate'), every: num('decaySteps') },
    averageG: num('averageG'),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: choice('prior'),
    zRange: num('zRange'),
    pretrainSteps: bool('pretrainD') ? num('pretrainSteps') : 0,
  };
}
