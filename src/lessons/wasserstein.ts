import type { Lesson } from './types';

// Arjovsky et al. 2017: the critic's −L_D = E[D(x)] − E[D(G(z))] estimates W1 up to the Lipschitz constant that
// weight clipping imposes. The 1-D preset `wgan` uses Algorithm 1's settings.
export const wasserstein: Lesson = {
  id: 'wasserstein',
  title: 'The Wasserstein critic',
  summary: 'WGAN replaces D’s probability by a critic’s score: what its loss measures, and what weight clipping costs.',
  experiment: 'gaussian1d',
  cards: [
    {
      kind: 'predict',
      title: 'Predict',
      text:
        'WGAN’s critic has no sigmoid: it outputs a raw score, and L_D = E[D(G(z))] − E[D(x)]. Its weights are ' +
        'clipped to [−0.01, 0.01] after every update.',
      predict: {
        question: 'What does the critic’s −L_D = E[D(x)] − E[D(G(z))] measure?',
        choices: ['The probability that a sample is real', 'The Wasserstein-1 distance, up to a constant factor', 'Nothing: it is just a training signal'],
        answer: 1,
        why:
          'By Kantorovich–Rubinstein duality, the best K-Lipschitz critic gives −L_D = K·W1(p_data, p_g). Clipping ' +
          'keeps the critic Lipschitz, with a constant K it does not tell you.',
      },
    },
    {
      kind: 'run',
      title: 'Run WGAN to step 500',
      text: 'Algorithm 1’s settings: RMSProp η = 5e-5, 5 critic updates per G update, clip 0.01.',
      run: { preset: 'wgan', to: 500 },
      highlight: 'divergence',
    },
    {
      kind: 'look',
      title: 'Look here',
      text:
        'The divergence chart draws the critic’s −L_D beside the measured W1. W1 falls slowly, and −L_D is ' +
        'thousands of times smaller than W1: clipping at 0.01 makes the critic’s Lipschitz constant tiny.',
      highlight: 'divergence',
    },
    {
      kind: 'explain',
      title: 'What happened',
      text:
        'The critic’s loss tracks how far p_g is from p_data — unlike the BCE losses, which sit near 2 ln 2 whether G ' +
        'is good or not. The price of clipping: a small constant and slow learning at these settings (W1 ≈ 0.9 at ' +
        'step 1,000, seed 1). WGAN-GP replaces clipping by a gradient penalty for that reason.',
      highlight: 'divergence',
    },
  ],
};
