import type { Activation, Initializer } from '../../core/names';
import type { ObjectiveId } from '../../core/objectives';
import type { OptimizerConfig } from '../../core/optimizers';
import { optimizerConfig, paramReader } from '../paramReaders';
import { parseLayers, type Params } from '../../params/schema';
import type { DigitChoice } from './labels';
import { CHOICES, type LossForm, type MnistPrior } from './choices';

export { CHOICES };
export { MNIST_PRIORS, type MnistPrior } from './choices';

/** The MNIST experiment's parameters, typed (read from a validated Params record). */
export interface MnistConfig {
  seed: number;
  hiddenD: number[];
  hiddenG: number[];
  zDim: number;
  activation: Activation;
  init: Initializer;
  form: LossForm;
  loss: ObjectiveId;
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
  prior: MnistPrior;
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
  const { num, str, choice } = paramReader(p);
  const optimizer = (net: 'D' | 'G') => optimizerConfig(p, net);
  return {
    seed: num('seed'),
    hiddenD: parseLayers(str('hiddenD')),
    hiddenG: parseLayers(str('hiddenG')),
    zDim: num('zDim'),
    activation: choice('activation', CHOICES.activation),
    init: choice('init', CHOICES.init),
    form: choice('form', CHOICES.form),
    loss: choice('loss', CHOICES.loss),
    clip: num('clip'),
    gpWeight: num('gpWeight'),
    realLabel: num('realLabel'),
    optimizerD: optimizer('D'),
    optimizerG: optimizer('G'),
    batch: num('batch'),
    k: num('k'),
    kG: num('kG'),
    prior: choice('prior', CHOICES.prior),
    timelineEvery: num('timelineEvery'),
    conditional: p.conditional === true,
    digit: str('digit') === 'all' ? 'all' : Number(str('digit')),
    labelScale: num('labelScale'),
    averageG: num('averageG'),
  };
}
