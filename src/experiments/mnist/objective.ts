// The two ways of writing the GAN losses that the MNIST tutorials show (Kristiadi's gan_tensorflow.py):
//  logistic: the objective's losses computed stably from D's logits (core/objectives), trained on the fast path;
//  value:    the value function literally, logs of D's probabilities with ε (the objective's `valueForm`, in
//            core/objectives/bce.ts): the same function, but once σ(l) rounds to 0 or 1 its logs blow up.
// Only the probability objectives have a value form; for the others `form` changes nothing.
import type { Scalar, Tensor2D } from '../../core/tf';
import { objective, type ValueForm } from '../../core/objectives';
import { clipCritic, generate, type GanPair } from '../../core/gan';
import type { ParameterOptimizer } from '../../core/optimizers';

export type LossForm = 'logistic' | 'value';

/** The value form to train with autodiff, or null where the fast path trains (logistic, or no value form). */
export function valueFormFor(pair: GanPair, form: LossForm): ValueForm | null {
  return form === 'value' ? (objective(pair.objective).valueForm ?? null) : null;
}

/** One D update on real pixels x and noise z; G(z) is computed outside the gradient. Returns L_D before the update. */
export function updateDiscriminator(pair: GanPair, opt: ParameterOptimizer, x: Tensor2D, z: Tensor2D, form: ValueForm, realLabel: number): Scalar {
  const fake = generate(pair, z);
  const loss = opt.minimize(() => form.discriminatorLoss(pair.d.apply(x), pair.d.apply(fake), realLabel));
  fake.dispose();
  clipCritic(pair); // a no-op unless the objective clips its critic (those have no value form today)
  return loss;
}

/** One G update through D. Returns L_G before the update. */
export function updateGenerator(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D, form: ValueForm): Scalar {
  return opt.minimize(() => form.generatorLoss(pair.d.apply(generate(pair, z))));
}
