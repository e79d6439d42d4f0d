import { tf, type Tensor2D } from './tf';

/**
 * How G's last (linear) layer o becomes a sample x:
 *  linear: x = o;   tanh5: x = 5·tanh(o) (Eric Jang's 1-D G, range −5…5);   sigmoid: x = σ(o) (MNIST pixels in [0, 1]).
 */
export type GeneratorOutput = 'linear' | 'tanh5' | 'sigmoid';

/** The factor of the tanh5 output, x = 5·tanh(o). */
export const TANH5_SCALE = 5;

export function generatorOutput(kind: GeneratorOutput, o: Tensor2D): Tensor2D {
  switch (kind) {
    case 'linear':
      return o;
    case 'tanh5':
      return tf.mul(tf.tanh(o), TANH5_SCALE) as Tensor2D;
    case 'sigmoid':
      return tf.sigmoid(o) as Tensor2D;
  }
}
