// A Slice kernel for the WebAssembly backend that copies only the part asked for. tfjs's own first copies the WHOLE
// input out of the WebAssembly heap (readSync) and then takes the part: a layer's weights sliced out of θ copied all
// of θ, eight times per MNIST step, and in the browser that was a sixth of the page's main thread while training
// (copies of half a megabyte, and the garbage they leave). Here a contiguous part is copied heap to heap; any other
// slice (a strided one, strings) still goes to tfjs's kernel.
import { getKernel, registerKernel, slice_util, unregisterKernel, util, type KernelConfig, type KernelFunc, type SliceAttrs, type SliceInputs } from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** Kernel functions made here (so that a second call does not wrap the first). */
const made = new WeakSet<KernelFunc>();

/** Replaces the WebAssembly backend's Slice with one that copies contiguous parts in place. Idempotent. */
export function useContiguousWasmSlice(): void {
  const original = getKernel('Slice', 'wasm');
  if (!original || made.has(original.kernelFunc)) return;
  const fallback = original.kernelFunc;
  function contiguousSlice(args: Parameters<KernelFunc>[0]): ReturnType<KernelFunc> {
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
  }
  made.add(contiguousSlice);
  const config: KernelConfig = { ...original, kernelFunc: contiguousSlice };
  unregisterKernel('Slice', 'wasm');
  registerKernel(config);
}
