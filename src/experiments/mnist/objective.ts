// The two ways of writing the GAN losses that the MNIST tutorials show (Kristiadi's gan_tensorflow.py):
//  logistic: sigmoid cross-entropy on D's logits, D = BCE(D(x), 1) + BCE(D(G(z)), 0) — computed stably from logits
//            (core/losses: log σ(l) = −softplus(−l)).
//  value:    the value function literally, −mean(log D(x) + log(1 − D(G(z)))) with D = σ(l): the same function,
//            but once σ(l) rounds to 0 or 1 its logs blow up. ε = 1e-8 keeps them finite (Fredriksson's code uses ε).
import { tf, type Scalar, type Tensor, type Tensor2D } from '../../core/tf';
import { discriminatorLoss, generatorLoss, type GeneratorLoss } from '../../core/losses';
import { generate, type GanPair } from '../../core/gan';
import type { ParameterOptimizer } from '../../core/optimizers';

export type LossForm = 'logistic' | 'value';

const EPS = 1e-8;
const logOf = (p: Tensor) => tf.log(tf.add(p, EPS));

/** L_D with real-label y (one-sided smoothing when y < 1): −mean(y log D(x) + (1−y) log(1−D(x))) − mean(log(1−D(G(z)))). */
export function dLoss(lReal: Tensor, lFake: Tensor, form: LossForm, realLabel: number): Scalar {
  if (form === 'logistic') return discriminatorLoss(lReal, lFake, 'sigmoid', realLabel);
  return tf.tidy(() => {
    const dReal = tf.sigmoid(lReal);
    const dFake = tf.sigmoid(lFake);
    const real = tf.add(tf.mul(realLabel, logOf(dReal)), tf.mul(1 - realLabel, logOf(tf.sub(1, dReal))));
    return tf.neg(tf.add(tf.mean(real), tf.mean(logOf(tf.sub(1, dFake))))) as Scalar;
  });
}

/** L_G: −mean(log D(G(z))) (non-saturating) or mean(log(1 − D(G(z)))) (minimax, saturating). */
export function gLoss(lFake: Tensor, form: LossForm, kind: GeneratorLoss): Scalar {
  if (form === 'logistic') return generatorLoss(lFake, 'sigmoid', kind);
  return tf.tidy(() => {
    const dFake = tf.sigmoid(lFake);
    return (kind === 'nonsaturating' ? tf.neg(tf.mean(logOf(dFake))) : tf.mean(logOf(tf.sub(1, dFake)))) as Scalar;
  });
}

/** One D update on real pixels x and noise z; G(z) is computed outside the gradient. Returns L_D before the update. */
export function updateDiscriminator(
  pair: GanPair, opt: ParameterOptimizer, x: Tensor2D, z: Tensor2D, form: LossForm, realLabel: number,
): Scalar {
  const fake = generate(pair, z);
  const loss = opt.minimize(() => dLoss(pair.d.apply(x), pair.d.apply(fake), form, realLabel));
  fake.dispose();
  return loss;
}

/** One G update through D. Returns L_G before the update. */
export function updateGenerator(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D, form: LossForm, kind: GeneratorLoss): Scalar {
  return opt.minimize(() => gLoss(pair.d.apply(generate(pair, z)), form, kind));
}
