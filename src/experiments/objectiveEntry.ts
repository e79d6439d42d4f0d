// The shared `loss` key: one choice per objective of the registry (core/objectives), in every experiment.
import { OBJECTIVES } from '../core/objectives';
import type { ChoiceSpec } from '../params/schema';

export function lossEntry(def: string): ChoiceSpec {
  return {
    kind: 'choice', key: 'loss', label: 'Loss', group: 'training', effect: 'live', default: def,
    options: OBJECTIVES.map((o) => ({ value: o.id, label: o.label })),
    help:
      'The game D and G play; it sets both losses. Minimax is the value function itself; its G gradient vanishes ' +
      'while D easily rejects fakes, which the non-saturating form (Goodfellow et al. §3) fixes. Least squares ' +
      '(Mao et al. 2017) and hinge read D’s raw output as a score: D’s output function does not apply to them.',
  };
}
