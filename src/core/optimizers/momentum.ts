// Momentum as TensorFlow's MomentumOptimizer writes it: v ← μ v + g;  θ ← θ − η v.
import { tf } from '../tf';
import type { OptimizerRecord } from './types';

export const momentum: OptimizerRecord = {
  id: 'momentum',
  slots: 1,
  powers: false,
  update: ({ variable, g, slots: [first], lr, config }) => {
    const v = tf.add(tf.mul(first, config.momentum), g);
    first.assign(v);
    variable.assign(tf.sub(variable, tf.mul(lr, v)));
  },
  glsl: (read) => `float slot1Next = uA * ${read.first} + g;
  float thetaNext = th - uLr * slot1Next;`,
  uniforms: [
    { name: 'uLr', value: (s) => s.learningRate },
    { name: 'uA', value: (s) => s.config.momentum },
  ],
};
