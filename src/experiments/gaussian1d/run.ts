import { tf, type Scalar, type Tensor, type Tensor1D, type Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import { discriminate, generate } from '../../core/gan';
import type { FastPair } from '../../core/fastGan';
import { ParameterOptimizer, staircaseDecay, type OptimizerConfig } from '../../core/optimizers';
import { noiseGrid, sampleNoise } from '../../core/priors';
import { deriveSeed, Stream } from '../../core/rng';
import { objective } from '../../core/objectives';
import { kdeOnGrid, linspace, mean } from '../../core/density1d';
import type { Params } from '../../params/schema';
import type { ProgressListener } from '../../engine/types';
import { GanRun, readAndDispose } from '../ganRun';
import { KeptInputs } from '../../core/keptInputs';
import { readConfig, type Gaussian1dConfig } from './config';
import { sampleEmpirical, sampleTarget, tabulatedPdf, targetPdf, viewRange } from './target';
import { analyseSamples, dDeviationOnSupport, empiricalSide, type DataSide } from './analysis';
import { empiricalData, empiricalViewRange, validateValues, type EmpiricalData } from './empirical';
import type { Gaussian1dSnapshot } from './snapshot';

export const GRID_POINTS = 240;
export const VIEW_SAMPLES = 5000;
export const MAPPING_LINES = 41;

/** The 1-D GAN: G maps z ∈ ℝ to x ∈ ℝ, D maps x to the probability that x is real. */
function networks(config: Gaussian1dConfig): FastPair {
  const { seed, hiddenD, hiddenG, activation, init } = config;
  return {
    g: new PackedMlp({ sizes: [1, ...hiddenG, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initG), name: 'G' }),
    d: new PackedMlp({ sizes: [1, ...hiddenD, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initD), name: 'D' }),
    dHead: config.dOutput,
    gOutput: config.gOutput,
    objective: config.loss,
    clip: config.clip,
    gpWeight: config.gpWeight,
  };
}

/** The 1-D GAN: G maps z ∈ ℝ to x ∈ ℝ, D maps x to the probability that x is real. */
export class Gaussian1dRun extends GanRun<Gaussian1dSnapshot> {
  /** D's x-grid over the view and the mapping panel's z-grid, kept on the GPU until the view or the prior changes. */
  private readonly viewInputs = new KeptInputs<{ grid: Float64Array; xGrid: Tensor2D; zMap: Tensor2D }>();
  /** The user's sample (the `empirical` target), on the CPU for the figures and on the GPU for the batches. */
  private data: { sample: EmpiricalData; values: Tensor1D } | null = null;
  /** The empirical target's side of the figures for the current view (computed once per data and view). */
  private dataSide: { grid: Float64Array; side: DataSide } | null = null;

  private constructor(private config: Gaussian1dConfig) {
    super(networks(config), config);
    this.setAveraging(config.averageG);
  }

  protected get k(): number {
    return this.config.k;
  }

  protected get kG(): number {
    return this.config.kG;
  }

  /** `data`: the user's values (the `empirical` target), given before pre-training so D is fitted to them. */
  static async create(params: Params, onProgress?: ProgressListener, data?: number[][]): Promise<Gaussian1dRun> {
    const run = new Gaussian1dRun(readConfig(params));
    try {
      if (data?.length) run.setData(data);
      await run.pretrainDiscriminator(onProgress);
    } catch (e) {
      run.dispose();
      throw e;
    }
    return run;
  }

  /**
   * The user's values become the empirical target (used while `target` is `empirical`); an empty array clears them.
   * Throws, changing nothing, on values experiments/gaussian1d/empirical.ts refuses.
   */
  setData(rows: number[][]): void {
    const values = validateValues(rows);
    const sample = values.length ? empiricalData(values) : null;
    this.data?.values.dispose();
    this.data = sample ? { sample, values: tf.tensor1d(Float32Array.from(sample.values), 'float32') } : null;
    this.dataSide = null;
  }

  /** The empirical target's sample while it is the target; null for the Gaussian (or before any data came). */
  private get empirical(): EmpiricalData | null {
    return this.config.targetKind === 'empirical' ? (this.data?.sample ?? null) : null;
  }

  /** The empirical target trains only once there is data. */
  protected override get canTrain(): boolean {
    return this.config.targetKind !== 'empirical' || this.data !== null;
  }

  /**
   * Eric Jang's D_pre: least squares from D(d) to p_data(d), d ~ U[−5, 5), before the game starts.
   * Runs in chunks with an asynchronous readback between them, so the page can draw a progress bar.
   */
  private async pretrainDiscriminator(onProgress?: ProgressListener): Promise<void> {
    const total = this.config.pretrainSteps;
    if (total <= 0) return;
    const opt = new ParameterOptimizer(this.pair.d.variables, this.config.optimizerD);
    const chunk = 100;
    // the empirical target's pdf is its KDE, tabulated over the pre-training range [−5, 5]
    const sample = this.empirical;
    const table = sample ? tf.tensor1d(Float32Array.from(kdeOnGrid(sample.values, linspace(-5, 5, 1001), sample.bandwidth)), 'float32') : null;
    const pdf = (d: Tensor2D) => (table ? tabulatedPdf(table, -5, 5, d) : targetPdf(this.config.target, d));
    try {
      for (let done = 0; done < total; ) {
        const n = Math.min(chunk, total - done);
        let loss: Scalar | null = null;
        for (let i = 0; i < n; i++, done++) {
          loss?.dispose();
          loss = tf.tidy(() => {
            const d = tf.randomUniform([this.config.batch, 1], -5, 5, 'float32', deriveSeed(this.config.seed, Stream.pretrain, done)) as Tensor2D;
            return opt.minimize(() => tf.mean(tf.square(tf.sub(discriminate(this.pair, d), pdf(d)))) as Scalar);
          });
        }
        await loss!.data();
        loss!.dispose();
        onProgress?.(done, total, 'Pre-training D');
      }
    } finally {
      opt.dispose();
      table?.dispose();
    }
  }

  /** n rows of the target (the user's sample while the target is empirical), drawn from `seed`. */
  private targetRows(n: number, seed: number): Tensor2D {
    return this.data && this.config.targetKind === 'empirical'
      ? sampleEmpirical(this.data.values, n, seed)
      : sampleTarget(this.config.target, n, seed);
  }

  private noise(stream: number, counter: number): Tensor2D {
    const { prior, batch, zRange, seed } = this.config;
    return sampleNoise(prior, batch, 1, zRange, deriveSeed(seed, stream, counter));
  }

  private learningRate(cfg: OptimizerConfig, updates: number): number {
    const { on, rate, every } = this.config.decay;
    return on ? staircaseDecay(cfg.learningRate, updates, rate, every) : cfg.learningRate;
  }

  /** One D update; its loss value is computed only when it will be shown (the last update of a frame). */
  updateD(wantLoss = true): void {
    this.optD.setLearningRate(this.learningRate(this.config.optimizerD, this.dUpdates));
    const seed = deriveSeed(this.config.seed, Stream.data, this.dUpdates);
    const x = this.targetRows(this.config.batch, seed);
    const z = this.noise(Stream.noiseD, this.dUpdates);
    const eps = deriveSeed(this.config.seed, Stream.interpolate, this.dUpdates);
    const loss = this.trainer.discriminatorStep(this.optD, x, z, 1, wantLoss, eps);
    tf.dispose([x, z]);
    this.dUpdates++;
    this.keepLoss('d', loss);
  }

  updateG(wantLoss = true): void {
    this.optG.setLearningRate(this.learningRate(this.config.optimizerG, this.gUpdates));
    const z = this.noise(Stream.noiseG, this.gUpdates);
    const loss = this.trainer.generatorStep(this.optG, z, wantLoss);
    z.dispose();
    this.gUpdates++;
    this.averageAfterG();
    this.keepLoss('g', loss);
  }

  applyLiveParams(params: Params): void {
    const next = readConfig(params);
    const prev = this.config;
    this.config = { ...next, hiddenD: prev.hiddenD, hiddenG: prev.hiddenG, activation: prev.activation, init: prev.init, seed: prev.seed, pretrainSteps: prev.pretrainSteps };
    this.pair.dHead = next.dOutput;
    this.pair.gOutput = next.gOutput;
    this.pair.objective = next.loss;
    this.pair.clip = next.clip;
    this.pair.gpWeight = next.gpWeight;
    this.setAveraging(next.averageG);
    // the decay schedule sets the learning rates again at each update
    this.refreshOptimizers(prev, next);
  }

  override dispose(): void {
    super.dispose();
    this.viewInputs.dispose();
    this.data?.values.dispose();
    this.data = null;
  }

  async snapshot(): Promise<Gaussian1dSnapshot> {
    const { target, prior, zRange, seed } = this.config;
    const sample = this.empirical;
    const [lo, hi] = sample ? empiricalViewRange(sample) : viewRange(target);
    const { grid, xGrid, zMap } = this.viewInputs.get(`${lo}:${hi}:${prior}:${zRange}`, () => {
      const grid = linspace(lo, hi, GRID_POINTS);
      return { grid, xGrid: tf.tensor2d(Float32Array.from(grid), [GRID_POINTS, 1], 'float32'), zMap: noiseGrid(prior, MAPPING_LINES, zRange) };
    });
    const packed = tf.tidy(() => {
      const z = sampleNoise(prior, VIEW_SAMPLES, 1, zRange, deriveSeed(seed, Stream.view, this.step));
      // G's samples and the z → x map in one pass (from the averaged G when averaging is on)
      const zs = tf.concat([z, zMap]) as Tensor2D;
      const x = this.trainer.generate(zs, this.samplingG);
      const parts: Tensor[] = [
        tf.reshape(this.trainer.discriminate(xGrid), [-1]),
        tf.reshape(x, [-1]),
        tf.reshape(zMap, [-1]),
      ];
      const critic = this.criticEstimate(tf.slice(x, [0, 0], [VIEW_SAMPLES, 1]));
      // Losses exist once D and G have each been updated at least once.
      return {
        all: tf.concat([...parts, ...(critic ? [critic] : []), ...this.lossParts().parts]),
        hasD: this.lastDLoss !== null, hasG: this.lastGLoss !== null, hasCritic: critic !== null,
      };
    });
    const step = this.step;
    const { hasD, hasG, hasCritic } = packed;
    const all = await readAndDispose(packed.all);
    let o = 0;
    const take = (n: number) => all.slice(o, (o += n));
    const dGrid = Float64Array.from(take(GRID_POINTS));
    const samples = take(VIEW_SAMPLES);
    const mapX = Float64Array.from(take(MAPPING_LINES));
    const mapZ = Float64Array.from(take(MAPPING_LINES));
    const losses: Record<string, number> = {};
    const w1Critic = hasCritic ? take(1)[0] : null;
    if (hasD) losses.dLoss = take(1)[0];
    if (hasG) losses.gLoss = take(1)[0];
    const figures = analyseSamples(samples, grid, sample ? this.sideFor(sample, grid) : target);
    // the empirical target before any data: nothing to compare G with yet (and no NaN to stop training as divergence)
    const waitingForData = !this.canTrain;
    const support = sample ? { mu: sample.mean, sigma: sample.sd } : target;
    if (w1Critic !== null && hasD) losses.w1Critic = w1Critic;
    return {
      experiment: 'gaussian1d',
      step,
      grid,
      dGrid,
      mapZ,
      mapX,
      ...figures,
      // (no p_data to draw yet: the Gaussian's would mislead)
      ...(waitingForData ? { pData: new Float64Array(GRID_POINTS), dStar: new Float64Array(GRID_POINTS) } : {}),
      waitingForData,
      metrics: waitingForData
        ? { ...losses, dMean: mean(dGrid) }
        : { ...losses, js: figures.js, w1: figures.w1, cOfG: figures.cOfG, dMean: mean(dGrid), dGap: dDeviationOnSupport(grid, dGrid, support) },
    };
  }

  /**
   * The critic's estimate of W1(p_data, p_g), for objectives whose critic gives one (WGAN, WGAN-GP):
   * E_x[D(x)] − E_z[D(G(z))] (Kantorovich–Rubinstein duality; scaled by the critic's Lipschitz constant), on
   * VIEW_SAMPLES fresh target rows and the frame's generator samples. The Wasserstein term only: WGAN-GP's L_D also
   * holds λ·E[(‖∇D(x̂)‖ − 1)²], which is no part of the distance. null for other objectives.
   */
  private criticEstimate(fake: Tensor2D): Tensor | null {
    if (!objective(this.config.loss).estimatesW1) return null;
    const real = this.targetRows(VIEW_SAMPLES, deriveSeed(this.config.seed, Stream.viewData, this.step));
    return tf.reshape(tf.sub(tf.mean(this.trainer.discriminate(real)), tf.mean(this.trainer.discriminate(fake))), [1]);
  }

  /** The empirical target's figures for this view, kept until the data or the view changes. */
  private sideFor(sample: EmpiricalData, grid: Float64Array): DataSide {
    if (this.dataSide?.grid !== grid) this.dataSide = { grid, side: empiricalSide(sample, grid) };
    return this.dataSide.side;
  }

  async sample(n: number): Promise<number[][]> {
    const t = tf.tidy(() => generate(this.samplingPair, sampleNoise(this.config.prior, n, 1, this.config.zRange, deriveSeed(this.config.seed, Stream.view, this.step, n))));
    const v = await readAndDispose(t);
    return Array.from(v, (x) => [x]);
  }

  async discriminate(xs: number[][]): Promise<number[]> {
    const t = tf.tidy(() => discriminate(this.pair, tf.tensor2d(xs.map((r) => [r[0]]), [xs.length, 1])));
    return Array.from(await readAndDispose(t));
  }
}
