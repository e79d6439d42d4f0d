// Adam (Kingma & Ba 2015, with tfjs's placement of ε):
//   m ← β1 m + (1−β1) g;   s ← β2 s + (1−β2) g²;   θ ← θ − η · (m / (1−β1ᵗ)) / (√(s / (1−β2ᵗ)) + ε)
// written as θ ← θ − α̂ · m / (√s + ε̂) with the bias corrections folded into two scalars computed once per step,
// α̂ = η√(1−β2ᵗ)/(1−β1ᵗ) and ε̂ = ε√(1−β2ᵗ): algebraically identical.
import { tf } from '../tf';
import type { OptimizerRecord } from './types';

export const adam: OptimizerRecord = {
  id: 'adam',
  slots: 2,
  powers: true,
  correction: (lr, beta1Power, beta2Power, config) => {
    const root = tf.sqrt(tf.sub(1, beta2Power));
    return { stepSize: tf.div(tf.mul(lr, root), tf.sub(1, beta1Power)), epsHat: tf.mul(root, config.epsilon) };
  },
  update: ({ variable, g, slots: [first, second], config, correction }) => {
    if (!correction) throw new Error('adam: the step’s bias correction is missing');
    const m = tf.add(tf.mul(first, config.beta1), tf.mul(g, 1 - config.beta1));
    const s = tf.add(tf.mul(second, config.beta2), tf.mul(tf.square(g), 1 - config.beta2));
    first.assign(m);
    second.assign(s);
    variable.assign(tf.sub(variable, tf.mul(correction.stepSize, tf.div(m, tf.add(tf.sqrt(s), correction.epsHat)))));
  },
  // the same with the powers after this step (β·βᵗ)
  glsl: (read) => `float slot1Next = uA * ${read.first} + (1.0 - uA) * g;
  float slot2Next = uB * ${read.second} + (1.0 - uB) * g * g;
  float root = sqrt(1.0 - ${read.beta2Power} * uB);
  float stepSize = uLr * root / (1.0 - ${read.beta1Power} * uA);
  float thetaNext = th - stepSize * slot1Next / (sqrt(slot2Next) + uEps * root);`,
  uniforms: [
    { name: 'uLr', value: (s) => s.learningRate },
    { name: 'uA', value: (s) => s.config.beta1 },
    { name: 'uB', value: (s) => s.config.beta2 },
    { name: 'uEps', value: (s) => s.config.epsilon },
  ],
};
