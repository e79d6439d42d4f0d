// D's head: how a probability objective (core/objectives) reads D's last layer l as D(x) ∈ [0, 1], and the logs of
// D it needs, computed stably from l. The losses themselves live in core/objectives, one file per objective.
import { tf, type Tensor } from './tf';

/**
 * How D turns its last layer's output l into a probability D(x):
 *  sigmoid:  D = σ(l)                        (the usual choice; logs are computed stably from l)
 *  tanhClip: D = clip(tanh(l), 0.01, 0.99)   (Eric Jang's 1-D tutorial)
 */
export type DiscriminatorHead = 'sigmoid' | 'tanhClip';

/** tanhClip's bounds. */
export const CLIP_LO = 0.01;
export const CLIP_HI = 0.99;

export function probability(l: Tensor, head: DiscriminatorHead): Tensor {
  return head === 'sigmoid' ? tf.sigmoid(l) : tf.clipByValue(tf.tanh(l), CLIP_LO, CLIP_HI);
}

/** log D(x). For the sigmoid head, log σ(l) = −softplus(−l), exact and stable for large |l|. */
export function logD(l: Tensor, head: DiscriminatorHead): Tensor {
  return head === 'sigmoid' ? tf.neg(tf.softplus(tf.neg(l))) : tf.log(probability(l, head));
}

/** log(1 − D(x)). For the sigmoid head, log(1 − σ(l)) = −softplus(l). */
export function log1mD(l: Tensor, head: DiscriminatorHead): Tensor {
  return head === 'sigmoid' ? tf.neg(tf.softplus(l)) : tf.log(tf.sub(1, probability(l, head)));
}

/**
 * Binary cross-entropy from logits, max(l,0) − l·y + log(1 + e^{−|l|}) (the TensorFlow formula), elementwise: the
 * independent reference the tests hold the objectives' BCE losses to.
 */
export function bceFromLogits(l: Tensor, y: number): Tensor {
  return tf.tidy(() => tf.add(tf.sub(tf.relu(l), tf.mul(l, y)), tf.log1p(tf.exp(tf.neg(tf.abs(l))))));
}
