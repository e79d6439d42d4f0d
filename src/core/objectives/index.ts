// The registry of objectives: one record per file of this folder. Training paths, charts, explanations and the
// shared `loss` parameter all read these records.
import { hinge } from './hinge';
import { lsgan } from './lsgan';
import { minimax } from './minimax';
import { nonsaturating } from './nonsaturating';
import { wgan } from './wgan';
import { wgangp } from './wgangp';
import { OBJECTIVE_IDS, type Objective, type ObjectiveId, type TermGlsl, type TermGradients } from './types';
import type { DiscriminatorHead } from '../losses';
import { isOneOf } from '../names';

export { OBJECTIVE_IDS };
export type { GradientPenalty, Objective, ObjectiveId, OutputKind, ReferenceValues, TermGlsl, TermGradients, ValueForm } from './types';

const REGISTRY: Record<ObjectiveId, Objective> = { nonsaturating, minimax, lsgan, hinge, wgan, wgangp };

/** Every objective, in menu order. */
export const OBJECTIVES: readonly Objective[] = OBJECTIVE_IDS.map((id) => REGISTRY[id]);

export function objective(id: ObjectiveId): Objective {
  return REGISTRY[id];
}

export function isObjectiveId(id: string): id is ObjectiveId {
  return isOneOf(id, OBJECTIVE_IDS);
}

/** Why the fast paths (tensor, fused, tiled) cannot train `obj`, or null where they can. */
export function fastPathGap(obj: Objective): string | null {
  if (obj.penalty) return `${obj.id}: the gradient penalty differentiates D's input gradient (autodiff only)`;
  if (!obj.gradients || !obj.glsl) return `${obj.id}: no hand-written loss derivative (autodiff only)`;
  return null;
}

/** The objective's per-row derivatives for a fast path; the path chooser (core/fastGan.ts) routes around their lack. */
export function fastGradients(obj: Objective, head: DiscriminatorHead): TermGradients {
  if (!obj.gradients) throw new Error(fastPathGap(obj) ?? obj.id);
  return obj.gradients(head);
}

/** The same derivatives as GLSL, for the fused and tiled kernels. */
export function fastGlsl(obj: Objective, head: DiscriminatorHead): TermGlsl {
  if (!obj.glsl) throw new Error(fastPathGap(obj) ?? obj.id);
  return obj.glsl(head);
}
