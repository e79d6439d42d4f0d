// The digit classifier that judges generated digits: a small MLP (784 → 128 ReLU → 10 softmax) trained by
// scripts/train-digit-classifier.mjs on the 9,000 training digits. Its weights are a static asset.
import { tf, type Scalar, type Tensor, type Tensor1D, type Tensor2D } from '../../core/tf';

export interface ClassifierWeights {
  /** Layer widths from input to output, e.g. [784, 128, 10]. */
  sizes: number[];
  weights: Float32Array[];
  biases: Float32Array[];
}

/** Decodes "MCLF" weights (layout in the training script); throws an Error saying what is wrong. */
export function decodeClassifier(buffer: ArrayBuffer): ClassifierWeights {
  const view = new DataView(buffer);
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 12 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== 'MCLF') {
    throw new Error('the classifier weights file is not in the expected format');
  }
  const version = view.getUint32(4, true);
  const layers = view.getUint32(8, true);
  if (version !== 1 || layers < 1 || layers > 8) throw new Error('the classifier weights have an unknown version or shape');
  const sizes = Array.from({ length: layers + 1 }, (_, i) => view.getUint32(12 + 4 * i, true));
  let o = 12 + 4 * (layers + 1);
  const take = (n: number): Float32Array => {
    if (o + 4 * n > bytes.length) throw new Error('the classifier weights file is truncated');
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++, o += 4) out[i] = view.getFloat32(o, true);
    return out;
  };
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 0; l < layers; l++) {
    weights.push(take(sizes[l] * sizes[l + 1]));
    biases.push(take(sizes[l + 1]));
  }
  if (o !== bytes.length) throw new Error('the classifier weights file has trailing bytes');
  return { sizes, weights, biases };
}

/** The classifier on the GPU: constant tensors, never trained here. */
export class DigitClassifier {
  private readonly weights: Tensor2D[];
  private readonly biases: Tensor1D[];

  constructor(w: ClassifierWeights) {
    this.weights = w.weights.map((values, l) => tf.tensor2d(values, [w.sizes[l], w.sizes[l + 1]]));
    this.biases = w.biases.map((values) => tf.tensor1d(values));
  }

  /** p(y | x) for each row of x (pixels in [0, 1]), shape [n, 10]. */
  probabilities(x: Tensor2D): Tensor2D {
    return tf.tidy(() => {
      let h: Tensor2D = x;
      const last = this.weights.length - 1;
      this.weights.forEach((w, l) => {
        h = tf.fused.matMul({ a: h, b: w, bias: this.biases[l], activation: l === last ? 'linear' : 'relu' }) as Tensor2D;
      });
      return tf.softmax(h);
    });
  }

  dispose(): void {
    tf.dispose([...this.weights, ...this.biases]);
  }
}

/**
 * The classifier-based score (Salimans et al. 2016's Inception score with a digit classifier):
 *   exp( E_x [ KL( p(y|x) ‖ p(y) ) ] ),  p(y) = E_x p(y|x).
 * 1 when every digit looks alike or is ambiguous; at most 10 when digits are confident and all classes equally common.
 */
export function classifierScore(p: Tensor2D): Scalar {
  return tf.tidy(() => {
    const eps = 1e-12;
    const marginal = tf.mean(p, 0, true);
    const kl = tf.sum(tf.mul(p, tf.sub(tf.log(tf.add(p, eps)), tf.log(tf.add(marginal, eps)))), 1);
    return tf.exp(tf.mean(kl)) as Scalar;
  });
}

/** How many rows the classifier assigns to each class (argmax), shape [classes]. */
export function classCounts(p: Tensor2D): Tensor1D {
  return tf.tidy(() => tf.sum(tf.oneHot(tf.argMax(p, 1) as Tensor1D, p.shape[1]), 0) as Tensor1D);
}

/** Fraction of rows whose argmax equals the label. */
export function accuracy(p: Tensor2D, labels: Tensor): Scalar {
  return tf.tidy(() => tf.mean(tf.cast(tf.equal(tf.argMax(p, 1), tf.cast(labels, 'int32')), 'float32')) as Scalar);
}
