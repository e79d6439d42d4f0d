// Least-squares GAN (Mao et al. 2017, eq. 2 with a = 0, b = 1, c = 1), on D's raw output D(x) = l:
//   L_D = ½ E_x[(D(x) − 1)²] + ½ E_z[D(G(z))²]        L_G = ½ E_z[(D(G(z)) − 1)²]
// The real target is the real label y (1; below 1 smooths it as for the BCE). The best D for a fixed G is
// D* = p_data/(p_data + p_g) (their eq. 4), so at p_g = p_data D ≡ ½, L_D = ½·¼ + ½·¼ = ¼ and L_G = ½·¼ = ⅛.
import { tf, type Scalar, type Tensor } from '../tf';
import type { Objective } from './types';

const halfMeanSquare = (t: Tensor) => tf.mul(0.5, tf.mean(tf.square(t)));

export const lsgan: Objective = {
  id: 'lsgan',
  label: 'Least squares (LSGAN): ½(D(G(z)) − 1)²',
  formula: {
    d: 'L_D = \\tfrac12\\,\\mathbb{E}_{x}[(D(x) - 1)^2] + \\tfrac12\\,\\mathbb{E}_{z}[D(G(z))^2]',
    g: 'L_G = \\tfrac12\\,\\mathbb{E}_{z}[(D(G(z)) - 1)^2]',
  },
  output: 'score',
  // targets 1 (real) and 0 (fake): undecided at ½
  reference: { d: 0.25, g: 0.125, output: 0.5, boundary: 0.5 },
  equilibrium:
    'For a fixed G the best D is again D* = p_data / (p_data + p_g) (Mao et al., eq. 4); when p_g = p_data, D ≡ ½ ' +
    'and the losses settle at:',
  discriminatorLoss: (lReal, lFake, _head, realLabel) =>
    tf.tidy(() => tf.add(halfMeanSquare(tf.sub(lReal, realLabel)), halfMeanSquare(lFake)) as Scalar),
  generatorLoss: (lFake) => tf.tidy(() => halfMeanSquare(tf.sub(lFake, 1)) as Scalar),
  // ∂/∂l of ½(l − y)², ½l², ½(l − 1)²
  gradients: () => ({
    real: (l, y) => tf.sub(l, y),
    fake: (l) => l,
    generator: (l) => tf.sub(l, 1),
  }),
  glsl: () => ({ real: 'return l - y;', fake: 'return l;', generator: 'return l - 1.0;' }),
  // ½(l − y)², ½l², ½(l − 1)²
  valueGlsl: () => ({ real: 'return 0.5 * (l - y) * (l - y);', fake: 'return 0.5 * l * l;', generator: 'return 0.5 * (l - 1.0) * (l - 1.0);' }),
};
