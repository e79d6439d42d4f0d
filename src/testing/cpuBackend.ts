// Unit tests run TensorFlow.js on its pure-JavaScript CPU backend in Node.
import '@tensorflow/tfjs-backend-cpu';
import { tf } from '../core/tf';

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}
