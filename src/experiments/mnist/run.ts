import { tf, type Scalar, type Tensor, type Tensor1D, type Tensor2D } from '../../core/tf';
import { withCondition } from '../../core/conditioning';
import { PackedMlp } from '../../core/packedMlp';
import { discriminate, generate } from '../../core/gan';
import type { FastPair, TrainingPaths } from '../../core/fastGan';
import { sampleNoise } from '../../core/priors';
import { deriveSeed, Stream } from '../../core/rng';
import type { Params } from '../../params/schema';
import type { ProgressListener } from '../../engine/types';
import { GanRun, readAndDispose } from '../ganRun';
import { readConfig, type MnistConfig } from './config';
import { digitImage, digitRows, PIXELS } from './asset';
import { accuracy, classCounts, classifierScore, DigitClassifier } from './classifier';
import {
  CLASSES, cyclingLabels, gridLabels, LABEL_COLUMNS, LABELLED_COLUMNS, LABELLED_COUNT, labelProblem, labelRows,
  realIndicesByLabel, rowLabels,
} from './labels';
import { browserAssets, type AssetLoader, type MnistAssets } from './loader';
import { updateDiscriminator, updateGenerator, valueFormFor } from './objective';
import { parzenEstimate, squaredDistances } from './parzen';
import { Timeline } from './timeline';
import {
  CLASS_SAMPLES, PARZEN_CENTRES, GRID_COUNT, GRID_SIDE, INTERPOLATION_STEPS, NEIGHBOUR_COUNT, type ClassReport, type MnistSnapshot,
  type NeighbourReport, type PaperRow, type TimelineFrame,
} from './snapshot';

/** The class histogram and memorisation check are redrawn at most this often while training (ms). */
export const EVALUATION_INTERVAL_MS = 3000;
/**
 * Where the evaluation runs on the main thread (WebAssembly, CPU) it may take a second or more: it is then spaced so
 * that it takes at most 1/EVALUATION_SHARE of the time (the CPU backend's `deep` evaluates every ~20 s, not every frame).
 */
const EVALUATION_SHARE = 10;
/** Parzen window: generated centres, and how the 1,000 held-out digits split into validation and test. */
export const PARZEN_VALIDATION = 200;

/** Sub-streams of Stream.view, so each fixed set of noise has its own seed. */
const View = { grid: 1, lineStart: 2, lineEnd: 3, classes: 4, sample: 5, parzen: 6 } as const;

/** The run's G and D for a config (exported for the tests of their sizes). */
export function mnistNetworks(config: MnistConfig): FastPair {
  const { seed, hiddenD, hiddenG, activation, init, zDim } = config;
  // a conditional GAN's one-hot label enters both networks as extra input columns (labels.ts: padded to 12)
  const label = config.conditional ? LABEL_COLUMNS : 0;
  return {
    g: new PackedMlp({ sizes: [zDim + label, ...hiddenG, PIXELS], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initG), name: 'G' }),
    d: new PackedMlp({ sizes: [PIXELS + label, ...hiddenD, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initD), name: 'D' }),
    dHead: 'sigmoid',
    gOutput: 'sigmoid',
    objective: config.loss,
    clip: config.clip,
    gpWeight: config.gpWeight,
  };
}

/** The fixed labels of a conditional run's views, one-hot rows (labels.ts). */
interface FixedLabels {
  grid: Tensor2D;
  line: Tensor2D;
  classes: Tensor2D;
  /** The digit asked of each class-check sample, for the agreement with the classifier. */
  classDigits: Tensor1D;
}

/**
 * The MNIST GAN: G maps z ∈ ℝ^zDim to 784 sigmoid pixels, D maps a digit to the probability that it is real. A
 * conditional run (Mirza & Osindero 2014) also feeds each network the digit's one-hot label: G([z | y]), D([x | y]).
 */
