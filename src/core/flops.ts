// Counting the matrix-multiply work of a training step, for the benchmark's "how close to the GPU's peak" figure.
// A [m×k]·[k×n] product costs 2·m·k·n floating-point operations (one multiply and one add per term).

function matmulFlops(rows: number, sizes: readonly number[]): number {
  let f = 0;
  for (let i = 0; i < sizes.length - 1; i++) f += 2 * rows * sizes[i] * sizes[i + 1];
  return f;
}

/**
 * Matmul FLOPs of one full GAN step on the fast path (core/fastGan.ts), for D and G layer sizes and batch B:
 *  D update: G forward on B; D forward on 2B (real and fake stacked); D back-propagation for ∂W (2B rows) and
 *            for δ through every layer but the first;
 *  G update: G forward on B; D forward on B; back through D down to its input (δ only); back through G for ∂W
 *            and δ (all but G's first layer).
 * Back-propagation of one layer costs one product for ∂W and one for δ, each as large as the forward product.
 */
export function ganStepFlops(dSizes: readonly number[], gSizes: readonly number[], batch: number): number {
  const forward = (rows: number, sizes: readonly number[]) => matmulFlops(rows, sizes);
  /** δ products of every layer except the first (the input needs no δ unless asked for). */
  const deltasAboveInput = (rows: number, sizes: readonly number[]) => forward(rows, sizes) - 2 * rows * sizes[0] * sizes[1];
  const dUpdate =
    forward(batch, gSizes) + // fakes
    forward(2 * batch, dSizes) + // D on real and fake, stacked
    forward(2 * batch, dSizes) + // ∂W of every D layer
    deltasAboveInput(2 * batch, dSizes);
  const gUpdate =
    forward(batch, gSizes) + // G, keeping activations
    forward(batch, dSizes) + // D on the fakes
    forward(batch, dSizes) + // δ through D down to its input
    forward(batch, gSizes) + // ∂W of every G layer
    deltasAboveInput(batch, gSizes);
  return dUpdate + gUpdate;
}
