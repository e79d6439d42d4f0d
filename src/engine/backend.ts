// Chooses the TensorFlow.js backend for the page: WebGL by default, then WebAssembly, then the plain CPU backend,
// whichever first starts in this browser. The choice can be forced with the `backend=` URL parameter.
// The backend without the package's register-every-kernel entry; webglKernels registers the kernels the site runs.
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl/dist/base';
import './webglKernels';
import { tf } from '../core/tf';
import { isOneOf } from '../core/names';

export const BACKENDS = ['webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface BackendChoice {
  backend: BackendName;
  /** Set when the preferred backend could not start. */
  notice?: string;
}

export function isBackendName(s: string): s is BackendName {
  return isOneOf(s, BACKENDS);
}

/**
 * Element-wise, reduction and array ops on WebGL run on unpacked textures, as the fused and tiled training kernels do
 * (core/fused, core/tiled). With tfjs's default (packed) every loss, head or concat on a fused kernel's output paid a
 * pack and an unpack program around it: a drawn 1-D frame with one step ran 76 GPU programs, now 52; a frame alone
 * 20, now 12 (2-D 29 → 20). Small networks are limited by programs per frame, not arithmetic (docs/live-loop.md).
 * Matrix products (WEBGL_PACK itself) stay packed.
 */
const UNPACKED_WEBGL_OPS = ['WEBGL_PACK_UNARY_OPERATIONS', 'WEBGL_PACK_BINARY_OPERATIONS', 'WEBGL_PACK_ARRAY_OPERATIONS', 'WEBGL_PACK_REDUCE', 'WEBGL_PACK_CLIP'];
for (const flag of UNPACKED_WEBGL_OPS) tf.env().set(flag, false);

/**
 * The WebAssembly and plain CPU backends load only when a page asks for them (a link's `backend=`, or a browser
 * without WebGL): most pages never need their code, and it is not part of the first load.
 */
const LOAD_BACKEND: Record<Exclude<BackendName, 'webgl'>, () => Promise<unknown>> = {
  wasm: () => import('./wasmBackend'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

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
    if (name !== 'webgl') await LOAD_BACKEND[name]();
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
