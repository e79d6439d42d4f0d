// The optimizers: one record per file of this folder (sgd, momentum, rmsprop, adam), each with its update as tensor
// code and as GLSL; ParameterOptimizer keeps a run's optimizer state and applies the record's tensor update.
import type { OptimizerKind } from '../names';
import { optimizerRecord } from './registry';
import type { OptimizerConfig, SlotReaders } from './types';

export { OPTIMIZERS, type OptimizerKind } from '../names';
export { ParameterOptimizer } from './parameterOptimizer';
export { optimizerRecord } from './registry';
export type { OptimizerConfig, OptimizerRecord, SlotReaders, SlotState } from './types';

export const DEFAULT_OPTIMIZER: OptimizerConfig = {
  kind: 'adam',
  learningRate: 1e-3,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  rho: 0.9,
};

/**
 * The update as GLSL statements for one parameter, written once for the fused and the tiled update kernels
 * (core/fused/programs.ts, core/tiled/kernels.ts), the way tfjs's unary-op snippets serve its standalone and fused
 * kernels: the optimizer record's own GLSL, beside its tensor code. The uniforms it reads are the record's `uniforms`.
 */
export function optimizerGlsl(kind: OptimizerKind, read: SlotReaders): string {
  return optimizerRecord(kind).glsl(read);
}

/** Staircase exponential decay (TensorFlow's exponential_decay with staircase=True): η₀ · rate^⌊step/every⌋. */
export function staircaseDecay(lr0: number, step: number, rate: number, every: number): number {
  return lr0 * Math.pow(rate, Math.floor(step / every));
}

/** Whether going from config a to b must start the optimizer's state afresh (a new learning rate need not). */
export function optimizerStateChanged(a: OptimizerConfig, b: OptimizerConfig): boolean {
  return a.kind !== b.kind || a.momentum !== b.momentum || a.beta1 !== b.beta1 || a.beta2 !== b.beta2 || a.rho !== b.rho;
}
