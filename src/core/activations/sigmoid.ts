// Logistic sigmoid: h = σ(a) = 1 / (1 + e^(−a)), σ'(a) = h(1 − h).
import { tf } from '../tf';
import type { ActivationRecord } from './types';

export const sigmoid: ActivationRecord = {
  id: 'sigmoid',
  apply: (a) => tf.sigmoid(a),
  backprop: (delta, _a, h) => tf.mul<typeof delta>(delta, tf.mul(h, tf.sub(1, h))),
  glsl: { apply: (a) => `sigmoid_(${a})`, slope: (h) => `(${h} * (1.0 - ${h}))` },
};
