import { mean } from '../../core/density1d';
import { tf, type Scalar, type Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import { discriminate, generate } from '../../core/gan';
import { FastGanTrainer, type FastPair } from '../../core/fastGan';
import { optimizerStateChanged, ParameterOptimizer } from '../../core/optimizers';
import { sampleNoise } from '../../core/priors';
import { deriveSeed, mulberry32, Stream } from '../../core/rng';
import { readVariables, writeVariables, type RunState } from '../../core/state';
import type { Params } from '../../params/schema';
import type { TrainingRun } from '../../engine/types';
import { readConfig, type Toy2dConfig } from './config';
import { generateDataset, type Points } from './datasets';
import { fitNormaliser, normalise, denormalise, viewBox, type Normaliser } from './normaliser';
import { MIN_DRAWN_POINTS, validateDrawnPoints } from './drawn';
import { heatGridInputs, frameTensors, zGrid, manifoldLines, ARROWS, HEAT_CELLS, VIEW_SAMPLES } from './frame';
import { frameMetrics } from './analysis';
import type { Toy2dSnapshot, ViewBox } from './snapshot';

/** The 2-D GAN: G maps z ∈ ℝ^zDim to a point of the plane, D maps a point to the probability that it is real. */
export class Toy2dRun implements TrainingRun<Toy2dSnapshot> {
  step = 0;
  private dUpdates = 0;
  private gUpdates = 0;
  private readonly pair: FastPair;
  private readonly trainer: FastGanTrainer;
  private optD: ParameterOptimizer;
  private optG: ParameterOptimizer;
  private lastDLoss: Scalar | null = null;
  private lastGLoss: Scalar | null = null;
  /** The data in its own units, the map to network units, and the fixed minibatches (network units, on the device). */
  private data: Points;
  private readonly normaliser: Normaliser;
  private readonly view: ViewBox;
  private batches: Tensor2D[] = [];
  private cached: Toy2dSnapshot | null = null;

  constructor(private config: Toy2dConfig) {
    const { seed, hiddenD, hiddenG, activation, init, zDim } = config;
    this.pair = {
      g: new PackedMlp({ sizes: [zDim, ...hiddenG, 2], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initG), name: 'G' }),
      d: new PackedMlp({ sizes: [2, ...hiddenD, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initD), name: 'D' }),
      dHead: 'sigmoid',
      gOutput: 'linear',
    };
    this.trainer = new FastGanTrainer(this.pair);
    this.optD = new ParameterOptimizer(this.pair.d.variables, config.optimizerD);
    this.optG = new ParameterOptimizer(this.pair.g.variables, config.optimizerG);
    this.data = generateDataset(config.data, deriveSeed(seed, Stream.data));
    this.normaliser = fitNormaliser(config.data.id, this.data);
    this.view = viewBox(config.data.id, this.data);
    this.makeBatches();
  }

  static async create(params: Params): Promise<Toy2dRun> {
    return new Toy2dRun(readConfig(params));
  }

  private get hasData(): boolean {
    return this.data.length / 2 >= (this.config.data.id === 'draw' ? MIN_DRAWN_POINTS : 1);
  }

  /** Fredriksson's minibatches: the data shuffled once (from the seed), then cut into fixed batches, the last one shorter. */
  private makeBatches(): void {
    this.batches.forEach((b) => b.dispose());
    this.batches = [];
    if (!this.hasData) return;
    const n = this.data.length / 2;
    const order = Array.from({ length: n }, (_, i) => i);
    const rand = mulberry32(deriveSeed(this.config.seed, Stream.dataShuffle));
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const units = normalise(this.data, this.normaliser);
    for (let start = 0; start < n; start += this.config.batch) {
      const rows = order.slice(start, start + this.config.batch);
      const values = new Float32Array(2 * rows.length);
      rows.forEach((r, i) => values.set(units.subarray(2 * r, 2 * r + 2), 2 * i));
      this.batches.push(tf.tensor2d(values, [rows.length, 2]));
    }
  }

  /** The user's drawing becomes the data (`draw` data set only); throws on invalid points and changes nothing. */
  setData(rows: number[][]): void {
    const points = validateDrawnPoints(rows);
    if (this.config.data.id !== 'draw') return;
    this.data = points;
    this.makeBatches();
    this.cached = null;
  }

  private noise(stream: number, counter: number, n: number): Tensor2D {
    const { prior, zDim, seed } = this.config;
    return sampleNoise(prior, n, zDim, 1, deriveSeed(seed, stream, counter));
  }

  private batchAt(update: number): Tensor2D {
    return this.batches[update % this.batches.length];
  }

  private keepLoss(which: 'd' | 'g', loss: Scalar): void {
    const old = which === 'd' ? this.lastDLoss : this.lastGLoss;
    old?.dispose();
    if (which === 'd') this.lastDLoss = loss;
    else this.lastGLoss = loss;
  }

  /** One D update; its loss value is computed only when it will be shown (the last update of a frame). */
  updateD(wantLoss = true): void {
    if (!this.batches.length) return;
    const x = this.batchAt(this.dUpdates);
    const z = this.noise(Stream.noiseD, this.dUpdates, x.shape[0]);
    const loss = this.trainer.discriminatorStep(this.optD, x, z, 1, wantLoss);
    z.dispose();
    this.dUpdates++;
    if (loss) this.keepLoss('d', loss);
  }

  /**
   * One G update. As in Fredriksson's tutorial, G reuses the z of the D update just before it (recomputed from the
   * same seed, so nothing is kept between steps), unless fresh z is asked for.
   */
  updateG(wantLoss = true): void {
    if (!this.batches.length) return;
    const reuse = !this.config.freshZ && this.dUpdates > 0;
    const z = reuse
      ? this.noise(Stream.noiseD, this.dUpdates - 1, this.batchAt(this.dUpdates - 1).shape[0])
      : this.noise(Stream.noiseG, this.gUpdates, this.config.batch);
    const loss = this.trainer.generatorStep(this.optG, z, this.config.loss, wantLoss);
    z.dispose();
    this.gUpdates++;
    if (loss) this.keepLoss('g', loss);
  }

  /** Algorithm 1 of Goodfellow et al. 2014: k updates of D, then one of G, per step. Waits while there is no data. */
  trainSteps(n: number): void {
    if (!this.batches.length) return;
    for (let s = 0; s < n; s++) {
      const last = s === n - 1;
      for (let i = 0; i < this.config.k; i++) this.updateD(last && i === this.config.k - 1);
      this.updateG(last);
      this.step++;
    }
  }

  applyLiveParams(params: Params): void {
    const next = readConfig(params);
    const prev = this.config;
    this.config = { ...next, seed: prev.seed, data: prev.data, hiddenD: prev.hiddenD, hiddenG: prev.hiddenG, activation: prev.activation, init: prev.init, zDim: prev.zDim };
    if (next.batch !== prev.batch) this.makeBatches();
    if (optimizerStateChanged(prev.optimizerD, next.optimizerD)) {
      this.optD.dispose();
      this.optD = new ParameterOptimizer(this.pair.d.variables, next.optimizerD);
    } else this.optD.setLearningRate(next.optimizerD.learningRate);
    if (optimizerStateChanged(prev.optimizerG, next.optimizerG)) {
      this.optG.dispose();
      this.optG = new ParameterOptimizer(this.pair.g.variables, next.optimizerG);
    } else this.optG.setLearningRate(next.optimizerG.learningRate);
    this.cached = null;
  }

  /** One asynchronous readback per frame. With "draw every N steps", frames in between reuse the last one. */
  async snapshot(): Promise<Toy2dSnapshot> {
    const { drawEvery, prior, zDim, loss, data } = this.config;
    const cached = this.cached;
    if (cached && drawEvery > 1 && this.step > cached.step && this.step - cached.step < drawEvery) return cached;
    const f = this.normaliser;
    const zValues = zGrid(zDim, prior === 'normal' ? 2 : 1);
    const z = this.noise(Stream.view, this.step, VIEW_SAMPLES);
    const parts = frameTensors(this.pair, heatGridInputs(this.view, f), z, zValues, zDim, loss);
    z.dispose();
    const scalars = [this.lastDLoss, this.lastGLoss].filter((t): t is Scalar => t !== null);
    const packed = tf.tidy(() => tf.concat([parts.heat, parts.fake, parts.manifold, parts.push, ...scalars.map((s) => tf.reshape(s, [1]))]));
    Object.values(parts).forEach((t) => t.dispose());
    const step = this.step;
    const hasD = this.lastDLoss !== null;
    const hasG = this.lastGLoss !== null;
    const all = await packed.data();
    packed.dispose();
    let o = 0;
    const take = (n: number) => all.subarray(o, (o += n));
    const heat = Float32Array.from(take(HEAT_CELLS * HEAT_CELLS));
    const fake = denormalise(take(2 * VIEW_SAMPLES), f);
    const manifold = manifoldLines(denormalise(take(zValues.length / zDim * 2), f), zDim);
    const push = take(2 * Math.min(VIEW_SAMPLES, ARROWS));
    const arrows = new Float64Array(2 * push.length);
    for (let i = 0; i < push.length / 2; i++) {
      arrows.set([fake[2 * i], fake[2 * i + 1], push[2 * i] * f.scale[0], push[2 * i + 1] * f.scale[1]], 4 * i);
    }
    const metrics: Record<string, number> = {};
    if (hasD) metrics.dLoss = take(1)[0];
    if (hasG) metrics.gLoss = take(1)[0];
    const figures = frameMetrics(data, this.data, fake, this.view);
    const snapshot: Toy2dSnapshot = {
      step, dataset: data.id, view: this.view, real: this.data, fake, heat, heatCells: HEAT_CELLS, manifold, arrows,
      modes: figures.modes, sigma: data.sigma, waitingForData: !this.batches.length,
      metrics: { ...metrics, ...figures.metrics, dMean: mean(heat) },
    };
    this.cached = snapshot;
    return snapshot;
  }

  private stateVariables() {
    return [...this.pair.d.variables, ...this.pair.g.variables, ...this.optD.stateVariables(), ...this.optG.stateVariables()];
  }

  async saveState(): Promise<RunState> {
    const counters = { step: this.step, dUpdates: this.dUpdates, gUpdates: this.gUpdates };
    return { counters, tensors: await readVariables(this.stateVariables()) };
  }

  loadState(state: RunState): void {
    writeVariables(this.stateVariables(), state.tensors);
    // the losses on record belong to the replaced weights
    this.lastDLoss?.dispose();
    this.lastGLoss?.dispose();
    this.lastDLoss = this.lastGLoss = null;
    this.step = state.counters.step ?? 0;
    this.dUpdates = state.counters.dUpdates ?? 0;
    this.gUpdates = state.counters.gUpdates ?? 0;
    this.cached = null;
  }

  async settle(): Promise<void> {
    await (this.lastGLoss ?? this.lastDLoss)?.data();
  }

  /** n fresh generator samples in the data's own units, one [x, y] row each. */
  async sample(n: number): Promise<number[][]> {
    const t = tf.tidy(() => generate(this.pair, this.noise(Stream.view, deriveSeed(this.step, n), n)));
    const v = denormalise(await t.data(), this.normaliser);
    t.dispose();
    return Array.from({ length: n }, (_, i) => [v[2 * i], v[2 * i + 1]]);
  }

  /** D(x) for rows [x, y] in the data's own units. */
  async discriminate(xs: number[][]): Promise<number[]> {
    if (!xs.every((r) => r.length === 2)) throw new Error('discriminate(xs) takes rows of 2 numbers [x, y] for toy2d');
    const units = normalise(xs.flat(), this.normaliser);
    const t = tf.tidy(() => discriminate(this.pair, tf.tensor2d(units, [xs.length, 2])));
    const v = await t.data();
    t.dispose();
    return Array.from(v);
  }

  dispose(): void {
    this.pair.g.dispose();
    this.pair.d.dispose();
    this.optD.dispose();
    this.optG.dispose();
    this.trainer.dispose();
    this.batches.forEach((b) => b.dispose());
    this.batches = [];
    this.lastDLoss?.dispose();
    this.lastGLoss?.dispose();
    this.lastDLoss = this.lastGLoss = null;
  }
}
