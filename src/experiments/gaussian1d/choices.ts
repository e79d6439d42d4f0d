// The values each choice key of the 1-D experiment takes, as constant arrays that declare their union types: the
// schema builds its options from them (choiceOptions) and the config reads them back (config.ts). No tensor code, so
// the schema can load before the experiment.
import { PRIORS } from '../../core/names';
import type { DiscriminatorHead } from '../../core/losses';
import { SHARED_CHOICES } from '../sharedChoices';

/** G's output layer: linear, or 5·tanh (Eric Jang's tutorial, which keeps samples in [−5, 5]). */
export const G_OUTPUTS = ['linear', 'tanh5'] as const;

/**
 * The values of each choice key: the schema builds its options from them, and the config reads them back by them.
 * D's head and G's output list their values here; the rest are the constant arrays that declare their types.
 */
export const CHOICES = {
  ...SHARED_CHOICES,
  target: ['gaussian', 'empirical'],
  dOutput: ['sigmoid', 'tanhClip'] satisfies DiscriminatorHead[],
  gOutput: G_OUTPUTS,
  prior: PRIORS,
} as const;
