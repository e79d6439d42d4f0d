// The two ways of writing the GAN losses that the MNIST tutorials show (Kristiadi's gan_tensorflow.py):
//  logistic: the objective's losses computed stably from D's logits (core/objectives), trained on the fast path;
//  value:    the value function literally, logs of D's probabilities with ε (the objective's `valueForm`, in
//            core/objectives/bce.ts): the same function, but once σ(l) rounds to 0 or 1 its logs blow up.
// Only the probability objectives have a value form; for the others `form` changes nothing.
import { tf, type Scalar, type Tensor2D } from '../../core/tf';
import { objective, type ValueForm } from '../../core/objectives';
import { clipCritic, generate, type GanPair } from '../../core/gan';
import { withCondition } from '../../core/conditioning';
import type { ParameterOptimizer } from '../../core/optimizers';

import type { LossForm } from './choices';

export { LOSS_FORMS, type LossForm } from './choices';

/** The value form to train with autodiff, or null where the fast path trains (logistic, or no value form). */
export function valueFormFor(pair: GanPair, form: LossForm): ValueForm | null {
  return form === 'value' ? (objective(pair.objective).valueForm ?? null) : null;
}

/**
 * One D update on real pixels x and noise z; G(z) is computed outside the gradient. Returns L_D before the update.
 * A conditional run's labels y go in after z and after the pixels (real and fake rows share them).
 */
export function updateDiscriminator(pair: GanPair, opt: ParameterOptimizer, x: Tensor2D, z: Tensor2D, form: ValueForm, realLabel: number, y?: Tensor2D): Scalar {
  const [real, fake] = tf.tidy(() => [withCondition(x, y), withCondition(generate(pair, withCondition(z, y)), y)]);
  const loss = opt.minimize(() => form.discriminatorLoss(pair.d.apply(real), pair.d.apply(fake), realLabel));
  tf.dispose(real === x ? [fake] : [real, fake]);
  clipCritic(pair); // a no-op unless the objective clips its critic (those have no value form today)
  return loss;
}

/** One G update through D (D reads [G(z | y) | y] given labels y). Returns L_G before the update. */
export function updateGenerator(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D, form: ValueForm, y?: Tensor2D): Scalar {
  return opt.minimize(() => form.generatorLoss(pair.d.apply(withCondition(generate(pair, withCondition(z, y)), y))));
}
