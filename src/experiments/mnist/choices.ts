// The values each choice key of the MNIST experiment takes, as constant arrays that declare their union types: the
// schema builds its options from them (choiceOptions) and the config reads them back (config.ts). No tensor code, so
// the schema can load before the experiment.
import { HIDDEN_ACTIVATIONS, INITIALIZERS } from '../../core/names';
import { OBJECTIVE_IDS } from '../../core/objectives/types';

/** How the MNIST losses are written (objective.ts): sigmoid cross-entropy on logits, or the value function itself. */
export const LOSS_FORMS = ['logistic', 'value'] as const;
export type LossForm = (typeof LOSS_FORMS)[number];

export const MNIST_PRIORS = ['uniform', 'normal'] as const;
export type MnistPrior = (typeof MNIST_PRIORS)[number];

/** The values each choice key is read as (the schema’s options must be among them: experiments/choices.test.ts checks it). */
export const CHOICES = {
  activation: HIDDEN_ACTIVATIONS,
  init: INITIALIZERS,
  form: LOSS_FORMS,
  loss: OBJECTIVE_IDS,
  prior: MNIST_PRIORS,
} as const;
