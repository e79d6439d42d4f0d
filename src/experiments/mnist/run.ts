// The MNIST experiment's training run (a GanRun): its D and G updates, the one readback of each frame (the sample
// grid, the interpolation row, D's scores, the losses and, every few seconds, the evaluation), Table 1's Parzen row,
// and the scripting API's samples and D scores. Its networks (networks.ts), the digits on the GPU (digitTensors.ts),
// the fixed inputs of its views (viewInputs.ts) and its evaluation (evaluation.ts) each have their own file.
import { tf, type Scalar, type Tensor, type Tensor1D, type Tensor2D } from '../../core/tf';
import { withCondition } from '../../core/conditioning';
import { discriminate, generate } from '../../core/gan';
import type { TrainingPaths } from '../../core/fastGan';
import { deriveSeed, Stream } from '../../core/rng';
import type { Params } from '../../params/schema';
import type { ProgressListener } from '../../engine/types';
import { GanRun, readAndDispose } from '../ganRun';
import { readConfig, type MnistConfig } from './config';
import { PIXELS } from './asset';
import { classifierScore, DigitClassifier } from './classifier';
import { CLASSES, cyclingLabels, LABEL_COLUMNS, LABELLED_COLUMNS, labelProblem, labelRows, rowLabels } from './labels';
import { browserAssets, type AssetLoader, type MnistAssets } from './loader';
import { updateDiscriminator, updateGenerator, valueFormFor } from './objective';
import { heldOutEstimate } from './parzen';
import { Timeline } from './timeline';
import {
  PARZEN_CENTRES, GRID_SIDE, INTERPOLATION_STEPS, type ClassReport, type MnistSnapshot, type NeighbourReport, type PaperRow,
  type TimelineFrame,
} from './snapshot';
import { latentNoise, mnistNetworks } from './networks';
import { DigitTensors } from './digitTensors';
import {
  gridCount, makeFixedLabels, makeFixedNoise, makeRealGrid, View, type FixedLabels, type FixedNoise, type RealGrid,
} from './viewInputs';
import { EvaluationSchedule, evaluationParts, readEvaluation } from './evaluation';

/**
 * The MNIST GAN: G maps z ∈ ℝ^zDim to 784 sigmoid pixels, D maps a digit to the probability that it is real. A
 * conditional run (Mirza & Osindero 2014) also feeds each network the digit's one-hot label: G([z | y]), D([x | y]).
 */
export class MnistRun extends GanRun<MnistSnapshot> {
  /** The training and held-out digits, uploaded once; batches are gathered from them on the GPU. */
  private readonly digits: DigitTensors;
  private readonly classifier: DigitClassifier;
  private fixedNoise: FixedNoise;
  private fixedLabels: FixedLabels | null = null;
  /** The real digits shown beside the grid (and their one-hot labels in a conditional run). */
  private readonly realGrid: RealGrid;
  private readonly timeline = new Timeline();
  private classes: ClassReport | null = null;
  private neighbours: NeighbourReport | null = null;
  private paper: PaperRow | null = null;
  private readonly evaluation = new EvaluationSchedule();
  private realScore = NaN;
  /** Whether the latest D and G updates trained the value form by autodiff (not the trainer's fast paths). */
  private readonly autodiff = { d: false, g: false };

  private constructor(private config: MnistConfig, private readonly assets: MnistAssets) {
    super(mnistNetworks(config), config);
    this.digits = new DigitTensors(assets.digits, config.conditional);
    this.classifier = new DigitClassifier(assets.classifier);
    this.fixedNoise = makeFixedNoise(this.config);
    this.fixedLabels = makeFixedLabels(this.config);
    this.setAveraging(config.averageG);
    this.realGrid = makeRealGrid(config, assets.digits.heldOut);
  }

  /** One-hot label rows for these digits, the hot entry the config's label scale (labels.ts). */
  private oneHot(labels: readonly number[] | Tensor1D): Tensor2D {
    return labelRows(labels, this.config.labelScale);
  }

