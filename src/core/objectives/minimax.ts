// The minimax game of Goodfellow et al. 2014, eq. 1: G minimises the value function's own term E[log(1 − D(G(z)))].
// Its gradient vanishes while D confidently rejects the fakes (the saturation §3 warns about).
import { bceDiscriminatorLoss, bceTerms, bceValueForm, logOneMinusDLoss } from './bce';
import type { Objective } from './types';

export const minimax: Objective = {
  id: 'minimax',
  label: 'Minimax (saturating): log(1 − D(G(z)))',
  formula: {
    d: 'L_D = -\\mathbb{E}_{x}[\\log D(x)] - \\mathbb{E}_{z}[\\log(1 - D(G(z)))]',
    g: 'L_G = \\mathbb{E}_{z}[\\log(1 - D(G(z)))]',
  },
  output: 'probability',
  // D ≡ ½: L_D = −2 log ½ = 2 ln 2, L_G = log ½ = −ln 2 (Theorem 1)
  reference: { d: 2 * Math.LN2, g: -Math.LN2, output: 0.5, boundary: 0.5 },
  equilibrium: 'For a fixed G the best D is D* = p_data / (p_data + p_g) (Prop. 1); when p_g = p_data, D ≡ ½ and the losses settle at:',
  discriminatorLoss: bceDiscriminatorLoss,
  generatorLoss: logOneMinusDLoss,
  ...bceTerms('logOneMinusD'),
  valueForm: bceValueForm('logOneMinusD'),
};
