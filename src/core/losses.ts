import { tf, type Scalar, type Tensor } from './tf';

/**
 * How D turns its last layer's output l into a probability D(x):
 *  sigmoid:  D = σ(l)                        (the usual choice; logs are computed stably from l)
 *  tanhClip: D = clip(tanh(l), 0.01, 0.99)   (Eric Jang's 1-D tutorial)
 */
export type DiscriminatorHead = 'sigmoid' | 'tanhClip';

/**
 * The generator's objective:
 *  minimax:       G minimises  E[log(1 − D(G(z)))]  (the value function; saturates when D rejects fakes)
 *  nonsaturating: G minimises −E[log D(G(z))]       (Goodfellow et al. 2014, §3: stronger early gradients)
 */
export type GeneratorLoss = 'minimax' | 'nonsaturating';
export const GENERATOR_LOSSES: readonly GeneratorLoss[] = ['minimax', 'nonsaturating'];

const CLIP_LO = 0.01;
const CLIP_HI = 0.99;

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
 * D's loss, the negated value function V(D,G) on a minibatch (Goodfellow et al. 2014, eq. 1):
 *   L_D = −( E_x[log D(x)] + E_z[log(1 − D(G(z)))] )
 * i.e. the sum of the two binary cross-entropies; at equilibrium (D ≡ ½) it equals 2 ln 2 ≈ 1.386.
 * `realLabel` < 1 gives one-sided label smoothing (Salimans et al. 2016): the real term becomes
 * −(y·log D(x) + (1−y)·log(1−D(x))).
 */
export function discriminatorLoss(lReal: Tensor, lFake: Tensor, head: DiscriminatorHead, realLabel = 1): Scalar {
  return tf.tidy(() => {
    let realTerm = tf.mean(logD(lReal, head));
    if (realLabel < 1) {
      realTerm = tf.add(tf.mul(realLabel, realTerm), tf.mul(1 - realLabel, tf.mean(log1mD(lReal, head))));
    }
    const fakeTerm = tf.mean(log1mD(lFake, head));
    return tf.neg(tf.add(realTerm, fakeTerm)) as Scalar;
  });
}

/** G's loss on D's outputs for generated samples; equilibrium: ln 2 (non-saturating) or −ln 2 (minimax). */
export function generatorLoss(lFake: Tensor, head: DiscriminatorHead, kind: GeneratorLoss): Scalar {
  return tf.tidy(() =>
    kind === 'nonsaturating' ? (tf.neg(tf.mean(logD(lFake, head))) as Scalar) : (tf.mean(log1mD(lFake, head)) as Scalar),
  );
}

/** The loss values a perfect equilibrium (p_g = p_data, D ≡ ½) would show, for reference lines. */
export function equilibriumLosses(kind: GeneratorLoss): { d: number; g: number } {
  return { d: 2 * Math.LN2, g: kind === 'nonsaturating' ? Math.LN2 : -Math.LN2 };
}

/** Binary cross-entropy from logits, max(l,0) − l·y + log(1 + e^{−|l|}) (the TensorFlow formula), elementwise. */
export function bceFromLogits(l: Tensor, y: number): Tensor {
  return tf.tidy(() => tf.add(tf.sub(tf.relu(l), tf.mul(l, y)), tf.log1p(tf.exp(tf.neg(tf.abs(l))))));
}
