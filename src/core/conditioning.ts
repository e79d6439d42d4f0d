// Conditioning by concatenation (Mirza & Osindero 2014, §3.2): a conditional GAN feeds the condition c (here a
// one-hot label) to both networks as extra input columns, G(z | c) = G([z | c]) and D(x | c) = D([x | c]). Every
// training path (autodiff, tensor, tiled) builds its inputs through these helpers, so they agree on the layout:
// the condition's columns come last.
import { tf, type Tensor1D, type Tensor2D } from './tf';

/** [a | c]: the condition's columns after a's; a itself when there is no condition. */
export function withCondition(a: Tensor2D, condition?: Tensor2D | null): Tensor2D {
  return condition ? (tf.concat([a, condition], 1) as Tensor2D) : a;
}

/**
 * One-hot rows for integer labels, `width` columns wide: columns past the number of classes stay 0. A width
 * above the class count pads the input so its size stays a multiple of 4 (what the tiled WebGL kernels need).
 */
export function oneHotRows(labels: Tensor1D, width: number): Tensor2D {
  return tf.tidy(() => tf.cast(tf.oneHot(tf.cast(labels, 'int32') as Tensor1D, width), 'float32') as Tensor2D);
}
