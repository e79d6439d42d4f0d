// Chooses the TensorFlow.js backend for the page: WebGL by default, then WebAssembly, then the plain CPU backend,
// whichever first starts in this browser. The choice can be forced with the `backend=` URL parameter.
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-cpu';
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// The .wasm binaries ship with the site as hashed assets; Vite turns these imports into base-relative URLs.
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { tf } from '../core/tf';

export const BACKENDS = ['webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface BackendChoice {
  backend: BackendName;
  /** Set when the preferred backend could not start. */
  notice?: string;
}

export function isBackendName(s: string): s is BackendName {
  return (BACKENDS as readonly string[]).includes(s);
}

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

/** Tries `preferred` first, then the rest of webgl → wasm → cpu, skipping any listed in `skip`. */
export async function initBackend(preferred: BackendName = 'webgl', skip: readonly BackendName[] = []): Promise<BackendChoice> {
  const order = [preferred, ...BACKENDS.filter((b) => b !== preferred)].filter((b) => !skip.includes(b));
  for (const name of order) {
    if (await tryBackend(name)) {
      const notice = name === preferred ? undefined : `The ${preferred} backend could not start in this browser; training runs on ${describe(name)} instead.`;
      return { backend: name, notice };
    }
  }
  throw new Error('No TensorFlow.js backend could start in this browser.');
}

async function tryBackend(name: BackendName): Promise<boolean> {
  try {
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    return true;
  } catch {
    return false;
  }
}

/**
 * After the WebGL context was lost: drops the dead WebGL backend and registers a fresh one, so that the next
 * setBackend('webgl') creates a new canvas and context. Tensors of the old backend must be disposed first.
 */
export function replaceWebglBackend(): void {
  tf.removeBackend('webgl');
  tf.registerBackend('webgl', () => new MathBackendWebGL(), 2);
}

export function describe(name: string): string {
  if (name === 'wasm') return 'WebAssembly (CPU, slower than the GPU)';
  if (name === 'cpu') return 'the plain JavaScript CPU backend (slow)';
  return 'WebGL (GPU)';
}
