import { tf, type Tensor } from './tf';

import type { Activation } from './names';

export { ACTIVATIONS, HIDDEN_ACTIVATIONS, type Activation } from './names';

/** Slope of leaky ReLU for negative inputs (Fredriksson's 2-D tutorial uses 0.2). */
export const LEAKY_ALPHA = 0.2;

export function activate(x: Tensor, activation: Activation): Tensor {
  switch (activation) {
    case 'tanh':
      return tf.tanh(x);
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, LEAKY_ALPHA);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'linear':
      return x;
  }
}
