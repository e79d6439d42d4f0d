import type { Lesson } from './types';

// Goodfellow et al. 2014, Proposition 1: for a fixed G the best D is D*(x) = p_data(x) / (p_data(x) + p_g(x));
// Theorem 1: at p_g = p_data it is ½ everywhere and the value function is −log 4 (L_D = 2 ln 2).
export const dStar: Lesson = {
  id: 'dStar',
  title: 'The optimal discriminator D*',
  summary: 'What the best D looks like for a fixed G, and why it ends at ½ everywhere (Proposition 1, Theorem 1).',
  experiment: 'gaussian1d',
  cards: [
    {
      kind: 'predict',
      title: 'Predict',
      text: 'The data are N(−1, 1); G starts somewhere else. D is trained to tell the two apart.',
      predict: {
        question: 'For a fixed G, which D is the best one?',
        choices: ['D(x) = ½ everywhere', 'D(x) = p_data(x) / (p_data(x) + p_g(x))', 'D(x) = 1 wherever p_data(x) > 0'],
        answer: 1,
        why:
          'Proposition 1 of the paper: for each x, D maximises p_data·log D + p_g·log(1 − D), whose maximum is at ' +
          'D*(x) = p_data/(p_data + p_g). It is ½ only where the two densities are equal, and 1 only where p_g has no mass.',
      },
      highlight: 'density',
    },
    {
      kind: 'run',
      title: 'Run to step 300',
      text:
        'Train the default recipe for 300 steps, its samples drawn from G itself (no averaging, so D* is computed for ' +
        'the very G that D is trained against), and compare D(x) with the dashed D* curve in the distributions panel.',
      run: { preset: 'oscillates', to: 300 },
      highlight: 'density',
    },
    {
      kind: 'look',
      title: 'Look here',
      text:
        'D(x) follows D*: high where p_data has more mass than p_g, low where p_g has more. It is not a yes/no ' +
        'classifier but a ratio of densities — that is what G’s loss reads.',
      highlight: 'density',
    },
    {
      kind: 'run',
      title: 'Run on to step 2,000',
      text: 'Keep training: watch p_g slide onto p_data and D flatten.',
      run: { preset: 'oscillates', to: 2000 },
      highlight: 'density',
    },
    {
      kind: 'explain',
      title: 'What happened',
      text:
        'Once p_g = p_data, D* = ½ everywhere (Theorem 1): D cannot tell the two apart, and D’s loss settles near ' +
        '2 ln 2 ≈ 1.386, the dashed reference line of the losses chart. A D that stays far from ½ means G has not ' +
        'caught up yet.',
      highlight: 'losses',
    },
  ],
};
