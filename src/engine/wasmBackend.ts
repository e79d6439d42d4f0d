// The WebAssembly backend, loaded on demand by backend.ts. Its .wasm binaries ship with the site as hashed assets;
// Vite turns these imports into base-relative URLs.
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { useFasterWasmKernels } from './wasmKernels';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

useFasterWasmKernels();
