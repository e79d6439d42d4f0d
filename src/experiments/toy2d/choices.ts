// The values each choice key of the 2-D experiment takes, as constant arrays that declare their union types: the
// schema builds its options from them (choiceOptions) and the config reads them back (config.ts). No tensor code, so
// the schema can load before the experiment.
import { SHARED_CHOICES } from '../sharedChoices';

/** The data sets (datasets.ts draws them). */
export const DATASETS = ['parabola', 'ring8', 'grid25', 'line', 'twoMoons', 'draw'] as const;
export type DatasetId = (typeof DATASETS)[number];

/** The values of each choice key: the schema builds its options from them, and the config reads them back by them. */
export const CHOICES = {
  ...SHARED_CHOICES,
  dataset: DATASETS,
  prior: ['normal', 'uniform'],
} as const;
