// WGAN with gradient penalty (Gulrajani et al. 2017, eq. 3 and Algorithm 1), on the critic's raw score D(x) = l:
//   L_D = E_z[D(G(z))] − E_x[D(x)] + λ E_x̂[(‖∇_x̂ D(x̂)‖₂ − 1)²],   x̂ = εx + (1 − ε)G(z), ε ~ U[0, 1] per sample
//   L_G = −E_z[D(G(z))]
// The penalty keeps the critic near 1-Lipschitz instead of WGAN's weight clipping (the optimal critic has unit
// gradient norm on lines between p_data and p_g, their Prop. 1). It differentiates ‖∇_x̂ D‖, itself a gradient, so
// it is "autodiff only": no `gradients` or `glsl` here, and core/fastGan.ts routes both updates to autodiff.
// ∇_x̂ D is written as explicit ops (core/backprop.ts's backward pass through D) that tfjs differentiates once:
// TensorFlow.js 4.22's nested tf.grad gives wrong second derivatives through tanh and sigmoid and has no gradient
// for leaky ReLU's Greater (core/objectives/wgangp.test.ts holds the explicit form to finite differences).
import { tf, type Scalar, type Tensor2D } from '../tf';
import { backward, forwardTrace } from '../backprop';
import type { Network } from '../network';
import type { Objective } from './types';

/** Gulrajani et al.'s λ. */
export const DEFAULT_GP_WEIGHT = 10;

/** Guards √ at a zero gradient (a critic whose units are all off), where its derivative is infinite. */
const NORM_EPS = 1e-12;

/** x̂ = εx + (1 − ε)x̃ = x̃ + ε(x − x̃), row by row (eps: [B, 1]). */
export function interpolates(xReal: Tensor2D, fake: Tensor2D, eps: Tensor2D): Tensor2D {
  return tf.add(fake, tf.mul(eps, tf.sub(xReal, fake)));
}

/**
 * ∇_x D(x) for each row of x: the backward pass of Σ_rows D(x) (rows are independent, so row i's gradient is
 * ∂D(x_i)/∂x_i), as plain tensor ops on D's parameters.
 */
export function inputGradient(d: Network, x: Tensor2D): Tensor2D {
  const trace = forwardTrace(d, x);
  return backward(d, trace, tf.onesLike(trace.out), false, true).dInput!;
}

/** λ · mean over rows of (‖∇_x̂ D(x̂)‖₂ − 1)² (Gulrajani et al. 2017, eq. 3's last term). */
export function gradientPenalty(d: Network, xReal: Tensor2D, fake: Tensor2D, eps: Tensor2D, weight: number): Scalar {
  return tf.tidy(() => {
    const g = inputGradient(d, interpolates(xReal, fake, eps));
    const norm = tf.sqrt(tf.add(tf.sum(tf.square(g), 1), NORM_EPS));
    return tf.mul(weight, tf.mean(tf.square(tf.sub(norm, 1)))) as Scalar;
  });
}

export const wgangp: Objective = {
  id: 'wgangp',
  label: 'Wasserstein, gradient penalty (WGAN-GP): −D(G(z))',
  formula: {
    d:
      'L_D = \\mathbb{E}_{z}[D(G(z))] - \\mathbb{E}_{x}[D(x)] + \\lambda\\,\\mathbb{E}_{\\hat x}\\big[(\\lVert \\nabla_{\\hat x} D(\\hat x) \\rVert_2 - 1)^2\\big],' +
      '\\quad \\hat x = \\epsilon x + (1 - \\epsilon)\\,G(z),\\ \\epsilon \\sim U[0, 1]',
    g: 'L_G = -\\mathbb{E}_{z}[D(G(z))]',
  },
  output: 'score',
  // as WGAN: no targets, scores shown about 0
  reference: { d: 0, g: null, output: null, boundary: 0 },
  equilibrium:
    'The critic’s E[D(x)] − E[D(G(z))] estimates W1(p_data, p_g) while the penalty holds its gradient norm near 1 ' +
    'on lines between real and generated points (Gulrajani et al., Prop. 1). When p_g = p_data the Wasserstein ' +
    'term is 0 for every critic, a critic of slope 1 makes the penalty 0 too, and the losses settle at:',
  discriminatorLoss: (lReal, lFake) => tf.tidy(() => tf.sub(tf.mean(lFake), tf.mean(lReal)) as Scalar),
  generatorLoss: (lFake) => tf.tidy(() => tf.neg(tf.mean(lFake)) as Scalar),
  penalty: gradientPenalty,
  estimatesW1: true,
};
