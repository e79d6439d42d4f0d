// RMSProp (Hinton's, as Arjovsky et al. 2017, Algorithm 1 uses it, and tf.train.rmsprop with momentum 0):
//   s ← ρ s + (1−ρ) g²;   θ ← θ − η g / √(s + ε)      (ρ = 0.9, ε = 1e-8 by default)
import { tf } from '../tf';
import type { OptimizerRecord } from './types';

export const rmsprop: OptimizerRecord = {
  id: 'rmsprop',
  slots: 1,
  powers: false,
  update: ({ variable, g, slots: [first], lr, config }) => {
    const s = tf.add(tf.mul(first, config.rho), tf.mul(tf.square(g), 1 - config.rho));
    first.assign(s);
    variable.assign(tf.sub(variable, tf.div(tf.mul(lr, g), tf.sqrt(tf.add(s, config.epsilon)))));
  },
  glsl: (read) => `float slot1Next = uA * ${read.first} + (1.0 - uA) * g * g;
  float thetaNext = th - uLr * g / sqrt(slot1Next + uEps);`,
  uniforms: [
    { name: 'uLr', value: (s) => s.learningRate },
    { name: 'uA', value: (s) => s.config.rho },
    { name: 'uEps', value: (s) => s.config.epsilon },
  ],
};
