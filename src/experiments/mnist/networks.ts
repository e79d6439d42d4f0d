// The MNIST GAN's two networks for a config, and the noise z that G reads: G maps z ∈ ℝ^zDim (with a conditional
// run's one-hot label after it) to 784 sigmoid pixels, D maps a digit (and its label) to the probability that it is
// real. Both are packed MLPs seeded from the run's seed, so a seed always builds the same pair.
import type { Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import type { FastPair } from '../../core/fastGan';
import { sampleNoise } from '../../core/priors';
import { deriveSeed, Stream } from '../../core/rng';
import type { MnistConfig } from './config';
import { PIXELS } from './asset';
import { LABEL_COLUMNS } from './labels';

/** The run's G and D for a config. */
export function mnistNetworks(config: MnistConfig): FastPair {
  const { seed, hiddenD, hiddenG, activation, init, zDim } = config;
  // a conditional GAN's one-hot label enters both networks as extra input columns (labels.ts: padded to 12)
  const label = config.conditional ? LABEL_COLUMNS : 0;
  return {
    g: new PackedMlp({ sizes: [zDim + label, ...hiddenG, PIXELS], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initG), name: 'G' }),
    d: new PackedMlp({ sizes: [PIXELS + label, ...hiddenD, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initD), name: 'D' }),
    dHead: 'sigmoid',
    gOutput: 'sigmoid',
    objective: config.loss,
    clip: config.clip,
    gpWeight: config.gpWeight,
  };
}

/** n rows of G's noise z, drawn from the config's prior with this seed. */
export function latentNoise(config: Pick<MnistConfig, 'prior' | 'zDim'>, n: number, seed: number): Tensor2D {
  return sampleNoise(config.prior, n, config.zDim, 1, seed);
}
