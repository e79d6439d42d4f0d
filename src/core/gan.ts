import { tf, type Scalar, type Tensor, type Tensor2D } from './tf';
import type { Network } from './network';
import { probability, type DiscriminatorHead } from './losses';
import { objective, type ObjectiveId } from './objectives';
import type { ParameterOptimizer } from './optimizers';
import { generatorOutput, type GeneratorOutput } from './generatorOutput';
import { DEFAULT_GP_WEIGHT } from './objectives/wgangp';
import { withCondition } from './conditioning';

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
  /** The bound c of the critic's weights, [−c, c], for objectives with weight clipping (WGAN); default 0.01. */
  clip?: number;
  /** λ of a gradient penalty (WGAN-GP), for objectives with one; default 10. */
  gpWeight?: number;
}

/** WGAN's clip bound when the pair sets none (Arjovsky et al. 2017, Algorithm 1: c = 0.01). */
export const DEFAULT_CLIP = 0.01;

/**
 * After a D update: clips every critic parameter to [−c, c] where the objective asks for it (WGAN's Algorithm 1,
 * line 8: w ← clip(w, −c, c)); nothing otherwise. Every training path (autodiff, tensor, fused, tiled) calls this.
 */
export function clipCritic(pair: GanPair): void {
  if (!objective(pair.objective).weightClipping) return;
  const c = pair.clip ?? DEFAULT_CLIP;
  tf.tidy(() => {
    for (const v of pair.d.variables) v.assign(tf.clipByValue(v, -c, c));
  });
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
 * outside the gradient so no work is spent differentiating G. Where the objective has a gradient penalty (WGAN-GP)
 * L_D includes it, on interpolates with weights ε ~ U[0, 1] drawn from `penaltySeed`; the critic's weights are
 * clipped after the update where the objective asks (clipCritic). Returns L_D before the update.
 * With a `condition` c (a conditional GAN, core/conditioning.ts) G reads [z | c] and D reads [x | c] for both the
 * real rows and the fakes, which are drawn for the real rows' own labels; a penalty's interpolates keep that c.
 */
export function discriminatorUpdate(
  pair: GanPair, opt: ParameterOptimizer, xPixels: Tensor2D, z: Tensor2D, realLabel = 1, penaltySeed = 0, condition?: Tensor2D,
): Scalar {
  const [xReal, fake] = tf.tidy(() => [withCondition(xPixels, condition), withCondition(generate(pair, withCondition(z, condition)), condition)]);
  const { discriminatorLoss, penalty } = objective(pair.objective);
  const eps = penalty ? (tf.randomUniform([xReal.shape[0], 1], 0, 1, 'float32', penaltySeed) as Tensor2D) : null;
  const weight = pair.gpWeight ?? DEFAULT_GP_WEIGHT;
  const loss = opt.minimize(() => {
    const value = discriminatorLoss(pair.d.apply(xReal), pair.d.apply(fake), pair.dHead, realLabel);
    return penalty && eps ? tf.add(value, penalty(pair.d, xReal, fake, eps, weight)) : value;
  });
  tf.dispose([fake, eps ?? []]);
  if (xReal !== xPixels) xReal.dispose(); // the caller's x is the caller's to dispose
  clipCritic(pair);
  return loss;
}

/** One generator update by autodiff: descend the objective's L_G through D, in G's parameters only (D reads [G(z|c) | c] given a condition c). */
export function generatorUpdate(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D, condition?: Tensor2D): Scalar {
  const { generatorLoss } = objective(pair.objective);
  return opt.minimize(() => generatorLoss(pair.d.apply(withCondition(generate(pair, withCondition(z, condition)), condition)), pair.dHead));
}
