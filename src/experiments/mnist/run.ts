import { tf, type Scalar, type Tensor, type Tensor2D } from '../../core/tf';
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
import { classCounts, classifierScore, DigitClassifier } from './classifier';
import { browserAssets, type AssetLoader, type MnistAssets } from './loader';
import { updateDiscriminator, updateGenerator, valueFormFor } from './objective';
import { parzenEstimate, squaredDistances } from './parzen';
import { Timeline } from './timeline';
import {
  CLASS_SAMPLES, GRID_COUNT, INTERPOLATION_STEPS, NEIGHBOUR_COUNT, type ClassReport, type MnistSnapshot,
  type NeighbourReport, type PaperRow, type TimelineFrame,
} from './snapshot';

/** The class histogram and memorisation check are redrawn at most this often while training (ms). */
export const EVALUATION_INTERVAL_MS = 3000;
/** Parzen window: generated centres, and how the 1,000 held-out digits split into validation and test. */
export const PARZEN_CENTRES = 2000;
export const PARZEN_VALIDATION = 200;

/** Sub-streams of Stream.view, so each fixed set of noise has its own seed. */
const View = { grid: 1, lineStart: 2, lineEnd: 3, classes: 4, sample: 5, parzen: 6 } as const;

function networks(config: MnistConfig): FastPair {
  const { seed, hiddenD, hiddenG, activation, init, zDim } = config;
  return {
    g: new PackedMlp({ sizes: [zDim, ...hiddenG, PIXELS], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initG), name: 'G' }),
    d: new PackedMlp({ sizes: [PIXELS, ...hiddenD, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initD), name: 'D' }),
    dHead: 'sigmoid',
    gOutput: 'sigmoid',
    objective: config.loss,
    clip: config.clip,
    gpWeight: config.gpWeight,
  };
}

/** The MNIST GAN: G maps z ∈ ℝ^zDim to 784 sigmoid pixels, D maps a digit to the probability that it is real. */
export class MnistRun extends GanRun<MnistSnapshot> {
  /** The training digits, uploaded once; batches are gathered from it on the GPU. */
  private readonly trainX: Tensor2D;
  private readonly heldOutX: Tensor2D;
  private readonly classifier: DigitClassifier;
  private fixedNoise: { grid: Tensor2D; line: Tensor2D; classes: Tensor2D };
  private readonly real: Float32Array;
  private readonly timeline = new Timeline();
  private classes: ClassReport | null = null;
  private neighbours: NeighbourReport | null = null;
  private paper: PaperRow | null = null;
  private lastEvaluation = -Infinity;
  private evaluationRequested = true;
  private realScore = NaN;
  /** Whether the latest D and G updates trained the value form by autodiff (not the trainer's fast paths). */
  private readonly autodiff = { d: false, g: false };

