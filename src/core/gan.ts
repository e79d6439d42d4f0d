import { tf, type Scalar, type Tensor, type Tensor2D } from './tf';
import type { Network } from './network';
import { probability, type DiscriminatorHead } from './losses';
import { objective, type ObjectiveId } from './objectives';
import type { ParameterOptimizer } from './optimizers';
import { generatorOutput, type GeneratorOutput } from './generatorOutput';

/** A generator and a discriminator, with how their last layers are read and the game they play. */
export interface GanPair {
  g: Network;
  d: Network;
  /** How D's last layer becomes a probability, for probability objectives (score objectives ignore it). */
  dHead: DiscriminatorHead;
  /** How G's last (linear) layer becomes a sample. */
  gOutput: GeneratorOutput;
  /** The objective (core/objectives): D's and G's losses. */
  objective: ObjectiveId;
}

/** x = G(z). */
export function generate(pair: GanPair, z: Tensor2D): Tensor2D {
  return tf.tidy(() => generatorOutput(pair.gOutput, pair.g.apply(z)));
}

/** D(x) from D's last layer l: the head's probability, or l itself for a score objective. */
export function readDiscriminator(pair: GanPair, l: Tensor): Tensor {
  return objective(pair.objective).output === 'score' ? l : probability(l, pair.dHead);
}

/** D(x): probabilities, or a critic's raw scores for a score objective. */
export function discriminate(pair: GanPair, x: Tensor2D): Tensor2D {
  return tf.tidy(() => readDiscriminator(pair, pair.d.apply(x)) as Tensor2D);
}

/**
 * One discriminator update by autodiff: descend the objective's L_D in D's parameters only. G(z) is computed
 * outside the gradient so no work is spent differentiating G. Returns L_D before the update.
 */
export function discriminatorUpdate(
  pair: GanPair, opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel = 1,
): Scalar {
  const fake = generate(pair, z);
  const { discriminatorLoss } = objective(pair.objective);
  const loss = opt.minimize(() => discriminatorLoss(pair.d.apply(xReal), pair.d.apply(fake), pair.dHead, realLabel));
  fake.dispose();
  return loss;
}

/** One generator update by autodiff: descend the objective's L_G through D, in G's parameters only. */
export function generatorUpdate(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D): Scalar {
  const { generatorLoss } = objective(pair.objective);
  return opt.minimize(() => generatorLoss(pair.d.apply(generate(pair, z)), pair.dHead));
}
