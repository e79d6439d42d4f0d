// tanh: h = tanh(a), tanh'(a) = 1 − h².
import { tf } from '../tf';
import type { ActivationRecord } from './types';

export const tanh: ActivationRecord = {
  id: 'tanh',
  apply: (a) => tf.tanh(a),
  backprop: (delta, _a, h) => tf.mul<typeof delta>(delta, tf.sub(1, tf.square(h))),
  // tanh_ is the overflow-safe form tfjs's own WebGL kernel uses (core/fused/glsl.ts HELPERS)
  glsl: { apply: (a) => `tanh_(${a})`, slope: (h) => `(1.0 - ${h} * ${h})` },
};
