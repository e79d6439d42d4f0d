// The WebAssembly kernels this site replaces, each wrapping tfjs's own and falling back to it for what it does not
// change (installed by wasmBackend.ts; docs/live-loop.md has the profile that found them):
// - Slice: tfjs's first copies the WHOLE input out of the WebAssembly heap (readSync) and then takes the part, so a
//   layer's weights sliced out of θ copied all of θ, eight times per MNIST step — in the browser a sixth of the page's
//   main thread while training. Here a contiguous part is copied heap to heap; any other slice goes to tfjs's kernel.
// - BatchMatMul: tfjs's hands a product to XNNPACK only when neither operand is transposed; with a transpose flag
//   (back-propagation's hᵀδ and δWᵀ, autodiff's matMul gradients, the Parzen window's x·μᵀ) it runs a scalar triple
//   loop, 8–12× slower for MNIST's layers (hᵀδ over 256 × 784 × 128: 27 ms against 4 ms). Here the operand is
//   transposed first, unless the product is so small that the extra kernel costs more than the loop.
import { getKernel, registerKernel, slice_util, unregisterKernel, util, type BatchMatMulAttrs, type BatchMatMulInputs, type KernelConfig, type KernelFunc, type SliceAttrs, type SliceInputs, type TensorInfo } from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/**
 * Multiply-adds from which a transpose first pays. Measured in Node (tfjs 4.22, SIMD): 2,048 (64 rows, 2 → 16)
 * 0.015 ms with the flag against 0.049 transposed; 32,768 (128 rows, 16 → 16) 0.06–0.075 against 0.04–0.05;
 * 524,288 (128 rows, 64 → 64) 0.4–0.5 against 0.04–0.07.
 */
export const TRANSPOSE_FROM = 16_384;

/** Kernel functions made here (so that a second call does not wrap the first). */
const made = new WeakSet<KernelFunc>();

/** Registers `make(tfjs's kernel function)` in place of the WebAssembly kernel `name`. Idempotent. */
function replace(name: string, make: (original: KernelFunc) => KernelFunc): void {
  const original = getKernel(name, 'wasm');
  if (!original || made.has(original.kernelFunc)) return;
  const kernelFunc = make(original.kernelFunc);
  made.add(kernelFunc);
  const config: KernelConfig = { ...original, kernelFunc };
  unregisterKernel(name, 'wasm');
  registerKernel(config);
}

function contiguousSlice(fallback: KernelFunc): KernelFunc {
  return function contiguousSlice(args) {
    const { x } = args.inputs as SliceInputs;
    const { begin, size } = args.attrs as unknown as SliceAttrs;
    const backend = args.backend as BackendWasm;
    if (!x) return fallback(args);
    const [start, extent] = slice_util.parseSliceParams(x, begin, size);
    if (x.dtype === 'string' || !slice_util.isSliceContinous(x.shape, start, extent)) return fallback(args);
    const offset = slice_util.computeFlatOffset(start, util.computeStrides(x.shape));
    // the output first: allocating may grow the heap, which detaches views taken before
    const out = backend.makeOutput(extent, x.dtype);
    backend.typedArrayFromHeap(out).set(backend.typedArrayFromHeap(x).subarray(offset, offset + util.sizeFromShape(extent)));
    return out;
  };
}

function untransposedMatMul(fallback: KernelFunc, transpose: KernelFunc): KernelFunc {
  return function untransposedMatMul(args) {
    const { a, b } = args.inputs as BatchMatMulInputs;
    const attrs = args.attrs as unknown as BatchMatMulAttrs;
    if (!a || !b || (!attrs.transposeA && !attrs.transposeB)) return fallback(args);
    const columns = attrs.transposeB ? b.shape[b.shape.length - 2] : b.shape[b.shape.length - 1];
    if (util.sizeFromShape(a.shape) * columns < TRANSPOSE_FROM) return fallback(args);
    const backend = args.backend as BackendWasm;
    // the last two axes swapped (a batch axis, where there is one, stays)
    const swapped = (x: TensorInfo) => {
      const perm = x.shape.map((_, i) => i);
      perm.push(...perm.splice(-2).reverse());
      return transpose({ inputs: { x }, attrs: { perm }, backend }) as TensorInfo;
    };
    const aT = attrs.transposeA ? swapped(a) : a;
    const bT = attrs.transposeB ? swapped(b) : b;
    const out = fallback({ inputs: { a: aT, b: bT }, attrs: { ...attrs, transposeA: false, transposeB: false }, backend });
    for (const t of [aT, bT]) if (t !== a && t !== b) backend.disposeData(t.dataId);
    return out;
  };
}

/** Installs this file's kernels on the WebAssembly backend (after it registered its own). Idempotent. */
export function useFasterWasmKernels(): void {
  replace('Slice', contiguousSlice);
  const transpose = getKernel('Transpose', 'wasm')?.kernelFunc;
  if (transpose) replace('BatchMatMul', (original) => untransposedMatMul(original, transpose));
}
