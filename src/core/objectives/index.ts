// The registry of objectives: one record per file of this folder. Training paths, charts, explanations and the
// shared `loss` parameter all read these records.
import { hinge } from './hinge';
import { lsgan } from './lsgan';
import { minimax } from './minimax';
import { nonsaturating } from './nonsaturating';
import { wgan } from './wgan';
import { OBJECTIVE_IDS, type Objective, type ObjectiveId } from './types';

export { OBJECTIVE_IDS };
export type { Objective, ObjectiveId, OutputKind, ReferenceValues, TermGlsl, TermGradients, ValueForm } from './types';

const REGISTRY: Record<ObjectiveId, Objective> = { nonsaturating, minimax, lsgan, hinge, wgan };

/** Every objective, in menu order. */
export const OBJECTIVES: readonly Objective[] = OBJECTIVE_IDS.map((id) => REGISTRY[id]);

export function objective(id: ObjectiveId): Objective {
  return REGISTRY[id];
}

export function isObjectiveId(id: string): id is ObjectiveId {
  return (OBJECTIVE_IDS as readonly string[]).includes(id);
}
