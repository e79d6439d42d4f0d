// The binary cross-entropy pieces that the two objectives of Goodfellow et al. 2014 share: D's loss (the same for
// both), the two generator losses, and their derivatives in D's last-layer value l for each head, as tensor code and
// as GLSL. minimax.ts and nonsaturating.ts assemble their records from these.
import { tf, type Scalar, type Tensor } from '../tf';
import { log1mD, logD, type DiscriminatorHead } from '../losses';
import type { TermGlsl, TermGradients, ValueForm } from './types';

/**
 * D's loss, the negated value function V(D,G) on a minibatch (Goodfellow et al. 2014, eq. 1):
 *   L_D = −( E_x[log D(x)] + E_z[log(1 − D(G(z)))] )
 * i.e. the sum of the two binary cross-entropies; at equilibrium (D ≡ ½) it equals 2 ln 2 ≈ 1.386.
 * `realLabel` < 1 gives one-sided label smoothing (Salimans et al. 2016): the real term becomes
 * −(y·log D(x) + (1−y)·log(1−D(x))).
 */
export function bceDiscriminatorLoss(lReal: Tensor, lFake: Tensor, head: DiscriminatorHead, realLabel: number): Scalar {
  return tf.tidy(() => {
    let realTerm = tf.mean(logD(lReal, head));
    if (realLabel < 1) {
      realTerm = tf.add(tf.mul(realLabel, realTerm), tf.mul(1 - realLabel, tf.mean(log1mD(lReal, head))));
    }
    const fakeTerm = tf.mean(log1mD(lFake, head));
    return tf.neg(tf.add(realTerm, fakeTerm)) as Scalar;
  });
}

/** Non-saturating G loss, −E[log D(G(z))] (Goodfellow et al. 2014, §3); ln 2 at equilibrium. */
export function negLogDLoss(lFake: Tensor, head: DiscriminatorHead): Scalar {
  return tf.tidy(() => tf.neg(tf.mean(logD(lFake, head))) as Scalar);
}

/** Minimax G loss, E[log(1 − D(G(z)))] (the value function's G term); −ln 2 at equilibrium. */
export function logOneMinusDLoss(lFake: Tensor, head: DiscriminatorHead): Scalar {
  return tf.tidy(() => tf.mean(log1mD(lFake, head)) as Scalar);
}

/** t = tanh(l) and the 0/1 mask m where clip(t, 0.01, 0.99) passes gradient. */
function clippedTanh(l: Tensor): { t: Tensor; mask: Tensor } {
  const t = tf.tanh(l);
  return { t, mask: tf.mul(tf.step(tf.sub(t, 0.01), 0), tf.step(tf.sub(0.99, t), 0)) };
}

/**
 * v·m where the clip passes (m = 1, or −1 for a negated term) and exactly 0 where it does not (m = 0), even where v is
 * infinite (1/t at t = 0, a logit of exactly 0: a ReLU D whose units are all off); a NaN m (a NaN logit) stays NaN.
 * Where m = ±1 this is v·m to the bit.
 */
function gated(v: Tensor, m: Tensor): Tensor {
  return tf.where(tf.equal(m, 0), tf.zerosLike(v), tf.mul(v, m));
}

/** Per-row derivatives in l of the BCE terms, before the batch mean's 1/B. */
interface BceGradients {
  real: TermGradients['real'];
  fake: TermGradients['fake'];
  /** of −log D */
  negLogD(l: Tensor): Tensor;
  /** of log(1 − D) */
  logOneMinusD(l: Tensor): Tensor;
}

/**
 * sigmoid (D = σ(l)):  real −[y log D + (1−y) log(1−D)]: σ(l) − y;   fake −log(1−D): σ(l);
 *                      −log D: σ(l) − 1;                             log(1−D): −σ(l)
 * tanhClip (D = clip(t, 0.01, 0.99), t = tanh l, D' = m(1 − t²)):
 *                      real: −m[y(1/t − t) − (1−y)(1 + t)];          fake: m(1 + t);
 *                      −log D: −m(1/t − t);                          log(1−D): −m(1 + t)
 */
export function bceGradients(head: DiscriminatorHead): BceGradients {
  if (head === 'sigmoid') {
    return {
      real: (l, y) => tf.sub(tf.sigmoid(l), y),
      fake: (l) => tf.sigmoid(l),
      negLogD: (l) => tf.sub(tf.sigmoid(l), 1),
      logOneMinusD: (l) => tf.neg(tf.sigmoid(l)),
    };
  }
  return {
    real: (l, y) => {
      const { t, mask } = clippedTanh(l);
      // 1 − y in float32, as the GLSL computes it
      const notY = tf.sub(1, tf.scalar(y));
      return gated(tf.sub(tf.mul(y, tf.sub(tf.div(1, t), t)), tf.mul(notY, tf.add(1, t))), tf.neg(mask));
    },
    fake: (l) => {
      const { t, mask } = clippedTanh(l);
      return gated(tf.add(1, t), mask);
    },
    negLogD: (l) => {
      const { t, mask } = clippedTanh(l);
      return gated(tf.sub(tf.div(1, t), t), tf.neg(mask));
    },
    logOneMinusD: (l) => {
      const { t, mask } = clippedTanh(l);
      return gated(tf.add(1, t), tf.neg(mask));
    },
  };
}

