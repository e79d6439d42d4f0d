// The class histogram and the memorisation check of an MNIST frame: when a frame evaluates (every few seconds, spaced
// further where the evaluation is slow), the tensors it adds to the frame's one readback — the classifier's verdict
// on CLASS_SAMPLES generated digits and the nearest training digit of a few samples — and what it read back.
import { tf, type Tensor, type Tensor1D, type Tensor2D } from '../../core/tf';
import { digitImage, PIXELS, type DigitSet } from './asset';
import { accuracy, classCounts, classifierScore, type DigitClassifier } from './classifier';
import { CLASSES } from './labels';
import { squaredDistances } from './parzen';
import { NEIGHBOUR_COUNT, type ClassReport, type NeighbourReport } from './snapshot';

/** The class histogram and memorisation check are redrawn at most this often while training (ms). */
export const EVALUATION_INTERVAL_MS = 3000;
/**
 * Where the evaluation runs on the main thread (WebAssembly, CPU) it may take a second or more: it is then spaced so
 * that it takes at most 1/EVALUATION_SHARE of the time (the CPU backend's `deep` evaluates every ~20 s, not every frame).
 */
const EVALUATION_SHARE = 10;

/** When the next frame evaluates. */
export class EvaluationSchedule {
  private last = -Infinity;
  /** Main-thread milliseconds the last evaluating frame took to enqueue (its whole cost on WebAssembly and CPU). */
  private costMs = 0;
  private requested = true;

  /** Asks the next frame to evaluate whatever the time. */
  request(): void {
    this.requested = true;
  }

  /** Whether the frame of `step` evaluates; `evaluatedStep`: the step the shown evaluation is of, if any. */
  due(step: number, evaluatedStep: number | undefined): boolean {
    const now = performance.now();
    const every = Math.max(EVALUATION_INTERVAL_MS, EVALUATION_SHARE * this.costMs);
    if (!this.requested && now - this.last < every) return false;
    if (!this.requested && evaluatedStep === step) return false;
    this.requested = false;
    this.last = now;
    return true;
  }

  /** The evaluating frame took `ms` of the main thread to enqueue. */
  took(ms: number): void {
    this.costMs = ms;
  }
}

/**
 * The evaluation's tensors, in the order readEvaluation takes them: the class counts and classifier score of
 * `samples`, the nearest training digit of the grid's first NEIGHBOUR_COUNT samples and its distance, and in a
 * conditional run (`classDigits`: the digit each sample was asked for) the share the classifier reads as asked.
 */
export function evaluationParts(
  classifier: DigitClassifier, samples: Tensor2D, grid: Tensor2D, trainX: Tensor2D, classDigits: Tensor1D | undefined,
): Tensor[] {
  const p = classifier.probabilities(samples);
  const d2 = squaredDistances(tf.slice(grid, [0, 0], [NEIGHBOUR_COUNT, PIXELS]), trainX);
  const parts = [classCounts(p), tf.reshape(classifierScore(p), [1]), tf.cast(tf.argMin(d2, 1), 'float32'), tf.sqrt(tf.min(d2, 1))];
  // conditional: the share of samples the classifier reads as the digit they were asked for
  if (classDigits) parts.push(tf.reshape(accuracy(p, classDigits), [1]));
  return parts;
}

/**
 * The evaluation read back (`take(n)`: the frame's next n values) into the class report and the nearest training
 * digits (`train`: the training set, for their pixels).
 */
export function readEvaluation(
  take: (n: number) => Float32Array, step: number, grid: Float32Array, realScore: number, train: DigitSet, conditional: boolean,
): { classes: ClassReport; neighbours: NeighbourReport } {
  const [counts, score, nearest, distances] = [take(CLASSES), take(1)[0], take(NEIGHBOUR_COUNT), take(NEIGHBOUR_COUNT)];
  const agreement = conditional ? take(1)[0] : undefined;
  const classes = { step, counts: Array.from(counts), score, realScore, ...(agreement === undefined ? {} : { agreement }) };
  const nearestPixels = new Float32Array(NEIGHBOUR_COUNT * PIXELS);
  Array.from(nearest).forEach((row, i) => nearestPixels.set(digitImage(train, row), i * PIXELS));
  const neighbours = { step, samples: grid.slice(0, NEIGHBOUR_COUNT * PIXELS), nearest: nearestPixels, distances: Array.from(distances) };
  return { classes, neighbours };
}
