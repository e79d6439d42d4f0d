// Leaky ReLU: h = a where a > 0, αa elsewhere; its slope 1 or α (read from the sign of h in GLSL, NaN kept).
import { tf } from '../tf';
import { glslFloat } from '../glslFloat';
import type { ActivationRecord } from './types';

/** Slope of leaky ReLU for negative inputs (Fredriksson's 2-D tutorial uses 0.2). */
export const LEAKY_ALPHA = 0.2;

export const leakyRelu: ActivationRecord = {
  id: 'leakyRelu',
  apply: (a) => tf.leakyRelu(a, LEAKY_ALPHA),
  // tf.step(a, α) is 1 where a > 0 and α elsewhere
  backprop: (delta, a) => tf.mul<typeof delta>(delta, tf.step(a, LEAKY_ALPHA)),
  glsl: {
    apply: (a) => `(${a} < 0.0 ? ${glslFloat(LEAKY_ALPHA)} * ${a} : ${a})`,
    slope: (h) => `(isnan(${h}) ? ${h} : ${h} > 0.0 ? 1.0 : ${glslFloat(LEAKY_ALPHA)})`,
  },
};
