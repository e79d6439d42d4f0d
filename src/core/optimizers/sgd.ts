// Plain gradient descent: θ ← θ − η g.
import { tf } from '../tf';
import type { OptimizerRecord } from './types';

export const sgd: OptimizerRecord = {
  id: 'sgd',
  slots: 0,
  powers: false,
  update: ({ variable, g, lr }) => variable.assign(tf.sub(variable, tf.mul(lr, g))),
  glsl: () => 'float thetaNext = th - uLr * g;',
  uniforms: [{ name: 'uLr', value: (s) => s.learningRate }],
};
