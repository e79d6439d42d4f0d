// The MNIST digits on the GPU, uploaded once when a run is built: the training set (real minibatches are gathered
// from it by random row indices on the GPU, so no pixels are uploaded per step), its labels for a conditional run,
// and the held-out digits (the classifier's real score, the Parzen window's validation and test sets).
import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';
import { digitRows, PIXELS, type MnistData } from './asset';
import { labelRows } from './labels';

export class DigitTensors {
  readonly train: Tensor2D;
  /** The training digits' labels (int32), for a conditional run's real batches; null otherwise. */
  readonly trainLabels: Tensor1D | null;
  readonly heldOut: Tensor2D;

  constructor(digits: MnistData, conditional: boolean) {
    const { train, heldOut } = digits;
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
    const rows = tf.randomUniform([size], 0, this.train.shape[0], 'int32', seed);
    const x = tf.gather(this.train, rows) as Tensor2D;
    const y = this.trainLabels ? labelRows(tf.gather(this.trainLabels, rows) as Tensor1D, labelScale) : undefined;
    return { x, y };
  }

  dispose(): void {
    tf.dispose([this.train, this.heldOut, this.trainLabels ?? []]);
  }
}
