import { mean } from '../../core/density1d';
import { tf, type Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import { discriminate, generate } from '../../core/gan';
import type { FastPair } from '../../core/fastGan';
import { sampleNoise } from '../../core/priors';
import { deriveSeed, mulberry32, Stream } from '../../core/rng';
import type { Params } from '../../params/schema';
import { GanRun, readAndDispose } from '../ganRun';
import { readConfig, type Toy2dConfig } from './config';
import { generateDataset, type Points } from './datasets';
import { fitNormaliser, normalise, denormalise, viewBox, type Normaliser } from './normaliser';
import { MIN_DRAWN_POINTS, validateDrawnPoints } from './drawn';
import { KeptInputs } from '../../core/keptInputs';
import { heatGridInputs, frameTensors, zGrid, manifoldLines, ARROWS, HEAT_CELLS, LIVE_HEAT_CELLS, VIEW_SAMPLES } from './frame';
import { frameMetrics } from './analysis';
import type { Toy2dSnapshot, ViewBox } from './snapshot';
import type { Affine } from '../../core/layersModel/stack';
import type { FrameOptions } from '../../engine/types';
import { RollingRows } from './rollingRows';

function networks(config: Toy2dConfig): FastPair {
  const { seed, hiddenD, hiddenG, activation, init, zDim } = config;
  return {
    g: new PackedMlp({ sizes: [zDim, ...hiddenG, 2], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initG), name: 'G' }),
    d: new PackedMlp({ sizes: [2, ...hiddenD, 1], hidden: activation, initializer: init, seed: deriveSeed(seed, Stream.initD), name: 'D' }),
    dHead: 'sigmoid',
    gOutput: 'linear',
    objective: config.loss,
    clip: config.clip,
    gpWeight: config.gpWeight,
  };
}

/** The 2-D GAN: G maps z ∈ ℝ^zDim to a point of the plane, D maps a point to the probability that it is real. */
export class Toy2dRun extends GanRun<Toy2dSnapshot> {
  /** The data in its own units, the map to network units, and the fixed minibatches (network units, on the device). */
  private data: Points;
  private readonly normaliser: Normaliser;
  private readonly view: ViewBox;
  private batches: Tensor2D[] = [];
  private cached: Toy2dSnapshot | null = null;
  /**
   * D's heat-map grid (the view is fixed for a run), its coarser grid for live frames (LIVE_HEAT_CELLS) and G's z-grid,
   * kept on the GPU until the prior changes.
   */
  private readonly viewInputs = new KeptInputs<{ heat: Tensor2D; liveHeat: Tensor2D; zGrid: Tensor2D }>();
  /** While playing, a frame evaluates a share of the samples, in turn (rollingRows.ts). */
  private readonly samples = new RollingRows(VIEW_SAMPLES, 2);

  constructor(private config: Toy2dConfig) {
    super(networks(config), config);
    this.data = generateDataset(config.data, deriveSeed(config.seed, Stream.data));
    this.normaliser = fitNormaliser(config.data.id, this.data);
    this.view = viewBox(config.data.id, this.data);
    this.makeBatches();
  }

  protected get k(): number {
    return this.config.k;
  }

  protected get kG(): number {
    return this.config.kG;
  }

  /** Training waits while there is no data (the `draw` data set before enough points are drawn). */
  protected override get canTrain(): boolean {
    return this.batches.length > 0;
  }

