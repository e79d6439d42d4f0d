// The one door to TensorFlow.js. Importing tfjs-core (not the whole tfjs bundle) keeps the site small;
// the gradient registry is a side effect we need for training.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';

export { tf };
export type Tensor = tf.Tensor;
export type Tensor1D = tf.Tensor1D;
export type Tensor2D = tf.Tensor2D;
export type Scalar = tf.Scalar;
export type Variable = tf.Variable;

/** A trainable (or not) variable holding `initial`, which is disposed: tf.variable alone would keep it alive. */
export function variableFrom(initial: tf.Tensor, trainable = true, name?: string): tf.Variable {
  const v = tf.variable(initial, trainable, name);
  initial.dispose();
  return v;
}
