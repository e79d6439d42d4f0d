// Watching for (and, in tests, provoking) the loss of the WebGL context under TensorFlow.js's WebGL backend.
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf } from '../core/tf';

function webglBackend(): MathBackendWebGL | null {
  return tf.getBackend() === 'webgl' ? (tf.backend() as MathBackendWebGL) : null;
}

/** Calls onLost once when the current WebGL backend's context is lost. Returns a function that stops watching. */
export function watchContextLoss(onLost: () => void): () => void {
  const backend = webglBackend();
  if (!backend) return () => undefined;
  const canvas: EventTarget = backend.gpgpu.gl.canvas;
  const handler = (e: Event) => {
    e.preventDefault();
    onLost();
  };
  canvas.addEventListener('webglcontextlost', handler, { once: true });
  return () => canvas.removeEventListener('webglcontextlost', handler);
}

/**
 * Stops the dead backend's readback polling: its fences can never pass on a lost context, and TensorFlow.js
 * would otherwise poll them forever. The readbacks concerned are abandoned by the scheduler anyway.
 */
export function stopLostContextPolling(): void {
  const backend = webglBackend();
  if (!backend) return;
  const gpgpu = backend.gpgpu as unknown as { itemsToPoll?: unknown[] };
  gpgpu.itemsToPoll?.splice(0);
}

/** Loses the WebGL context on purpose through the WEBGL_lose_context extension (for tests and demos). */
export function loseContextForTesting(): boolean {
  const backend = webglBackend();
  const ext = backend?.gpgpu.gl.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}