  /** `data`: the user's points (the `draw` data set). */
  static async create(params: Params, data?: number[][]): Promise<Toy2dRun> {
    const run = new Toy2dRun(readConfig(params));
    try {
      if (data?.length) run.setData(data);
    } catch (e) {
      run.dispose();
      throw e;
    }
    return run;
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

  /** One D update; its loss value is computed only when it will be shown (the last update of a frame). */
  updateD(wantLoss = true): void {
    if (!this.batches.length) return;
    const x = this.batchAt(this.dUpdates);
    const z = this.noise(Stream.noiseD, this.dUpdates, x.shape[0]);
    const eps = deriveSeed(this.config.seed, Stream.interpolate, this.dUpdates);
    const loss = this.trainer.discriminatorStep(this.optD, x, z, 1, wantLoss, eps);
    z.dispose();
    this.dUpdates++;
    this.keepLoss('d', loss);
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
    const loss = this.trainer.generatorStep(this.optG, z, wantLoss);
    z.dispose();
    this.gUpdates++;
    this.keepLoss('g', loss);
  }

  applyLiveParams(params: Params): void {
    const next = readConfig(params);
    const prev = this.config;
    this.config = { ...next, seed: prev.seed, data: prev.data, hiddenD: prev.hiddenD, hiddenG: prev.hiddenG, activation: prev.activation, init: prev.init, zDim: prev.zDim };
    if (next.batch !== prev.batch) this.makeBatches();
    this.pair.objective = next.loss;
    this.pair.clip = next.clip;
    this.pair.gpWeight = next.gpWeight;
    this.refreshOptimizers(prev, next);
    this.cached = null;
  }

  /** One asynchronous readback per frame. With "draw every N steps", frames in between reuse the last one. */
  async snapshot(options: FrameOptions = {}): Promise<Toy2dSnapshot> {
    const { drawEvery, zDim, data } = this.config;
    const cached = this.cached;
    if (cached && drawEvery > 1 && this.step > cached.step && this.step - cached.step < drawEvery) return cached;
    const f = this.normaliser;
    const { prior } = this.config;
    const inputs = this.viewInputs.get(prior, () => {
      const heat = heatGridInputs(this.view, f);
      const liveHeat = heatGridInputs(this.view, f, LIVE_HEAT_CELLS);
      const zValues = zGrid(zDim, prior === 'normal' ? 2 : 1);
      return {
        heat: tf.tensor2d(heat, [heat.length / 2, 2]),
        liveHeat: tf.tensor2d(liveHeat, [liveHeat.length / 2, 2]),
        zGrid: tf.tensor2d(zValues, [zValues.length / zDim, zDim]),
      };
    });
    const live = options.live === true;
    const heatCells = live ? LIVE_HEAT_CELLS : HEAT_CELLS;
    const heatInputs = live ? inputs.liveHeat : inputs.heat;
    const sampleShare = this.samples.next(live);
    const fresh = this.samples.count(sampleShare);
    const z = this.noise(Stream.view, this.step, fresh);
    const parts = frameTensors(this.trainer, heatInputs, z, inputs.zGrid);
    z.dispose();
    const losses = this.lossParts();
    const packed = tf.concat([parts.heat, parts.fake, parts.manifold, parts.push, ...losses.parts]);
    tf.dispose([...Object.values(parts), ...losses.parts]);
    const step = this.step;
    const { hasD, hasG } = losses;
    const all = await readAndDispose(packed);
    let o = 0;
    const take = (n: number) => all.subarray(o, (o += n));
    const heat = take(heatCells * heatCells).slice();
    const freshFake = denormalise(take(2 * fresh), f);
    const fake = this.samples.merge(sampleShare, freshFake);
    const manifold = manifoldLines(denormalise(take(inputs.zGrid.shape[0] * 2), f), zDim);
    const push = take(2 * Math.min(fresh, ARROWS));
    // the arrows start at this frame's own samples (G's loss pushes the G of this frame)
    const arrows = new Float64Array(2 * push.length);
    for (let i = 0; i < push.length / 2; i++) {
      arrows.set([freshFake[2 * i], freshFake[2 * i + 1], push[2 * i] * f.scale[0], push[2 * i + 1] * f.scale[1]], 4 * i);
    }
    const metrics: Record<string, number> = {};
    if (hasD) metrics.dLoss = take(1)[0];
    if (hasG) metrics.gLoss = take(1)[0];
    const figures = frameMetrics(data, this.data, fake, this.view);
    const snapshot: Toy2dSnapshot = {
      experiment: 'toy2d', step, dataset: data.id, view: this.view, real: this.data, fake, heat, heatCells, manifold, arrows,
      modes: figures.modes, sigma: data.sigma, waitingForData: !this.batches.length,
      metrics: { ...metrics, ...figures.metrics, dMean: mean(heat) },
    };
    this.cached = snapshot;
    return snapshot;
  }

  protected override afterLoad(): void {
    this.cached = null;
    this.samples.forget();
  }

  /** The networks work in normalised units u; the user's are x = u·scale + centre. */
  protected override get dataMap(): Affine {
    return { scale: [...this.normaliser.scale], shift: [...this.normaliser.centre] };
  }

  /** n fresh generator samples in the data's own units, one [x, y] row each. */
  async sample(n: number): Promise<number[][]> {
    const t = tf.tidy(() => generate(this.pair, this.noise(Stream.view, deriveSeed(this.step, n), n)));
    const v = denormalise(await readAndDispose(t), this.normaliser);
    return Array.from({ length: n }, (_, i) => [v[2 * i], v[2 * i + 1]]);
  }

  /** D(x) for rows [x, y] in the data's own units. */
  async discriminate(xs: number[][]): Promise<number[]> {
    if (!xs.every((r) => r.length === 2)) throw new Error('discriminate(xs) takes rows of 2 numbers [x, y] for toy2d');
    const units = normalise(xs.flat(), this.normaliser);
    const t = tf.tidy(() => discriminate(this.pair, tf.tensor2d(units, [xs.length, 2])));
    return Array.from(await readAndDispose(t));
  }

  override dispose(): void {
    super.dispose();
    this.viewInputs.dispose();
    this.batches.forEach((b) => b.dispose());
    this.batches = [];
  }
}
