import { tf, type Scalar, type Tensor, type Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import { discriminate, generate } from '../../core/gan';
import type { FastPair } from '../../core/fastGan';
import { ParameterOptimizer, staircaseDecay, type OptimizerConfig } from '../../core/optimizers';
import { noiseGrid, sampleNoise } from '../../core/priors';
import { deriveSeed, Stream } from '../../core/rng';
import { linspace, mean } from '../../core/density1d';
import type { Params } from '../../params/schema';
import type { ProgressListener } from '../../engine/types';
import { GanRun, readAndDispose } from '../ganRun';
import { KeptInputs } from '../../core/keptInputs';
import { readConfig, type Gaussian1dConfig } from './config';
import { sampleTarget, targetPdf, viewRange } from './target';
import { analyseSamples, dDeviationOnSupport } from './analysis';
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

  static async create(params: Params, onProgress?: ProgressListener): Promise<Gaussian1dRun> {
    const run = new Gaussian1dRun(readConfig(params));
    await run.pretrainDiscriminator(onProgress);
    return run;
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
    try {
      for (let done = 0; done < total; ) {
        const n = Math.min(chunk, total - done);
        let loss: Scalar | null = null;
        for (let i = 0; i < n; i++, done++) {
          loss?.dispose();
          loss = tf.tidy(() => {
            const d = tf.randomUniform([this.config.batch, 1], -5, 5, 'float32', deriveSeed(this.config.seed, Stream.pretrain, done)) as Tensor2D;
            return opt.minimize(() => tf.mean(tf.square(tf.sub(discriminate(this.pair, d), targetPdf(this.config.target, d)))) as Scalar);
          });
        }
        await loss!.data();
        loss!.dispose();
        onProgress?.(done, total, 'Pre-training D');
      }
    } finally {
      opt.dispose();
    }
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
    const x = sampleTarget(this.config.target, this.config.batch, deriveSeed(this.config.seed, Stream.data, this.dUpdates));
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
  }

  async snapshot(): Promise<Gaussian1dSnapshot> {
    const { target, prior, zRange, seed } = this.config;
    const [lo, hi] = viewRange(target);
    const { grid, xGrid, zMap } = this.viewInputs.get(`${lo}:${hi}:${prior}:${zRange}`, () => {
      const grid = linspace(lo, hi, GRID_POINTS);
      return { grid, xGrid: tf.tensor2d(Float32Array.from(grid), [GRID_POINTS, 1], 'float32'), zMap: noiseGrid(prior, MAPPING_LINES, zRange) };
    });
    const packed = tf.tidy(() => {
      const z = sampleNoise(prior, VIEW_SAMPLES, 1, zRange, deriveSeed(seed, Stream.view, this.step));
      // G's samples and the z → x map in one pass (from the averaged G when averaging is on)
      const zs = tf.concat([z, zMap]) as Tensor2D;
      const x = this.averaging ? generate(this.samplingPair, zs) : this.trainer.generate(zs);
      const parts: Tensor[] = [
        tf.reshape(this.trainer.discriminate(xGrid), [-1]),
        tf.reshape(x, [-1]),
        tf.reshape(zMap, [-1]),
      ];
      // Losses exist once D and G have each been updated at least once.
      return { all: tf.concat([...parts, ...this.lossParts().parts]), hasD: this.lastDLoss !== null, hasG: this.lastGLoss !== null };
    });
    const step = this.step;
    const { hasD, hasG } = packed;
    const all = await readAndDispose(packed.all);
    let o = 0;
    const take = (n: number) => all.slice(o, (o += n));
    const dGrid = Float64Array.from(take(GRID_POINTS));
    const samples = take(VIEW_SAMPLES);
    const mapX = Float64Array.from(take(MAPPING_LINES));
    const mapZ = Float64Array.from(take(MAPPING_LINES));
    const losses: Record<string, number> = {};
    if (hasD) losses.dLoss = take(1)[0];
    if (hasG) losses.gLoss = take(1)[0];
    const figures = analyseSamples(samples, grid, target);
    // WGAN's critic estimates W1 by −L_D = E[D(x)] − E[D(G(z))] (up to the Lipschitz constant clipping imposes)
    if (this.config.loss === 'wgan' && hasD) losses.w1Critic = -losses.dLoss;
    return {
      step,
      grid,
      dGrid,
      mapZ,
      mapX,
      ...figures,
      metrics: { ...losses, js: figures.js, w1: figures.w1, cOfG: figures.cOfG, dMean: mean(dGrid), dGap: dDeviationOnSupport(grid, dGrid, target) },
    };
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
