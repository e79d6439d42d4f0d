// What every experiment's training run shares: the two packed networks and their optimizers, the update counters,
// Algorithm 1's step loop, the last losses kept on the device, and the saved/restored state. Each experiment adds
// its data, its noise, its D and G updates and its snapshot.
import { tf, type Scalar, type Tensor } from '../core/tf';
import { FastGanTrainer, type FastPair, type TrainingPaths } from '../core/fastGan';
import { optimizerStateChanged, ParameterOptimizer, type OptimizerConfig } from '../core/optimizers';
import { readVariables, writeVariables, type RunState } from '../core/state';
import { generate, type GanPair } from '../core/gan';
import { objective } from '../core/objectives';
import { networkStack } from '../core/layersModel/fromNetwork';
import { generatorTheta } from '../core/layersModel/intoGenerator';
import { inverseAffine, type Affine, type LayerStack } from '../core/layersModel/stack';
import { WeightAverage } from '../core/weightAverage';
import type { PackedMlp } from '../core/packedMlp';
import type { Params } from '../params/schema';
import type { FrameOptions, SnapshotBase, TrainingRun } from '../engine/types';

/** The optimizer settings a run reads from its config. */
export interface OptimizerPair {
  optimizerD: OptimizerConfig;
  optimizerG: OptimizerConfig;
}

