// Chooses the TensorFlow.js backend for the page: WebGL by default, the CPU backend when WebGL cannot start.
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-cpu';
import { tf } from '../core/tf';

export interface BackendChoice {
  backend: string;
  /** Set when the preferred backend could not start. */
  notice?: string;
}

export async function initBackend(preferred = 'webgl'): Promise<BackendChoice> {
  const order = [preferred, ...['webgl', 'cpu'].filter((b) => b !== preferred)];
  for (const name of order) {
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        const notice = name === preferred ? undefined : `The ${preferred} backend could not start; training runs on ${name}.`;
        return { backend: name, notice };
      }
    } catch {
      // try the next backend
    }
  }
  throw new Error('No TensorFlow.js backend could start in this browser.');
}
