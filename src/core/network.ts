import type { Tensor2D, Variable } from './tf';
import type { MlpSpec } from './mlp';

/** What the GAN code needs of a network: a forward pass and the variables to train. */
export interface Network {
  readonly spec: MlpSpec;
  /** The trainable variables, in a fixed order (the optimizer's and the saved state's order). */
  readonly variables: Variable[];
  /** Forward pass; hidden layers use spec.hidden, the last layer is linear. */
  apply(x: Tensor2D): Tensor2D;
  dispose(): void;
}
