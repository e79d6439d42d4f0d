// The values each choice key of the 1-D experiment takes, as constant arrays that declare their union types: the
// schema builds its options from them (choiceOptions) and the config reads them back (config.ts). No tensor code, so
// the schema can load before the experiment.
import { HIDDEN_ACTIVATIONS, INITIALIZERS, PRIORS } from '../../core/names';
import type { DiscriminatorHead } from '../../core/losses';
import { OBJECTIVE_IDS } from '../../core/objectives/types';

/** G's output layer: linear, or 5·tanh (Eric Jang's tutorial, which keeps samples in [−5, 5]). */
export const G_OUTPUTS = ['linear', 'tanh5'] as const;

/**
 * The values each choice key is read as (the schema’s options must be among them: experiments/choices.test.ts checks it).
 * D's head and G's output list their values here; the rest are the constant arrays that declare their types.
 */
export const CHOICES = {
  target: ['gaussian', 'empirical'],
  activation: HIDDEN_ACTIVATIONS,
  init: INITIALIZERS,
  dOutput: ['sigmoid', 'tanhClip'] satisfies DiscriminatorHead[],
  gOutput: G_OUTPUTS,
  loss: OBJECTIVE_IDS,
  prior: PRIORS,
} as const;
