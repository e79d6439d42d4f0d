// The MNIST digits on the backend, uploaded once when a run is built: the training set, its labels for a conditional
// run, and the held-out digits (the classifier's real score, the Parzen window's validation and test sets). On WebGL
// real minibatches are gathered from the training set by row indices on the GPU, so no pixels are uploaded per step;
// on the WebAssembly and CPU backends, whose memory is the CPU's, the same rows are copied from the pixels instead
// (tfjs's WebAssembly gather took 4 ms for a batch of 128, a sixth of an MNIST step there).
import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';
import { digitRows, PIXELS, type DigitSet, type MnistData } from './asset';
import { batchRows } from './batchRows';
import { labelRows } from './labels';

/** The digits of `rows` as one [rows, 784] array of intensities in [0, 1], and their labels. */
function copiedRows(set: DigitSet, rows: Int32Array): { pixels: Float32Array; labels: Int32Array } {
  const pixels = new Float32Array(rows.length * PIXELS);
  const labels = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    const from = row * PIXELS;
    for (let p = 0; p < PIXELS; p++) pixels[i * PIXELS + p] = set.pixels[from + p] / 255;
    labels[i] = set.labels[row];
  });
  return { pixels, labels };
}

export class DigitTensors {
  readonly train: Tensor2D;
  /** The training digits' labels (int32), for a conditional run's real batches; null otherwise. */
  readonly trainLabels: Tensor1D | null;
  readonly heldOut: Tensor2D;

  private readonly trainSet: DigitSet;
  private readonly gathersOnGpu: boolean;

  constructor(digits: MnistData, conditional: boolean) {
    const { train, heldOut } = digits;
    this.trainSet = train;
    this.gathersOnGpu = tf.getBackend() === 'webgl';
    this.train = tf.tensor2d(digitRows(train), [train.count, PIXELS]);
    this.trainLabels = conditional ? tf.tensor1d(train.labels, 'int32') : null;
    this.heldOut = tf.tensor2d(digitRows(heldOut), [heldOut.count, PIXELS]);
  }

  /**
   * A minibatch of `size` real digits, rows drawn uniformly with `seed`; in a conditional run also the digits' own
   * one-hot labels, the hot entry `labelScale` (the fakes of the same D update are drawn for them too). Call it
   * inside tf.tidy.
   */
  realBatch(size: number, seed: number, labelScale: number): { x: Tensor2D; y: Tensor2D | undefined } {
    const rows = batchRows(size, this.trainSet.count, seed);
    if (this.gathersOnGpu) {
      const at = tf.tensor1d(rows, 'int32');
      const x = tf.gather(this.train, at) as Tensor2D;
      const y = this.trainLabels ? labelRows(tf.gather(this.trainLabels, at) as Tensor1D, labelScale) : undefined;
      return { x, y };
    }
    const { pixels, labels } = copiedRows(this.trainSet, rows);
    const x = tf.tensor2d(pixels, [size, PIXELS]);
    const y = this.trainLabels ? labelRows(tf.tensor1d(labels, 'int32'), labelScale) : undefined;
    return { x, y };
  }

  dispose(): void {
    tf.dispose([this.train, this.heldOut, this.trainLabels ?? []]);
  }
}