/** GLSL of the same derivatives, or of the terms (function bodies; a NaN l gives NaN, as the tensor code does). */
interface BceGlsl {
  real: string;
  fake: string;
  negLogD: string;
  logOneMinusD: string;
}

const CLIPPED_TANH = `float t = tanh_(l);
  if (isnan(t)) return t;
  if (!(t > 0.01 && t < 0.99)) return 0.0;`;

export function bceGlsl(head: DiscriminatorHead): BceGlsl {
  if (head === 'sigmoid') {
    return {
      real: 'return sigmoid_(l) - y;',
      fake: 'return sigmoid_(l);',
      negLogD: 'return sigmoid_(l) - 1.0;',
      logOneMinusD: 'return -sigmoid_(l);',
    };
  }
  return {
    real: `${CLIPPED_TANH}\n  return -(y * (1.0 / t - t) - (1.0 - y) * (1.0 + t));`,
    fake: `${CLIPPED_TANH}\n  return 1.0 + t;`,
    negLogD: `${CLIPPED_TANH}\n  return -(1.0 / t - t);`,
    logOneMinusD: `${CLIPPED_TANH}\n  return -(1.0 + t);`,
  };
}

/**
 * The BCE terms themselves as GLSL, the same functions as bceDiscriminatorLoss, negLogDLoss and logOneMinusDLoss:
 * sigmoid: −log D = softplus(−l), −log(1 − D) = softplus(l) (the stable forms of core/losses.ts);
 * tanhClip: the logs of p = clip(tanh l, 0.01, 0.99). The real term is −[y log D + (1−y) log(1−D)], −log D at y = 1.
 */
export function bceValueGlsl(head: DiscriminatorHead): BceGlsl {
  if (head === 'sigmoid') {
    return {
      real: 'return y < 1.0 ? y * softplus_(-l) + (1.0 - y) * softplus_(l) : softplus_(-l);',
      fake: 'return softplus_(l);',
      negLogD: 'return softplus_(-l);',
      logOneMinusD: 'return -softplus_(l);',
    };
  }
  const p = 'float p = clamp(tanh_(l), 0.01, 0.99);';
  return {
    real: `${p}\n  return y < 1.0 ? -(y * log(p) + (1.0 - y) * log(1.0 - p)) : -log(p);`,
    fake: `${p}\n  return -log(1.0 - p);`,
    negLogD: `${p}\n  return -log(p);`,
    logOneMinusD: `${p}\n  return log(1.0 - p);`,
  };
}

/** The TermGradients / TermGlsl of an objective whose G loss is one of the two BCE generator terms. */
export function bceTerms(generator: 'negLogD' | 'logOneMinusD') {
  return {
    gradients(head: DiscriminatorHead): TermGradients {
      const g = bceGradients(head);
      return { real: g.real, fake: g.fake, generator: g[generator] };
    },
    glsl(head: DiscriminatorHead): TermGlsl {
      const g = bceGlsl(head);
      return { real: g.real, fake: g.fake, generator: g[generator] };
    },
    valueGlsl(head: DiscriminatorHead): TermGlsl {
      const v = bceValueGlsl(head);
      return { real: v.real, fake: v.fake, generator: v[generator] };
    },
  };
}

// The value-function form that Kristiadi's MNIST code shows: the value function literally, with D = σ(l) and logs of
// probabilities, log(D + ε). The same function as the logistic form above, but once σ(l) rounds to 0 or 1 its logs
// blow up; ε = 1e-8 keeps them finite (Fredriksson's code uses ε).
const EPS = 1e-8;
const logOf = (p: Tensor) => tf.log(tf.add(p, EPS));

/** The value form of D's loss and of one BCE generator loss, for a sigmoid D. */
export function bceValueForm(generator: 'negLogD' | 'logOneMinusD'): ValueForm {
  return {
    discriminatorLoss: (lReal, lFake, realLabel) =>
      tf.tidy(() => {
        const dReal = tf.sigmoid(lReal);
        const dFake = tf.sigmoid(lFake);
        const real = tf.add(tf.mul(realLabel, logOf(dReal)), tf.mul(1 - realLabel, logOf(tf.sub(1, dReal))));
        return tf.neg(tf.add(tf.mean(real), tf.mean(logOf(tf.sub(1, dFake))))) as Scalar;
      }),
    generatorLoss: (lFake) =>
      tf.tidy(() => {
        const dFake = tf.sigmoid(lFake);
        return (generator === 'negLogD' ? tf.neg(tf.mean(logOf(dFake))) : tf.mean(logOf(tf.sub(1, dFake)))) as Scalar;
      }),
  };
}
