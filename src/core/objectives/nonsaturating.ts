// The non-saturating game of Goodfellow et al. 2014, §3: D as in eq. 1; G maximises log D(G(z)) instead of
// minimising log(1 − D(G(z))): the same fixed point, much stronger gradients early in training.
import { bceDiscriminatorLoss, bceTerms, bceValueForm, negLogDLoss } from './bce';
import type { Objective } from './types';

export const nonsaturating: Objective = {
  id: 'nonsaturating',
  label: 'Non-saturating: −log D(G(z))',
  formula: {
    d: 'L_D = -\\mathbb{E}_{x}[\\log D(x)] - \\mathbb{E}_{z}[\\log(1 - D(G(z)))]',
    g: 'L_G = -\\mathbb{E}_{z}[\\log D(G(z))]',
  },
  output: 'probability',
  // D ≡ ½: L_D = 2 ln 2, L_G = −log ½ = ln 2
  reference: { d: 2 * Math.LN2, g: Math.LN2, output: 0.5, boundary: 0.5 },
  equilibrium: 'For a fixed G the best D is D* = p_data / (p_data + p_g) (Prop. 1); when p_g = p_data, D ≡ ½ and the losses settle at:',
  discriminatorLoss: bceDiscriminatorLoss,
  generatorLoss: negLogDLoss,
  ...bceTerms('negLogD'),
  valueForm: bceValueForm('negLogD'),
};
