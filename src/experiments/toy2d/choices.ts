// The values each choice key of the 2-D experiment takes, as constant arrays that declare their union types: the
// schema builds its options from them (choiceOptions) and the config reads them back (config.ts). No tensor code, so
// the schema can load before the experiment.
import { HIDDEN_ACTIVATIONS, INITIALIZERS } from '../../core/names';
import { OBJECTIVE_IDS } from '../../core/objectives/types';

/** The data sets (datasets.ts draws them). */
export const DATASETS = ['parabola', 'ring8', 'grid25', 'line', 'twoMoons', 'draw'] as const;
export type DatasetId = (typeof DATASETS)[number];

/** The values each choice key is read as (the schema’s options must be among them: experiments/choices.test.ts checks it). */
export const CHOICES = {
  dataset: DATASETS,
  activation: HIDDEN_ACTIVATIONS,
  init: INITIALIZERS,
  loss: OBJECTIVE_IDS,
  prior: ['normal', 'uniform'],
} as const;
