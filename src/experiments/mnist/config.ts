import type { OptimizerConfig } from '../../core/optimizers';
import { networksAndObjective, schemaReader } from '../paramReaders';
import type { Params, ParamsOf } from '../../params/schema';
import type { DigitChoice } from './labels';
import type { mnistSchema } from './schema';
import { CHOICES } from './choices';

/** The MNIST experiment's parameter record, each key typed by its schema entry (a choice: the union of its values). */
export type MnistParams = ParamsOf<typeof mnistSchema.entries>;

/** The MNIST experiment's parameters, typed (read from a validated Params record). */
export interface MnistConfig {
  seed: number;
  hiddenD: number[];
  hiddenG: number[];
  zDim: number;
  activation: MnistParams['activation'];
  init: MnistParams['init'];
  form: MnistParams['form'];
  loss: MnistParams['loss'];
  /** WGAN's critic weight clip bound c (applies only to objectives with weight clipping). */
  clip: number;
  /** WGAN-GP's gradient-penalty weight λ (applies only to objectives with a gradient penalty). */
  gpWeight: number;
  realLabel: number;
  optimizerD: OptimizerConfig;
  optimizerG: OptimizerConfig;
  batch: number;
  k: number;
  /** G updates per step. */
  kG: number;
  prior: MnistParams['prior'];
  timelineEvery: number;
  /** A conditional GAN: the one-hot label goes into G after z and into D after the pixels (labels.ts). */
  conditional: boolean;
  /** Which digit the conditional grid asks for ('all': row r is digit r). */
  digit: DigitChoice;
  /** The hot entry of the one-hot label (1: a plain one-hot). */
  labelScale: number;
  /** β of the averaged generator that draws the samples (0: G itself). */
  averageG: number;
}

export function readConfig(p: Params): MnistConfig {
  const read = schemaReader<typeof mnistSchema.entries>(CHOICES, p);
  const { num, bool, choice } = read;
  const digit = choice('digit');
  return {
    seed: num('seed'),
    zDim: num('zDim'),
    form: choice('form'),
    realLabel: num('realLabel'),
    ...networksAndObjective(read),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: choice('prior'),
    timelineEvery: num('timelineEvery'),
    conditional: bool('conditional'),
    digit: digit === 'all' ? 'all' : Number(digit),
    labelScale: num('labelScale'),
    averageG: num('averageG'),
  };
}
