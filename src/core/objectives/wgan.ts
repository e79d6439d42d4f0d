// The Wasserstein GAN (Arjovsky et al. 2017, eq. 3 and Algorithm 1), on the critic's raw score D(x) = l:
//   L_D = E_z[D(G(z))] − E_x[D(x)]        L_G = −E_z[D(G(z))]
// With D restricted to K-Lipschitz functions, −min L_D = K·W1(p_data, p_g) (Kantorovich–Rubinstein duality);
// Algorithm 1 keeps D Lipschitz by clipping every critic weight to [−c, c] after each critic update
// (`weightClipping`; the training paths apply it through core/gan.ts's clipCritic). At p_g = p_data every critic
// gives L_D = 0; L_G depends on the critic's arbitrary offset, so it has no reference value, and neither has D.
import { tf, type Scalar } from '../tf';
import type { Objective } from './types';

export const wgan: Objective = {
  id: 'wgan',
  label: 'Wasserstein (WGAN, clipped critic): −D(G(z))',
  formula: {
    d: 'L_D = \\mathbb{E}_{z}[D(G(z))] - \\mathbb{E}_{x}[D(x)]',
    g: 'L_G = -\\mathbb{E}_{z}[D(G(z))]',
  },
  output: 'score',
  // the critic has no targets; its scores are shown about 0
  reference: { d: 0, g: null, output: null, boundary: 0 },
  equilibrium:
    'The critic’s −L_D = E[D(x)] − E[D(G(z))] estimates the Wasserstein-1 distance W1(p_data, p_g), up to the ' +
    'Lipschitz constant that weight clipping imposes (Arjovsky et al., Theorem 3); when p_g = p_data every critic ' +
    'scores both alike, and the losses settle at:',
  weightClipping: true,
  estimatesW1: true,
  discriminatorLoss: (lReal, lFake) => tf.tidy(() => tf.sub(tf.mean(lFake), tf.mean(lReal)) as Scalar),
  generatorLoss: (lFake) => tf.tidy(() => tf.neg(tf.mean(lFake)) as Scalar),
  // ∂/∂l of −l (real rows), l (fake rows), −l (G): constants
  gradients: () => ({
    real: (l) => tf.fill(l.shape, -1),
    fake: (l) => tf.fill(l.shape, 1),
    generator: (l) => tf.fill(l.shape, -1),
  }),
  glsl: () => ({
    real: 'return -1.0;',
    fake: 'return 1.0;',
    generator: 'return -1.0;',
  }),
  // −l (real rows), l (fake rows), −l (G)
  valueGlsl: () => ({ real: 'return -l;', fake: 'return l;', generator: 'return -l;' }),
};
