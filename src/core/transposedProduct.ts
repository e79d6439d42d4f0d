// Matrix products with a transposed operand, as back-propagation needs them: ∂L/∂W = hᵀδ and δ_{l−1} = δWᵀ.
// tfjs's WebAssembly backend sends a product to XNNPACK only when neither operand is transposed; with a transpose
// flag it runs a scalar triple loop instead, 8–12× slower for MNIST's layers (hᵀδ over 256 × 784 × 128: 27 ms
// against 4 ms with the transpose done first). So on that backend the operand is transposed explicitly, unless the
// product is so small that the extra op costs more than the loop (under TRANSPOSE_FROM multiply-adds: the 1-D
// experiment's layers); the WebGL and CPU backends read the transpose inside their own product, and there the flag
// stays.
import { tf, type Tensor2D } from './tf';

/**
 * Multiply-adds from which a transpose first pays on WebAssembly. Measured in Node (tfjs 4.22, SIMD): 2,048 (64 rows,
 * 2 → 16) 0.015 ms with the flag against 0.049 transposed; 32,768 (128 rows, 16 → 16) 0.06–0.075 against 0.04–0.05;
 * 524,288 (128 rows, 64 → 64) 0.4–0.5 against 0.04–0.07.
 */
const TRANSPOSE_FROM = 16_384;

/** Whether the product rows × shared × columns transposes its operand first on this backend. */
function transposesFirst(multiplyAdds: number): boolean {
  return tf.getBackend() === 'wasm' && multiplyAdds >= TRANSPOSE_FROM;
}

/** aᵀ·b (e.g. a layer's weight gradient hᵀδ). */
export function productTransposedLeft(a: Tensor2D, b: Tensor2D): Tensor2D {
  if (!transposesFirst(a.shape[0] * a.shape[1] * b.shape[1])) return tf.matMul(a, b, true, false);
  return tf.tidy(() => tf.matMul(tf.transpose(a), b));
}

/** a·bᵀ (e.g. δ sent back through a layer's weights, δWᵀ). */
export function productTransposedRight(a: Tensor2D, b: Tensor2D): Tensor2D {
  if (!transposesFirst(a.shape[0] * a.shape[1] * b.shape[0])) return tf.matMul(a, b, false, true);
  return tf.tidy(() => tf.matMul(a, tf.transpose(b)));
}
