// ReLU: h = max(a, 0), relu'(a) = 1 where a > 0, else 0. NaN passes through both, as in tfjs's kernels (the app
// detects divergence by it); the GLSL slope reads the sign of a from h, which has the same sign.
import { tf } from '../tf';
import type { ActivationRecord } from './types';

export const relu: ActivationRecord = {
  id: 'relu',
  apply: (a) => tf.relu(a),
  backprop: (delta, a) => tf.mul<typeof delta>(delta, tf.step(a, 0)),
  glsl: {
    apply: (a) => `(${a} < 0.0 ? 0.0 : ${a})`,
    slope: (h) => `(isnan(${h}) ? ${h} : ${h} > 0.0 ? 1.0 : 0.0)`,
  },
};
