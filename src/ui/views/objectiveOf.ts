import { isObjectiveId, objective, type Objective } from '../../core/objectives';
import type { Params } from '../../params/schema';

/** The objective record a validated parameter set selects (the schema only admits registry ids). */
export function objectiveOf(params: Params): Objective {
  const id = String(params.loss);
  return objective(isObjectiveId(id) ? id : 'nonsaturating');
}
