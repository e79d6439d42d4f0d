import { tf, type Scalar, type Tensor2D } from './tf';
import type { Network } from './network';
import { discriminatorLoss, generatorLoss, probability, type DiscriminatorHead, type GeneratorLoss } from './losses';
import type { ParameterOptimizer } from './optimizers';
import { generatorOutput, type GeneratorOutput } from './generatorOutput';

/** A generator and a discriminator, with how their last layers are read. */
export interface GanPair {
  g: Network;
  d: Network;
  dHead: DiscriminatorHead;
  /** How G's last (linear) layer becomes a sample. */
  gOutput: GeneratorOutput;
}

/** x = G(z). */
export function generate(pair: GanPair, z: Tensor2D): Tensor2D {
  return tf.tidy(() => generatorOutput(pair.gOutput, pair.g.apply(z)));
}

/** D(x) as probabilities. */
export function discriminate(pair: GanPair, x: Tensor2D): Tensor2D {
  return tf.tidy(() => probability(pair.d.apply(x), pair.dHead) as Tensor2D);
}

/**
 * One discriminator update: descend L_D = −(E[log D(x)] + E[log(1 − D(G(z)))]) in D's parameters only.
 * G(z) is computed outside the gradient so no work is spent differentiating G. Returns L_D before the update.
 */
export function discriminatorUpdate(
  pair: GanPair, opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel = 1,
): Scalar {
  const fake = generate(pair, z);
  const loss = opt.minimize(() => discriminatorLoss(pair.d.apply(xReal), pair.d.apply(fake), pair.dHead, realLabel));
  fake.dispose();
  return loss;
}

/** One generator update: descend G's loss (minimax or non-saturating) through D, in G's parameters only. */
export function generatorUpdate(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D, kind: GeneratorLoss): Scalar {
  return opt.minimize(() => generatorLoss(pair.d.apply(generate(pair, z)), pair.dHead, kind));
}