  /** Loads the digits and the classifier (once per page), uploads the training set, scores the real digits. */
  static async create(params: Params, onProgress?: ProgressListener, loader: AssetLoader = browserAssets): Promise<MnistRun> {
    const assets = await loader(onProgress);
    onProgress?.(0, 1, 'Uploading the digits to the GPU');
    const run = new MnistRun(readConfig(params), assets);
    const score = tf.tidy(() => classifierScore(run.classifier.probabilities(run.digits.heldOut)));
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
      // a minibatch of real digits gathered on the GPU (conditional: with their own labels, for the fakes too)
      const { x, y } = this.digits.realBatch(batch, deriveSeed(seed, Stream.data, this.dUpdates), this.config.labelScale);
      const z = latentNoise(this.config, batch, deriveSeed(seed, Stream.noiseD, this.dUpdates));
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
      const z = latentNoise(this.config, batch, deriveSeed(seed, Stream.noiseG, this.gUpdates));
      // conditional: labels drawn uniformly from the 10 digits
      const y = this.digits.trainLabels ? this.oneHot(tf.randomUniform([batch], 0, CLASSES, 'int32', deriveSeed(seed, Stream.labelsG, this.gUpdates)) as Tensor1D) : undefined;
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
      this.fixedNoise = makeFixedNoise(this.config);
      this.evaluation.request();
    }
    if (next.digit !== prev.digit) {
      this.disposeFixedLabels();
      this.fixedLabels = makeFixedLabels(this.config);
    }
    this.refreshOptimizers(prev, next);
  }

  /** Asks the next snapshot to redraw the class histogram and memorisation check whatever the time. */
  requestEvaluation(): void {
    this.evaluation.request();
  }

  /**
   * One readback per frame: the grid, the interpolation row, D's scores of the grid and of the real digits beside
   * it, and the losses; every few seconds also the class histogram and score of CLASS_SAMPLES generated digits and
   * the nearest training digit of a few samples.
   */
  async snapshot(): Promise<MnistSnapshot> {
    const evaluate = this.evaluation.due(this.step, this.classes?.step);
    const hasD = this.lastDLoss !== null;
    const hasG = this.lastGLoss !== null;
    const count = gridCount(this.config);
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
        const samples = this.draw(this.fixedNoise.classes, labels?.classes);
        parts.push(...evaluationParts(this.classifier, samples, grid, this.digits.train, labels?.classDigits));
      }
      return tf.concat(parts);
    });
    if (evaluate) this.evaluation.took(performance.now() - enqueuedFrom);
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
      const found = readEvaluation(take, step, grid, this.realScore, this.assets.digits.train, labels !== null);
      this.classes = found.classes;
      this.neighbours = found.neighbours;
    }
    this.timeline.offer(step, grid, this.config.timelineEvery);
    if (this.classes) metrics.classifierScore = this.classes.score;
    if (this.classes?.agreement !== undefined) metrics.labelAgreement = this.classes.agreement;
    if (this.paper) metrics.parzen = this.paper.mean;
    const { conditional, digit } = this.config;
    return {
      experiment: 'mnist', step, metrics, grid, interpolation, real: this.realGrid.pixels, dGrid, dReal, timeline: [...this.timeline.all],
      classes: this.classes, neighbours: this.neighbours, paper: this.paper,
      columns: conditional ? LABELLED_COLUMNS : GRID_SIDE, rowLabels: conditional ? rowLabels(digit) : null,
    };
  }

  /**
   * Goodfellow et al. 2014, Table 1, for this run: a Gaussian Parzen window on PARZEN_CENTRES generated digits,
   * σ chosen on the first PARZEN_VALIDATION held-out digits, the log-likelihood reported on the rest.
   */
  async paperRow(onProgress?: (done: number, total: number) => void, centreCount = PARZEN_CENTRES): Promise<PaperRow> {
    const step = this.step;
    const centres = tf.tidy(() => {
      const z = latentNoise(this.config, centreCount, deriveSeed(this.config.seed, Stream.view, View.parzen, step));
      return this.draw(z, this.config.conditional ? this.oneHot(cyclingLabels(centreCount)) : null);
    });
    try {
      this.paper = { step, ...(await heldOutEstimate(centres, this.digits.heldOut, onProgress)) };
      return this.paper;
    } finally {
      centres.dispose();
    }
  }

  protected override afterLoad(): void {
    this.evaluation.request();
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
    const v = await readAndDispose(tf.tidy(() => this.draw(latentNoise(this.config, n, seed), this.config.conditional ? this.oneHot(digits) : null)));
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
    this.digits.dispose();
    tf.dispose([...Object.values(this.fixedNoise), this.realGrid.x, this.realGrid.labels ?? []]);
  }
}
