// The choice keys every experiment shares (params/common.ts and objectiveEntry.ts write their schema entries), with
// the constant arrays of their values; each experiment's choices.ts spreads them into its own CHOICES.
import { HIDDEN_ACTIVATIONS, INITIALIZERS } from '../core/names';
import { OBJECTIVE_IDS } from '../core/objectives/types';

export const SHARED_CHOICES = {
  activation: HIDDEN_ACTIVATIONS,
  init: INITIALIZERS,
  loss: OBJECTIVE_IDS,
} as const;
