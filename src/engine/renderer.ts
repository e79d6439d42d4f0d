// Is WebGL running on a real GPU? Without one, browsers render WebGL in software (SwiftShader, llvmpipe), where
// the WebAssembly backend trains small networks several times faster.
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf } from '../core/tf';

export interface RendererInfo {
  /** The GPU (or software renderer) name WebGL reports. */
  name: string;
  software: boolean;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/** The renderer behind tfjs's WebGL context, or null when the backend is not WebGL. */
export function webglRenderer(): RendererInfo | null {
  if (tf.getBackend() !== 'webgl') return null;
  const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown');
  return { name, software: isSoftwareRenderer(name) };
}
