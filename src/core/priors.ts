import { tf, type Tensor2D } from './tf';
import { mulberry32 } from './rng';
import type { Prior } from './names';

/**
 * Noise priors p_z for the generator:
 *  uniform:    z ~ U(−r, r)
 *  normal:     z ~ N(0, 1)
 *  stratified: z = linspace(−r, r, M) + U(0, 0.01) — evenly spread and sorted (Eric Jang's "manifold alignment";
 *              only meaningful for 1-D z)
 */
export { PRIORS, type Prior } from './names';

export function sampleNoise(prior: Prior, batch: number, dim: number, range: number, seed: number): Tensor2D {
  return tf.tidy(() => {
    switch (prior) {
      case 'uniform':
        return tf.randomUniform([batch, dim], -range, range, 'float32', seed) as Tensor2D;
      case 'normal':
        return tf.randomNormal([batch, dim], 0, 1, 'float32', seed) as Tensor2D;
      case 'stratified': {
        // Made on the host and uploaded once: no kernel launches for a grid plus jitter.
        const rand = mulberry32(seed);
        const values = new Float32Array(batch * dim);
        for (let i = 0; i < batch; i++) {
          const at = batch === 1 ? -range : -range + (2 * range * i) / (batch - 1);
          for (let j = 0; j < dim; j++) values[i * dim + j] = at + 0.01 * rand();
        }
        return tf.tensor2d(values, [batch, dim]);
      }
    }
  });
}

/** An evenly spaced grid of z over the prior's typical range, for drawing the z → x map (1-D z). */
export function noiseGrid(prior: Prior, n: number, range: number): Tensor2D {
  const r = prior === 'normal' ? 3 : range;
  return tf.tidy(() => tf.reshape(tf.linspace(-r, r, n), [n, 1]) as Tensor2D);
}