export class MnistRun extends GanRun<MnistSnapshot> {
  /** The training digits, uploaded once; batches are gathered from it on the GPU. */
  private readonly trainX: Tensor2D;
  /** Their labels (int32), for a conditional run's real batches; null otherwise. */
  private readonly trainY: Tensor1D | null;
  private readonly heldOutX: Tensor2D;
  private readonly classifier: DigitClassifier;
  private fixedNoise: { grid: Tensor2D; line: Tensor2D; classes: Tensor2D };
  private fixedLabels: FixedLabels | null = null;
  /** The real digits shown beside the grid (and their one-hot labels in a conditional run). */
  private readonly realGrid: { x: Tensor2D; labels: Tensor2D | null };
  private readonly real: Float32Array;
  private readonly timeline = new Timeline();
  private classes: ClassReport | null = null;
  private neighbours: NeighbourReport | null = null;
  private paper: PaperRow | null = null;
  private lastEvaluation = -Infinity;
  /** Main-thread milliseconds the last evaluating snapshot took to enqueue (its whole cost on WebAssembly and CPU). */
  private evaluationMs = 0;
  private evaluationRequested = true;
  private realScore = NaN;
  /** Whether the latest D and G updates trained the value form by autodiff (not the trainer's fast paths). */
  private readonly autodiff = { d: false, g: false };

  private constructor(private config: MnistConfig, private readonly assets: MnistAssets) {
    super(mnistNetworks(config), config);
    const { train, heldOut } = assets.digits;
    this.trainX = tf.tensor2d(digitRows(train), [train.count, PIXELS]);
    this.trainY = config.conditional ? tf.tensor1d(train.labels, 'int32') : null;
    this.heldOutX = tf.tensor2d(digitRows(heldOut), [heldOut.count, PIXELS]);
    this.classifier = new DigitClassifier(assets.classifier);
    this.fixedNoise = this.makeFixedNoise();
    this.fixedLabels = this.makeFixedLabels();
    this.setAveraging(config.averageG);
    // a conditional run shows real digits row by row like its grid (row r: digit r); else the first 64 held out
    const shown = config.conditional ? realIndicesByLabel(heldOut) : Array.from({ length: GRID_COUNT }, (_, i) => i);
    this.real = new Float32Array(shown.length * PIXELS);
    shown.forEach((row, i) => this.real.set(digitImage(heldOut, row), i * PIXELS));
    this.realGrid = {
      x: tf.tensor2d(this.real, [shown.length, PIXELS]),
      labels: config.conditional ? labelRows(shown.map((row) => heldOut.labels[row]), config.labelScale) : null,
    };
  }

  /** One-hot label rows for these digits, the hot entry the config's label scale (labels.ts). */
  private oneHot(labels: readonly number[] | Tensor1D): Tensor2D {
    return labelRows(labels, this.config.labelScale);
  }

  /** How many samples the grid holds: 8 × 8, or 10 rows (one per digit) of 8 in a conditional run. */
  private get gridCount(): number {
    return this.config.conditional ? LABELLED_COUNT : GRID_COUNT;
  }

  /** Loads the digits and the classifier (once per page), uploads the training set, scores the real digits. */
  static async create(params: Params, onProgress?: ProgressListener, loader: AssetLoader = browserAssets): Promise<MnistRun> {
    const assets = await loader(onProgress);
    onProgress?.(0, 1, 'Uploading the digits to the GPU');
    const run = new MnistRun(readConfig(params), assets);
    const score = tf.tidy(() => classifierScore(run.classifier.probabilities(run.heldOutX)));
    run.realScore = (await score.data())[0];
    score.dispose();
    onProgress?.(1, 1, 'Uploading the digits to the GPU');
    return run;
  }

  /** Whether G and D read the digit's label (sample(n, label) can ask for a digit). */
  get conditional(): boolean {
    return this.config.conditional;
  }

  protected get k(): number {
    return this.config.k;
  }

  protected get kG(): number {
    return this.config.kG;
  }

  override get paths(): TrainingPaths {
    const fast = this.trainer.paths;
    if (!this.autodiff.d && !this.autodiff.g) return fast;
    const reason = 'the value-function form is differentiated as written (autodiff)';
    return { d: this.autodiff.d ? 'autodiff' : fast.d, g: this.autodiff.g ? 'autodiff' : fast.g, reason };
  }

  private noise(n: number, seed: number): Tensor2D {
    return sampleNoise(this.config.prior, n, this.config.zDim, 1, seed);
  }

  /** The fixed z of the grid, of the interpolation line (z_a + t·(z_b − z_a), t ∈ [0, 1]) and of the histogram. */
  private makeFixedNoise() {
    const { seed } = this.config;
    const at = (which: number, n: number) => this.noise(n, deriveSeed(seed, Stream.view, which));
    return tf.tidy(() => {
      const za = at(View.lineStart, 1);
      const zb = at(View.lineEnd, 1);
      const t = tf.reshape(tf.linspace(0, 1, INTERPOLATION_STEPS), [INTERPOLATION_STEPS, 1]);
      const line = tf.add(za, tf.mul(t, tf.sub(zb, za))) as Tensor2D;
      return { grid: at(View.grid, this.gridCount), line, classes: at(View.classes, CLASS_SAMPLES) };
    });
  }