/** Reads a tensor back asynchronously and disposes it. */
export async function readAndDispose(t: Tensor): Promise<Float32Array> {
  try {
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}

export abstract class GanRun<S extends SnapshotBase> implements TrainingRun<S> {
  step = 0;
  protected dUpdates = 0;
  protected gUpdates = 0;
  protected readonly trainer: FastGanTrainer;
  protected optD: ParameterOptimizer;
  protected optG: ParameterOptimizer;
  protected lastDLoss: Scalar | null = null;
  protected lastGLoss: Scalar | null = null;
  /** trainPhase made this step's D updates and not yet its G updates. */
  private discriminatorPhaseDone = false;
  /** The averaged generator (an EMA of G's parameters) and its β; null when samples come from G itself. */
  private average: WeightAverage | null = null;
  private averageBeta = 0;

  protected constructor(
    protected readonly pair: FastPair,
    optimizers: OptimizerPair,
  ) {
    this.trainer = new FastGanTrainer(pair);
    this.optD = new ParameterOptimizer(pair.d.variables, optimizers.optimizerD);
    this.optG = new ParameterOptimizer(pair.g.variables, optimizers.optimizerG);
  }

  /** The paths the latest D and G updates took. */
  get paths(): TrainingPaths {
    return this.trainer.paths;
  }

  /** D updates per step (Algorithm 1's k). */
  protected abstract get k(): number;
  /** G updates per step, after the k of D (Algorithm 1: 1). */
  protected abstract get kG(): number;
  abstract updateD(wantLoss?: boolean): void;
  abstract updateG(wantLoss?: boolean): void;
  abstract snapshot(options?: FrameOptions): Promise<S>;
  abstract applyLiveParams(params: Params): void;
  abstract sample(n: number, label?: number): Promise<number[][]>;
  abstract discriminate(xs: number[][]): Promise<number[]>;

  /**
   * Turns the averaged generator on (β > 0: samples come from θ̄ ← β·θ̄ + (1 − β)·θ, updated after each G update)
   * or off (β = 0). Turned on, the average starts from G's current parameters.
   */
  protected setAveraging(beta: number): void {
    this.averageBeta = beta;
    if (beta > 0 && !this.average) this.average = new WeightAverage(this.pair.g);
    if (beta <= 0 && this.average) {
      this.average.dispose();
      this.average = null;
    }
  }

  /** One update of the average after a G update (a no-op when averaging is off). */
  protected averageAfterG(): void {
    this.average?.update(this.averageBeta);
  }

  /** The pair whose G draws the samples a frame shows: G itself, or the averaged G. */
  protected get samplingPair(): GanPair {
    return this.average ? { ...this.pair, g: this.samplingG } : this.pair;
  }

  /** The generator that draws the samples a frame shows: G itself, or the averaged G (same shape, packed). */
  protected get samplingG(): PackedMlp {
    return this.average ? this.average.net : this.pair.g;
  }

  /** Whether samples come from the averaged generator. */
  protected get averaging(): boolean {
    return this.average !== null;
  }

  /** Whether training can run now (the 2-D `draw` data set waits for points). */
  protected get canTrain(): boolean {
    return true;
  }

  /** Keeps the newest loss of D or G on the device until a snapshot reads it. */
  protected keepLoss(which: 'd' | 'g', loss: Scalar | null | undefined | void): void {
    if (!loss) return;
    if (which === 'd') {
      this.lastDLoss?.dispose();
      this.lastDLoss = loss;
    } else {
      this.lastGLoss?.dispose();
      this.lastGLoss = loss;
    }
  }

  /** The kept losses as one-element tensors, for a snapshot's single readback (the caller disposes them). */
  protected lossParts(): { parts: Tensor[]; hasD: boolean; hasG: boolean } {
    const parts: Tensor[] = [];
    if (this.lastDLoss) parts.push(tf.reshape(this.lastDLoss, [1]));
    if (this.lastGLoss) parts.push(tf.reshape(this.lastGLoss, [1]));
    return { parts, hasD: this.lastDLoss !== null, hasG: this.lastGLoss !== null };
  }

  /**
   * Algorithm 1 of Goodfellow et al. 2014: k updates of D, then one of G (kG of them where set), per step, on
   * whatever path each update takes. Only the last update of each network in a call computes its loss value (that
   * is the one a frame shows).
   */
  trainSteps(n: number): void {
    if (!this.canTrain) return;
    this.finishStep();
    for (let s = 0; s < n; s++) {
      const last = s === n - 1;
      this.discriminatorUpdates(last);
      this.generatorUpdates(last);
      this.step++;
    }
  }

  /** A step's k D updates; `keepLoss`: the last of them computes its loss value. */
  private discriminatorUpdates(keepLoss: boolean): void {
    for (let i = 0; i < this.k; i++) this.updateD(keepLoss && i === this.k - 1);
  }

  /** A step's kG G updates; `keepLoss`: the last of them computes its loss value. */
  private generatorUpdates(keepLoss: boolean): void {
    for (let j = 0; j < this.kG; j++) this.updateG(keepLoss && j === this.kG - 1);
  }

  /**
   * Half of a step, for steps so slow on the main thread that one must not block it whole (MNIST `deep` on the CPU
   * backend): the first call makes the step's k D updates, the next its G updates and counts the step. True when
   * that completed the step.
   */
  trainPhase(): boolean {
    if (!this.canTrain) return true;
    if (!this.discriminatorPhaseDone) {
      this.discriminatorUpdates(true);
      this.discriminatorPhaseDone = true;
      return false;
    }
    this.generatorUpdates(true);
    this.discriminatorPhaseDone = false;
    this.step++;
    return true;
  }

  get stepUnderWay(): boolean {
    return this.discriminatorPhaseDone;
  }

  /** Completes a step that trainPhase left half done (its G updates); nothing otherwise. */
  finishStep(): void {
    if (this.discriminatorPhaseDone) this.trainPhase();
  }

  /** A new optimizer kind or coefficient starts that optimizer's state afresh; a new learning rate does not. */
  protected refreshOptimizers(prev: OptimizerPair, next: OptimizerPair): void {
    if (optimizerStateChanged(prev.optimizerD, next.optimizerD)) {
      this.optD.dispose();
      this.optD = new ParameterOptimizer(this.pair.d.variables, next.optimizerD);
    }
    if (optimizerStateChanged(prev.optimizerG, next.optimizerG)) {
      this.optG.dispose();
      this.optG = new ParameterOptimizer(this.pair.g.variables, next.optimizerG);
    }
    this.optD.setLearningRate(next.optimizerD.learningRate);
    this.optG.setLearningRate(next.optimizerG.learningRate);
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
    this.dropLosses();
    this.step = state.counters.step ?? 0;
    this.dUpdates = state.counters.dUpdates ?? 0;
    this.gUpdates = state.counters.gUpdates ?? 0;
    // the average is not part of the saved state: it starts again from the loaded G
    this.average?.restart();
    this.afterLoad();
  }

  /**
   * The map from the networks' units to the user's, x = u·scale + shift per column (the 2-D normaliser): G's
   * samples go through it, D reads through its inverse. Null where both use the same units.
   */
  protected get dataMap(): Affine | null {
    return null;
  }

  /** G(z) for the given noise rows, in the units sample() returns. */
  async generate(z: number[][]): Promise<number[][]> {
    const sizes = this.pair.g.spec.sizes;
    const [dim, out] = [sizes[0], sizes[sizes.length - 1]];
    if (!z.every((r) => r.length === dim)) throw new Error(`generate(z) takes rows of ${dim} numbers`);
    const v = await readAndDispose(tf.tidy(() => generate(this.pair, tf.tensor2d(z.flat(), [z.length, dim]))));
    const map = this.dataMap;
    return z.map((_, i) => Array.from(v.subarray(i * out, (i + 1) * out), (u, j) => (map ? u * map.scale[j] + map.shift[j] : u)));
  }

  /**
   * G or D as a layer stack that computes what the page reports: G's samples in the user's units, D(x) (or the
   * critic's score) for x in the user's units (core/layersModel/fromNetwork).
   */
  async exportNetwork(which: 'g' | 'd'): Promise<LayerStack> {
    const net = which === 'g' ? this.pair.g : this.pair.d;
    const [saved] = await readVariables([net.theta]);
    const map = this.dataMap ?? undefined;
    const score = objective(this.pair.objective).output === 'score';
    return networkStack({
      name: which === 'g' ? 'generator' : 'discriminator',
      hidden: net.spec.hidden,
      head: which === 'g' ? this.pair.gOutput : score ? 'linear' : this.pair.dHead,
      layout: net.layout,
      theta: saved.values,
      outputMap: which === 'g' ? map : undefined,
      inputMap: which === 'd' && map ? inverseAffine(map) : undefined,
    });
  }

  /**
   * Makes the stack the current generator; throws and changes nothing when it does not fit (intoGenerator.ts).
   * G's optimizer starts afresh: its moments belonged to the replaced weights.
   */
  importGenerator(stack: LayerStack): void {
    const g = this.pair.g;
    const theta = generatorTheta(stack, {
      sizes: g.spec.sizes, hidden: g.spec.hidden, head: this.pair.gOutput, outputMap: this.dataMap ?? undefined,
      layout: g.layout, thetaSize: g.size,
    });
    writeVariables([g.theta], [{ shape: [theta.length], values: theta }]);
    const config = this.optG.config;
    this.optG.dispose();
    this.optG = new ParameterOptimizer(g.variables, config);
    this.dropLosses();
    this.afterLoad();
  }

  /** What an experiment must forget once its weights were replaced (cached frames, evaluations). */
  protected afterLoad(): void {}

  async settle(): Promise<Record<string, number>> {
    const { parts, hasD, hasG } = this.lossParts();
    if (!parts.length) return {};
    const values = await readAndDispose(parts.length === 1 ? parts[0] : tf.concat(parts));
    if (parts.length > 1) tf.dispose(parts);
    const out: Record<string, number> = {};
    if (hasD) out.dLoss = values[0];
    if (hasG) out.gLoss = values[hasD ? 1 : 0];
    return out;
  }

  private dropLosses(): void {
    this.lastDLoss?.dispose();
    this.lastGLoss?.dispose();
    this.lastDLoss = this.lastGLoss = null;
  }

  dispose(): void {
    this.pair.g.dispose();
    this.pair.d.dispose();
    this.optD.dispose();
    this.optG.dispose();
    this.trainer.dispose();
    this.average?.dispose();
    this.dropLosses();
  }
}
