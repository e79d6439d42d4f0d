import type { Tensor, Tensor2D, Variable } from './tf';
import type { MlpSpec } from './mlp';

/** What the GAN code needs of a network: a forward pass and the variables to train. */
export interface Network {
  readonly spec: MlpSpec;
  /** The trainable variables, in a fixed order (the optimizer's and the saved state's order). */
  readonly variables: Variable[];
  /** Number of layers (weight matrices). */
  readonly depth: number;
  /**
   * Layer i's weight matrix [fanIn, fanOut] and bias: views of the variables (the caller disposes them, normally by
   * tf.tidy; a view that is the variable itself is never disposed by a tidy).
   */
  layerView(i: number): { w: Tensor2D; b: Tensor };
  /** Forward pass; hidden layers use spec.hidden, the last layer is linear. */
  apply(x: Tensor2D): Tensor2D;
  dispose(): void;
}
