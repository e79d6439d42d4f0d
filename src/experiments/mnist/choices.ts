// The values each choice key of the MNIST experiment takes, as constant arrays that declare their union types: the
// schema builds its options from them (choiceOptions) and the config reads them back (config.ts). No tensor code, so
// the schema can load before the experiment.
import { SHARED_CHOICES } from '../sharedChoices';

/** How the MNIST losses are written (objective.ts): sigmoid cross-entropy on logits, or the value function itself. */
export const LOSS_FORMS = ['logistic', 'value'] as const;
export type LossForm = (typeof LOSS_FORMS)[number];

export const MNIST_PRIORS = ['uniform', 'normal'] as const;
export type MnistPrior = (typeof MNIST_PRIORS)[number];

/** The conditional grid's digits (labels.ts DigitChoice): one row per digit ('all'), or one digit in every row. */
export const DIGIT_CHOICES = ['all', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** The values of each choice key: the schema builds its options from them, and the config reads them back by them. */
export const CHOICES = {
  ...SHARED_CHOICES,
  form: LOSS_FORMS,
  prior: MNIST_PRIORS,
  digit: DIGIT_CHOICES,
} as const;
