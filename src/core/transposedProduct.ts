// Matrix products with a transposed operand, as back-propagation needs them: ∂L/∂W = hᵀδ and δ_{l−1} = δWᵀ.
// tfjs's WebAssembly backend sends a product to XNNPACK only when neither operand is transposed; with a transpose
// flag it runs a scalar triple loop instead, 8–12× slower for MNIST's layers (hᵀδ over 256 × 784 × 128: 27 ms
// against 4 ms with the transpose done first). So on that backend the operand is transposed explicitly; the WebGL
// and CPU backends read the transpose inside their own product, and there the flag stays.
import { tf, type Tensor2D } from './tf';

function transposesFirst(): boolean {
  return tf.getBackend() === 'wasm';
}

/** aᵀ·b (e.g. a layer's weight gradient hᵀδ). */
export function productTransposedLeft(a: Tensor2D, b: Tensor2D): Tensor2D {
  if (!transposesFirst()) return tf.matMul(a, b, true, false);
  return tf.tidy(() => tf.matMul(tf.transpose(a), b));
}

/** a·bᵀ (e.g. δ sent back through a layer's weights, δWᵀ). */
export function productTransposedRight(a: Tensor2D, b: Tensor2D): Tensor2D {
  if (!transposesFirst()) return tf.matMul(a, b, false, true);
  return tf.tidy(() => tf.matMul(a, tf.transpose(b)));
}