  private constructor(private config: MnistConfig, private readonly assets: MnistAssets) {
    super(networks(config), config);
    const { train, heldOut } = assets.digits;
    this.trainX = tf.tensor2d(digitRows(train), [train.count, PIXELS]);
    this.heldOutX = tf.tensor2d(digitRows(heldOut), [heldOut.count, PIXELS]);
    this.classifier = new DigitClassifier(assets.classifier);
    this.fixedNoise = this.makeFixedNoise();
    this.real = digitRows(heldOut, GRID_COUNT);
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
      return { grid: at(View.grid, GRID_COUNT), line, classes: at(View.classes, CLASS_SAMPLES) };
    });
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
      const z = this.noise(batch, deriveSeed(seed, Stream.noiseD, this.dUpdates));
      const literal = valueFormFor(this.pair, form);
      this.autodiff.d = literal !== null;
      if (literal) return updateDiscriminator(this.pair, this.optD, x, z, literal, realLabel);
      const eps = deriveSeed(seed, Stream.interpolate, this.dUpdates);
      return this.trainer.discriminatorStep(this.optD, x, z, realLabel, wantLoss, eps) ?? undefined;
    });
    this.dUpdates++;
    this.keepLoss('d', loss);
  }

  updateG(wantLoss = true): void {
    const { batch, seed, form } = this.config;
    const loss = tf.tidy((): Scalar | void => {
      const z = this.noise(batch, deriveSeed(seed, Stream.noiseG, this.gUpdates));
      const literal = valueFormFor(this.pair, form);
      this.autodiff.g = literal !== null;
      if (literal) return updateGenerator(this.pair, this.optG, z, literal);
      return this.trainer.generatorStep(this.optG, z, wantLoss) ?? undefined;
    });
    this.gUpdates++;
    this.keepLoss('g', loss);
  }

  applyLiveParams(params: Params): void {
    const next = readConfig(params);
    const prev = this.config;
    this.config = { ...next, hiddenD: prev.hiddenD, hiddenG: prev.hiddenG, zDim: prev.zDim, activation: prev.activation, init: prev.init, seed: prev.seed };
    this.pair.objective = next.loss;
    this.pair.clip = next.clip;
    this.pair.gpWeight = next.gpWeight;
    if (next.prior !== prev.prior) {
      tf.dispose(Object.values(this.fixedNoise));
      this.fixedNoise = this.makeFixedNoise();
      this.evaluationRequested = true;
    }
    this.refreshOptimizers(prev, next);
  }

  /** Asks the next snapshot to redraw the class histogram and memorisation check whatever the time. */
  requestEvaluation(): void {
    this.evaluationRequested = true;
  }

  private evaluationDue(): boolean {
    const now = performance.now();
    if (!this.evaluationRequested && now - this.lastEvaluation < EVALUATION_INTERVAL_MS) return false;
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
    const packed = tf.tidy(() => {
      const grid = generate(this.pair, this.fixedNoise.grid);
      const realGrid = tf.slice(this.heldOutX, [0, 0], [GRID_COUNT, PIXELS]); // the same digits as this.real
      const scores = discriminate(this.pair, tf.concat([grid, realGrid]));
      const parts: Tensor[] = [
        tf.reshape(grid, [-1]), tf.reshape(generate(this.pair, this.fixedNoise.line), [-1]), tf.reshape(scores, [-1]), ...this.lossParts().parts,
      ];
      if (evaluate) {
        const p = this.classifier.probabilities(generate(this.pair, this.fixedNoise.classes));
        const d2 = squaredDistances(tf.slice(grid, [0, 0], [NEIGHBOUR_COUNT, PIXELS]), this.trainX);
        parts.push(classCounts(p), tf.reshape(classifierScore(p), [1]), tf.cast(tf.argMin(d2, 1), 'float32'), tf.sqrt(tf.min(d2, 1)));
      }
      return tf.concat(parts);
    });
    const step = this.step;
    const all = await readAndDispose(packed);
    let o = 0;
    const take = (n: number) => all.slice(o, (o += n));
    const grid = Float32Array.from(take(GRID_COUNT * PIXELS));
    const interpolation = Float32Array.from(take(INTERPOLATION_STEPS * PIXELS));
    const dGrid = Float32Array.from(take(GRID_COUNT));
    const dReal = Float32Array.from(take(GRID_COUNT));
    const metrics: Record<string, number> = {};
    if (hasD) metrics.dLoss = take(1)[0];
    if (hasG) metrics.gLoss = take(1)[0];
    if (evaluate) this.readEvaluation(step, grid, take(10), take(1)[0], take(NEIGHBOUR_COUNT), take(NEIGHBOUR_COUNT));
    this.timeline.offer(step, grid, this.config.timelineEvery);
    if (this.classes) metrics.classifierScore = this.classes.score;
    if (this.paper) metrics.parzen = this.paper.mean;
    return {
      step, metrics, grid, interpolation, real: this.real, dGrid, dReal, timeline: [...this.timeline.all],
      classes: this.classes, neighbours: this.neighbours, paper: this.paper,
    };
  }

  private readEvaluation(step: number, grid: Float32Array, counts: ArrayLike<number>, score: number, nearest: ArrayLike<number>, distances: ArrayLike<number>): void {
    this.classes = { step, counts: Array.from(counts), score, realScore: this.realScore };
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
    const centres = tf.tidy(() => generate(this.pair, this.noise(centreCount, deriveSeed(this.config.seed, Stream.view, View.parzen, step))));
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

  async sample(n: number): Promise<number[][]> {
    const seed = deriveSeed(this.config.seed, Stream.view, View.sample, this.step, n);
    const v = await readAndDispose(tf.tidy(() => generate(this.pair, this.noise(n, seed))));
    return Array.from({ length: n }, (_, i) => Array.from(v.subarray(i * PIXELS, (i + 1) * PIXELS)));
  }

  async discriminate(xs: number[][]): Promise<number[]> {
    const bad = xs.findIndex((r) => r.length !== PIXELS);
    if (bad >= 0) throw new Error(`discriminate(xs): row ${bad} has ${xs[bad].length} values; MNIST digits have ${PIXELS}`);
    const t = tf.tidy(() => discriminate(this.pair, tf.tensor2d(xs.flat(), [xs.length, PIXELS])));
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
    tf.dispose([this.trainX, this.heldOutX, ...Object.values(this.fixedNoise)]);
  }
}
