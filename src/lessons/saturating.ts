import type { Lesson } from './types';

// Goodfellow et al. 2014, §3: early in training log(1 − D(G(z))) saturates; G maximising log D(G(z)) instead has the
// same fixed point and strong gradients. The 1-D presets `saturating` and `nonsaturating` differ only in G's loss.
export const saturating: Lesson = {
  id: 'saturating',
  title: 'Saturating vs non-saturating G loss',
  summary: 'Why G minimising log(1 − D(G(z))) stalls when D wins early, and how −log D(G(z)) escapes (§3 of the paper).',
  experiment: 'gaussian1d',
  cards: [
    {
      kind: 'predict',
      title: 'Predict',
      text:
        'The data N(4, 0.5²) sit far from G’s first samples, and D learns fast: it rejects every fake at once, ' +
        'D(G(z)) ≈ 0. G minimises the value function’s own term, log(1 − D(G(z))).',
      predict: {
        question: 'What happens to G’s gradient while D(G(z)) ≈ 0?',
        choices: ['It is large: G moves fast', 'It vanishes: G barely moves', 'It points the wrong way'],
        answer: 1,
        why:
          'log(1 − D) is flat where D ≈ 0: its slope in D’s logit is −D(G(z)) ≈ 0, so G gets almost no gradient — ' +
          'exactly when it is worst.',
      },
    },
    {
      kind: 'run',
      title: 'Run the saturating loss to step 150',
      text: 'Watch p_g in the distributions panel and G’s loss in the losses chart.',
      run: { preset: 'saturating', to: 150 },
      highlight: 'density',
    },
    {
      kind: 'look',
      title: 'Look here',
      text: 'G’s loss sits near 0 and D’s loss near 0: D has won, and p_g has barely left its start.',
      highlight: 'losses',
    },
    {
      kind: 'run',
      title: 'Run the non-saturating loss to step 150',
      text: 'The same start, the same D — only G’s loss changes, to −log D(G(z)).',
      run: { preset: 'nonsaturating', to: 150 },
      highlight: 'density',
    },
    {
      kind: 'explain',
      title: 'What happened',
      text:
        'The slope of −log D(G(z)) in D’s logit is D(G(z)) − 1 ≈ −1 while D rejects the fakes: the strongest push ' +
        'exactly when G is worst. p_g travels to N(4, 0.5²) (W1 below 0.5 within about 100 steps, where the minimax ' +
        'run stays above 3). Both losses have the same fixed point; only the dynamics differ.',
      highlight: 'divergence',
    },
  ],
};
