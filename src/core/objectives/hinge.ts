// The hinge loss (Lim & Ye 2017, "Geometric GAN"; Miyato et al. 2018, eq. 17), on D's raw score D(x) = l:
//   L_D = E_x[max(0, 1 − D(x))] + E_z[max(0, 1 + D(G(z)))]        L_G = −E_z[D(G(z))]
// At p_g = p_data every D with values in [−1, 1] is optimal and L_D = 2; L_G then depends on which such D was
// found, so it has no reference value. The real label does not enter (the margins are ±1).
import { tf, type Scalar } from '../tf';
import type { Objective } from './types';

export const hinge: Objective = {
  id: 'hinge',
  label: 'Hinge: −D(G(z))',
  formula: {
    d: 'L_D = \\mathbb{E}_{x}[\\max(0, 1 - D(x))] + \\mathbb{E}_{z}[\\max(0, 1 + D(G(z)))]',
    g: 'L_G = -\\mathbb{E}_{z}[D(G(z))]',
  },
  output: 'score',
  // margins +1 (real) and −1 (fake): undecided at 0
  reference: { d: 2, g: null, output: null, boundary: 0 },
  equilibrium:
    'When p_g = p_data every D with values in [−1, 1] is optimal: L_D settles at 2, while L_G = −E[D(G(z))] ' +
    'depends on which such D training found:',
  discriminatorLoss: (lReal, lFake) =>
    tf.tidy(() => tf.add(tf.mean(tf.relu(tf.sub(1, lReal))), tf.mean(tf.relu(tf.add(1, lFake)))) as Scalar),
  generatorLoss: (lFake) => tf.tidy(() => tf.neg(tf.mean(lFake)) as Scalar),
  // ∂/∂l of max(0, 1 − l): −1 where l < 1; of max(0, 1 + l): 1 where l > −1 (0 at the kink, as tf.relu's gradient);
  // of −l: −1. tf.step keeps a NaN score NaN.
  gradients: () => ({
    real: (l) => tf.neg(tf.step(tf.sub(1, l))),
    fake: (l) => tf.step(tf.add(1, l)),
    generator: (l) => tf.fill(l.shape, -1),
  }),
  glsl: () => ({
    real: 'return isnan(l) ? l : l < 1.0 ? -1.0 : 0.0;',
    fake: 'return isnan(l) ? l : l > -1.0 ? 1.0 : 0.0;',
    generator: 'return -1.0;',
  }),
  // max(0, 1 − l), max(0, 1 + l), −l
  valueGlsl: () => ({ real: 'return max(0.0, 1.0 - l);', fake: 'return max(0.0, 1.0 + l);', generator: 'return -l;' }),
};