  /**
   * A conditional run's fixed labels: the grid's rows (the digit picker's choice), the interpolation line's digit
   * (the picked digit; 0 for all rows), and the class check's 1,000 samples, every digit 100 times.
   */
  private makeFixedLabels(): FixedLabels | null {
    const { conditional, digit } = this.config;
    if (!conditional) return null;
    const lineDigit = digit === 'all' ? 0 : digit;
    const classDigits = cyclingLabels(CLASS_SAMPLES);
    return {
      grid: this.oneHot(gridLabels(digit)),
      line: this.oneHot(Array<number>(INTERPOLATION_STEPS).fill(lineDigit)),
      classes: this.oneHot(classDigits),
      classDigits: tf.tensor1d(classDigits, 'int32'),
    };
  }

  private disposeFixedLabels(): void {
    if (this.fixedLabels) tf.dispose(Object.values(this.fixedLabels));
    this.fixedLabels = null;
  }

  /**
   * G([z | y]) for a conditional run's labels y (null: G(z)), for what a frame or a script shows: drawn by the
   * averaged G when averaging is on.
   */
  private draw(z: Tensor2D, labels: Tensor2D | null | undefined): Tensor2D {
    return tf.tidy(() => generate(this.samplingPair, withCondition(z, labels)));
  }

  /** D([x | y]) (null labels: D(x)). */
  private judge(x: Tensor2D, labels: Tensor2D | null | undefined): Tensor2D {
    return tf.tidy(() => discriminate(this.pair, withCondition(x, labels)));
  }

  /**
   * One D update. The logistic form trains on the fast path (hand-written back-propagation, core/fastGan.ts);
   * the value-function form goes through autodiff so its ε-guarded logs are differentiated exactly as written.
   * The loss value is computed only when it will be shown (the last update of a frame).
   */
  updateD(wantLoss = true): void {
    const { batch, seed, form, realLabel } = this.config;
    const loss = tf.tidy((): Scalar | void => {
      // A minibatch of real digits gathered on the GPU by random row indices: no pixels are uploaded per step.
      const rows = tf.randomUniform([batch], 0, this.trainX.shape[0], 'int32', deriveSeed(seed, Stream.data, this.dUpdates));
      const x = tf.gather(this.trainX, rows) as Tensor2D;
      // conditional: the real digits' own labels, which the fakes of this update are drawn for too
      const y = this.trainY ? this.oneHot(tf.gather(this.trainY, rows) as Tensor1D) : undefined;
      const z = this.noise(batch, deriveSeed(seed, Stream.noiseD, this.dUpdates));
      const literal = valueFormFor(this.pair, form);
      this.autodiff.d = literal !== null;
      if (literal) return updateDiscriminator(this.pair, this.optD, x, z, literal, realLabel, y);
      const eps = deriveSeed(seed, Stream.interpolate, this.dUpdates);
      return this.trainer.discriminatorStep(this.optD, x, z, realLabel, wantLoss, eps, y) ?? undefined;
    });
    this.dUpdates++;
    this.keepLoss('d', loss);
  }

  updateG(wantLoss = true): void {
    const { batch, seed, form } = this.config;
    const loss = tf.tidy((): Scalar | void => {
      const z = this.noise(batch, deriveSeed(seed, Stream.noiseG, this.gUpdates));
      // conditional: labels drawn uniformly from the 10 digits
      const y = this.trainY ? this.oneHot(tf.randomUniform([batch], 0, CLASSES, 'int32', deriveSeed(seed, Stream.labelsG, this.gUpdates)) as Tensor1D) : undefined;
      const literal = valueFormFor(this.pair, form);
      this.autodiff.g = literal !== null;
      if (literal) return updateGenerator(this.pair, this.optG, z, literal, y);
      return this.trainer.generatorStep(this.optG, z, wantLoss, y) ?? undefined;
    });
    this.gUpdates++;
    this.averageAfterG();
    this.keepLoss('g', loss);
  }

