import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';
import type { MixtureComponent } from '../../core/gaussian';

/** The data distribution p_data: N(μ, σ²), optionally mixed with a second mode at μ + separation. */
export interface Target1d {
  mu: number;
  sigma: number;
  /** Weight of the second mode, 0 for a single Gaussian. */
  mix: number;
  separation: number;
}

export function components(t: Target1d): MixtureComponent[] {
  if (t.mix <= 0) return [{ weight: 1, mu: t.mu, sigma: t.sigma }];
  return [
    { weight: 1 - t.mix, mu: t.mu, sigma: t.sigma },
    { weight: t.mix, mu: t.mu + t.separation, sigma: t.sigma },
  ];
}

/** x ~ p_data: x = μ + σ·ε + separation·[u < mix], ε ~ N(0,1), u ~ U(0,1) (the normal draw is made on the host). */
export function sampleTarget(t: Target1d, n: number, seed: number): Tensor2D {
  return tf.tidy(() => {
    let x: tf.Tensor = tf.randomNormal([n, 1], t.mu, t.sigma, 'float32', seed);
    if (t.mix > 0) {
      const u = tf.randomUniform([n, 1], 0, 1, 'float32', seed + 1);
      x = tf.add(x, tf.mul(tf.cast(tf.less(u, t.mix), 'float32'), t.separation));
    }
    return x as Tensor2D;
  });
}

/**
 * x ~ the empirical target: n draws with replacement from `values` (the user's sample on the GPU), the indices
 * ⌊u·count⌋ with u ~ U(0, 1) from the seeded stream, so the same seed gives the same batches.
 */
export function sampleEmpirical(values: Tensor1D, n: number, seed: number): Tensor2D {
  return tf.tidy(() => {
    const count = values.shape[0];
    const u = tf.randomUniform([n], 0, count, 'float32', seed);
    const index = tf.cast(tf.clipByValue(tf.floor(u), 0, count - 1), 'int32');
    return tf.reshape(tf.gather(values, index), [n, 1]) as Tensor2D;
  });
}

/** p_data(x) as a tensor op (for pre-training D towards the pdf). */
export function targetPdf(t: Target1d, x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    let p: tf.Tensor = tf.zerosLike(x);
    for (const c of components(t)) {
      const u = tf.div(tf.sub(x, c.mu), c.sigma);
      const phi = tf.mul(tf.exp(tf.mul(tf.square(u), -0.5)), c.weight / (c.sigma * Math.sqrt(2 * Math.PI)));
      p = tf.add(p, phi);
    }
    return p;
  });
}

/**
 * A density tabulated at evenly spaced points over [lo, hi], read at x from the nearest point (0 outside): the
 * empirical target's KDE as a tensor op, for pre-training D towards it.
 */
export function tabulatedPdf(table: Tensor1D, lo: number, hi: number, x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const last = table.shape[0] - 1;
    const position = tf.round(tf.mul(tf.sub(x, lo), last / (hi - lo)));
    const inside = tf.cast(tf.logicalAnd(tf.greaterEqual(position, 0), tf.lessEqual(position, last)), 'float32');
    const index = tf.cast(tf.clipByValue(position, 0, last), 'int32');
    return tf.mul(tf.reshape(tf.gather(table, tf.reshape(index, [-1])), x.shape), inside);
  });
}

/** The x range the plots show: every mode ±4σ, and at least [−5, 5]. */
export function viewRange(t: Target1d): [number, number] {
  const cs = components(t);
  const lo = Math.min(-5, ...cs.map((c) => c.mu - 4 * c.sigma));
  const hi = Math.max(5, ...cs.map((c) => c.mu + 4 * c.sigma));
  return [lo, hi];
}
