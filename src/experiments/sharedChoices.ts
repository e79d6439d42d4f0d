// The choice keys every experiment shares (params/common.ts and objectiveEntry.ts write their schema entries), with
// the constant arrays of their values; each experiment's choices.ts spreads them into its own CHOICES.
import { HIDDEN_ACTIVATIONS, INITIALIZERS, OPTIMIZERS } from '../core/names';
import { OBJECTIVE_IDS } from '../core/objectives/types';
import { SPEED_MODES } from '../engine/pacing';

export const SHARED_CHOICES = {
  speed: SPEED_MODES,
  activation: HIDDEN_ACTIVATIONS,
  init: INITIALIZERS,
  loss: OBJECTIVE_IDS,
  optimizerD: OPTIMIZERS,
  optimizerG: OPTIMIZERS,
} as const;