  applyLiveParams(params: Params): void {
    const next = readConfig(params);
    const prev = this.config;
    this.config = {
      ...next, hiddenD: prev.hiddenD, hiddenG: prev.hiddenG, zDim: prev.zDim, activation: prev.activation, init: prev.init, seed: prev.seed,
      conditional: prev.conditional, labelScale: prev.labelScale,
    };
    this.pair.objective = next.loss;
    this.pair.clip = next.clip;
    this.pair.gpWeight = next.gpWeight;
    this.setAveraging(next.averageG);
    if (next.prior !== prev.prior) {
      tf.dispose(Object.values(this.fixedNoise));
      this.fixedNoise = this.makeFixedNoise();
      this.evaluationRequested = true;
    }
    if (next.digit !== prev.digit) {
      this.disposeFixedLabels();
      this.fixedLabels = this.makeFixedLabels();
    }
    this.refreshOptimizers(prev, next);
  }

  /** Asks the next snapshot to redraw the class histogram and memorisation check whatever the time. */
  requestEvaluation(): void {
    this.evaluationRequested = true;
  }

  private evaluationDue(): boolean {
    const now = performance.now();
    const every = Math.max(EVALUATION_INTERVAL_MS, EVALUATION_SHARE * this.evaluationMs);
    if (!this.evaluationRequested && now - this.lastEvaluation < every) return false;
    if (!this.evaluationRequested && this.classes?.step === this.step) return false;
    this.evaluationRequested = false;
    this.lastEvaluation = now;
    return true;
  }

  /**
   * One readback per frame: the grid, the interpolation row, D's scores of the grid and of the real digits beside
   * it, and the losses; every few seconds also the class histogram and score of CLASS_SAMPLES generated digits and
   * the nearest training digit of a few samples.
   */
  async snapshot(): Promise<MnistSnapshot> {
    const evaluate = this.evaluationDue();
    const hasD = this.lastDLoss !== null;
    const hasG = this.lastGLoss !== null;
    const count = this.gridCount;
    const labels = this.fixedLabels;
    const enqueuedFrom = performance.now();
    const packed = tf.tidy(() => {
      const grid = this.draw(this.fixedNoise.grid, labels?.grid);
      const gridScores = this.judge(grid, labels?.grid);
      const realScores = this.judge(this.realGrid.x, this.realGrid.labels);
      const parts: Tensor[] = [
        tf.reshape(grid, [-1]), tf.reshape(this.draw(this.fixedNoise.line, labels?.line), [-1]), tf.reshape(gridScores, [-1]),
        tf.reshape(realScores, [-1]), ...this.lossParts().parts,
      ];
      if (evaluate) {
        const p = this.classifier.probabilities(this.draw(this.fixedNoise.classes, labels?.classes));
        const d2 = squaredDistances(tf.slice(grid, [0, 0], [NEIGHBOUR_COUNT, PIXELS]), this.trainX);
        parts.push(classCounts(p), tf.reshape(classifierScore(p), [1]), tf.cast(tf.argMin(d2, 1), 'float32'), tf.sqrt(tf.min(d2, 1)));
        // conditional: the share of samples the classifier reads as the digit they were asked for
        if (labels) parts.push(tf.reshape(accuracy(p, labels.classDigits), [1]));
      }
      return tf.concat(parts);
    });
    if (evaluate) this.evaluationMs = performance.now() - enqueuedFrom;
    const step = this.step;
    const all = await readAndDispose(packed);
    let o = 0;
    const take = (n: number) => all.slice(o, (o += n));
    const grid = Float32Array.from(take(count * PIXELS));
    const interpolation = Float32Array.from(take(INTERPOLATION_STEPS * PIXELS));
    const dGrid = Float32Array.from(take(count));
    const dReal = Float32Array.from(take(count));
    const metrics: Record<string, number> = {};
    if (hasD) metrics.dLoss = take(1)[0];
    if (hasG) metrics.gLoss = take(1)[0];
    if (evaluate) {
      const [counts, score, nearest, distances] = [take(CLASSES), take(1)[0], take(NEIGHBOUR_COUNT), take(NEIGHBOUR_COUNT)];
      this.readEvaluation(step, grid, counts, score, nearest, distances, labels ? take(1)[0] : undefined);
    }
    this.timeline.offer(step, grid, this.config.timelineEvery);
    if (this.classes) metrics.classifierScore = this.classes.score;
    if (this.classes?.agreement !== undefined) metrics.labelAgreement = this.classes.agreement;
    if (this.paper) metrics.parzen = this.paper.mean;
    const { conditional, digit } = this.config;
    return {
      experiment: 'mnist', step, metrics, grid, interpolation, real: this.real, dGrid, dReal, timeline: [...this.timeline.all],
      classes: this.classes, neighbours: this.neighbours, paper: this.paper,
      columns: conditional ? LABELLED_COLUMNS : GRID_SIDE, rowLabels: conditional ? rowLabels(digit) : null,
    };
  }

