// The door to the tfjs WebGL backend for the fused training kernels: whether they can run here, and running one.
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf, type Tensor } from '../tf';

const textureUnits = new WeakMap<MathBackendWebGL, number>();

/**
 * The WebGL backend when the fused kernels can run on it (WebGL 2 with float32 render targets), else null.
 * Also gives how many textures one program may read (a fused update reads one per layer input and δ).
 */
export function fusedBackend(): { backend: MathBackendWebGL; maxInputs: number } | null {
  if (tf.getBackend() !== 'webgl') return null;
  if (tf.env().getNumber('WEBGL_VERSION') !== 2 || !tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) return null;
  const backend = tf.backend() as MathBackendWebGL;
  let units = textureUnits.get(backend);
  if (units === undefined) {
    const gl = backend.gpgpu.gl;
    units = Number(gl.getParameter(gl.MAX_TEXTURE_IMAGE_UNITS));
    textureUnits.set(backend, units);
  }
  return { backend, maxInputs: units };
}

/** Runs one program (compiled once per source and input layout, then cached by the backend) as a tracked tensor. */
export function runProgram<T extends Tensor>(backend: MathBackendWebGL, program: GPGPUProgram, inputs: Tensor[], uniforms?: number[][]): T {
  const info = backend.compileAndRun(program, inputs, 'float32', uniforms);
  return tf.engine().makeTensorFromTensorInfo(info) as T;
}
