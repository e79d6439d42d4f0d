// The registry of activation functions: one record per file of this folder (its tensor forward and backward step
// and the same two as GLSL). Every training path reads these records: mlp and the plain fast path (apply),
// core/backprop.ts (backprop), the fused and tiled WebGL kernels (glsl).
import type { Tensor } from '../tf';
import type { Activation } from '../names';
import type { ActivationRecord } from './types';
import { leakyRelu } from './leakyRelu';
import { linear } from './linear';
import { relu } from './relu';
import { sigmoid } from './sigmoid';
import { tanh } from './tanh';

export { ACTIVATIONS, HIDDEN_ACTIVATIONS, type Activation } from '../names';
export { LEAKY_ALPHA } from './leakyRelu';
export type { ActivationRecord } from './types';

const REGISTRY: Record<Activation, ActivationRecord> = { tanh, relu, leakyRelu, sigmoid, linear };

export function activationRecord(id: Activation): ActivationRecord {
  return REGISTRY[id];
}

export function activate(x: Tensor, activation: Activation): Tensor {
  return REGISTRY[activation].apply(x);
}