  private readEvaluation(
    step: number, grid: Float32Array, counts: ArrayLike<number>, score: number, nearest: ArrayLike<number>, distances: ArrayLike<number>,
    agreement?: number,
  ): void {
    this.classes = { step, counts: Array.from(counts), score, realScore: this.realScore, ...(agreement === undefined ? {} : { agreement }) };
    const nearestPixels = new Float32Array(NEIGHBOUR_COUNT * PIXELS);
    Array.from(nearest).forEach((row, i) => nearestPixels.set(digitImage(this.assets.digits.train, row), i * PIXELS));
    this.neighbours = { step, samples: grid.slice(0, NEIGHBOUR_COUNT * PIXELS), nearest: nearestPixels, distances: Array.from(distances) };
  }

  /**
   * Goodfellow et al. 2014, Table 1, for this run: a Gaussian Parzen window on PARZEN_CENTRES generated digits,
   * σ chosen on the first PARZEN_VALIDATION held-out digits, the log-likelihood reported on the rest.
   */
  async paperRow(onProgress?: (done: number, total: number) => void, centreCount = PARZEN_CENTRES): Promise<PaperRow> {
    const step = this.step;
    const { heldOutX } = this;
    const n = heldOutX.shape[0];
    const centres = tf.tidy(() => {
      const z = this.noise(centreCount, deriveSeed(this.config.seed, Stream.view, View.parzen, step));
      return this.draw(z, this.config.conditional ? this.oneHot(cyclingLabels(centreCount)) : null);
    });
    const validation = tf.slice(heldOutX, [0, 0], [PARZEN_VALIDATION, PIXELS]);
    const test = tf.slice(heldOutX, [PARZEN_VALIDATION, 0], [n - PARZEN_VALIDATION, PIXELS]);
    try {
      this.paper = { step, ...(await parzenEstimate(centres, validation, test, onProgress)) };
      return this.paper;
    } finally {
      tf.dispose([centres, validation, test]);
    }
  }

  protected override afterLoad(): void {
    this.evaluationRequested = true;
  }

  /**
   * n fresh samples. A conditional run draws the digit `label` in every row, or without one row i as digit i mod 10;
   * an unconditional run refuses a label (it cannot be asked for a digit).
   */
  async sample(n: number, label?: number): Promise<number[][]> {
    if (label !== undefined) {
      const problem = labelProblem(label);
      if (problem) throw new Error(`sample(n, { label }): ${problem}`);
      if (!this.config.conditional) throw new Error('sample(n, { label }) needs a conditional GAN (the conditional preset, or conditional = true)');
    }
    const seed = deriveSeed(this.config.seed, Stream.view, View.sample, this.step, n);
    const digits = label === undefined ? cyclingLabels(n) : Array<number>(n).fill(label);
    const v = await readAndDispose(tf.tidy(() => this.draw(this.noise(n, seed), this.config.conditional ? this.oneHot(digits) : null)));
    return Array.from({ length: n }, (_, i) => Array.from(v.subarray(i * PIXELS, (i + 1) * PIXELS)));
  }

  /** D(x) per row: 784 pixels, or in a conditional run 784 pixels then the 12 one-hot label columns D reads. */
  async discriminate(xs: number[][]): Promise<number[]> {
    const width = this.pair.d.spec.sizes[0];
    const what = this.config.conditional ? `a conditional D reads ${PIXELS} pixels then ${LABEL_COLUMNS} one-hot label columns` : `MNIST digits have ${PIXELS}`;
    const bad = xs.findIndex((r) => r.length !== width);
    if (bad >= 0) throw new Error(`discriminate(xs): row ${bad} has ${xs[bad].length} values; ${what}`);
    const t = tf.tidy(() => discriminate(this.pair, tf.tensor2d(xs.flat(), [xs.length, width])));
    return Array.from(await readAndDispose(t));
  }

  timelineFrames(): readonly TimelineFrame[] {
    return this.timeline.all;
  }

  loadTimeline(frames: readonly TimelineFrame[]): void {
    this.timeline.load(frames);
  }

  override dispose(): void {
    super.dispose();
    this.classifier.dispose();
    this.disposeFixedLabels();
    tf.dispose([this.trainX, this.heldOutX, ...Object.values(this.fixedNoise), this.realGrid.x, this.realGrid.labels ?? [], this.trainY ?? []]);
  }
}
