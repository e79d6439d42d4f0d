import type { Lesson } from './types';

// The ring of 8 Gaussians (Metz et al. 2016): the 2-D presets `ring8Collapse` (G 10× faster than D) and `ring8`.
export const modeCollapse: Lesson = {
  id: 'modeCollapse',
  title: 'Mode collapse on the ring',
  summary: 'A generator that learns too fast chases D from mode to mode and misses most of the ring.',
  experiment: 'toy2d',
  cards: [
    {
      kind: 'predict',
      title: 'Predict',
      text: 'The data are eight small Gaussians on a circle. This time G learns 10× faster than D (η_G = 0.01, η_D = 0.001).',
      predict: {
        question: 'How many of the eight modes will G’s samples cover after 500 steps?',
        choices: ['All 8: a faster G learns faster', 'Only a few: G overshoots what D learned', 'None: G cannot move'],
        answer: 1,
        why:
          'Each large G step moves all samples towards where D currently says “real”; D then moves its mistake ' +
          'elsewhere, and G follows. The samples hop between a few modes instead of spreading over all eight.',
      },
    },
    {
      kind: 'run',
      title: 'Run the fast G to step 500',
      text: 'Watch the scatter and the “modes captured” readout.',
      run: { preset: 'ring8Collapse', to: 500 },
      highlight: 'scatter',
    },
    {
      kind: 'look',
      title: 'Look here',
      text: '“Modes captured” stays low (seed 1: 1 mode at steps 250 and 500), and the samples cluster where D’s heat map last pointed.',
      highlight: 'readout',
    },
    {
      kind: 'run',
      title: 'Run the balanced recipe to step 500',
      text: 'The same networks and data with η_G = η_D = 0.001.',
      run: { preset: 'ring8', to: 500 },
      highlight: 'scatter',
    },
    {
      kind: 'explain',
      title: 'What happened',
      text:
        'With balanced learning rates G spreads around the ring and touches all 8 modes within about 250 steps ' +
        '(seed 1: 8 and 7 at steps 250 and 500). Mode collapse is a failure of the dynamics, not of G’s capacity: ' +
        'the same G covers the ring when it does not outrun D.',
      highlight: 'readout',
    },
  ],
};
