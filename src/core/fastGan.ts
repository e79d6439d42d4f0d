// The fast training path: one discriminator or generator update with hand-written back-propagation
// (core/backprop.ts) on packed parameters, and D's real and fake batches stacked into one forward pass.
// It computes exactly the gradients of core/gan.ts's autodiff updates (core/fastGan.test.ts checks it). On WebGL,
// small networks take the fused kernels of core/fused/ instead (the same math in ~10 kernels per update), and big
// ones (MNIST) the tiled kernels of core/tiled/ (matrix products in 8×4 tiles per fragment, ~14 draws per update).
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf, type Scalar, type Tensor, type Tensor2D } from './tf';
import { backward, forwardTrace } from './backprop';
import { fastGradients, fastPathGap, objective, type Objective } from './objectives';
import { generatorOutput } from './generatorOutput';
import type { PackedMlp } from './packedMlp';
import { clipCritic, discriminate, discriminatorUpdate, generate, generatorUpdate, readDiscriminator, type GanPair } from './gan';
import type { GeneratorOutput } from './generatorOutput';
import type { ParameterOptimizer } from './optimizers';
import { FusedGanSteps } from './fused/fusedSteps';
import { fusedBackend } from './fused/webgl';
import { TiledGanSteps } from './tiled/tiledSteps';
import { TiledContext } from './tiled/context';
import { withCondition } from './conditioning';

/** ∂L/∂o from ∂L/∂x, written with x: linear 1; 5·tanh: 5 − x²/5; sigmoid: x(1 − x). */
function throughOutput(kind: GeneratorOutput, x: Tensor2D, dX: Tensor2D): Tensor2D {
  switch (kind) {
    case 'linear':
      return dX;
    case 'tanh5':
      return tf.mul(dX, tf.sub(5, tf.mul(tf.square(x), 0.2)));
    case 'sigmoid':
      return tf.mul(dX, tf.mul(x, tf.sub(1, x)));
  }
}

/** A GAN pair whose networks keep their parameters packed (what the hand-written back-propagation needs). */
export interface FastPair extends GanPair {
  g: PackedMlp;
  d: PackedMlp;
}

export interface FastGanOptions {
  /** Use the fused or tiled WebGL kernels where they apply (default true; false keeps the tensor-op path everywhere). */
  fused?: boolean;
}

/**
 * The path a training update takes: the tiled WebGL kernels (big networks), the fused WebGL kernels (small ones),
 * the tensor-op fast path (any backend), or plain autodiff (core/gan.ts: tf.variableGrads on the objective's own
 * tensor loss), the reference and the fallback for what the fast paths lack (WGAN-GP; MNIST's value form).
 */
export type TrainingPath = 'tiled' | 'fused' | 'tensor' | 'autodiff';

/** The paths the latest D and G updates took (null before the first). */
export interface TrainingPaths {
  d: TrainingPath | null;
  g: TrainingPath | null;
  /** Why the latest updates took autodiff rather than a fast path, where they did. */
  reason?: string;
}

type Route =
  | { path: 'fused'; backend: MathBackendWebGL }
  | { path: 'tiled'; steps: TiledGanSteps }
  | { path: 'tensor' }
  | { path: 'autodiff'; reason: string };

/** Runs D and G updates on the fast path; owns a few cached constant tensors (dispose it with the run). */
export class FastGanTrainer {
  private readonly fused: FusedGanSteps | null;
  private tiled: TiledGanSteps | null = null;
  /** The paths the latest D and G updates took. */
  readonly paths: TrainingPaths = { d: null, g: null };

  constructor(
    readonly pair: FastPair,
    options: FastGanOptions = {},
  ) {
    this.fused = options.fused === false ? null : new FusedGanSteps(pair);
  }

  /** The tiled kernels for big networks on WebGL when this update fits them (core/tiled), else null. */
  private tiledFor(net: PackedMlp, opt: ParameterOptimizer, batch: number): TiledGanSteps | null {
    if (!this.fused) return null;
    const ctx = TiledContext.current();
    if (!ctx || !TiledGanSteps.applies(this.pair, opt, net, batch, ctx.tileRows)) return null;
    if (!this.tiled || !this.tiled.runsOn(ctx)) {
      this.tiled?.dispose();
      this.tiled = new TiledGanSteps(this.pair, ctx);
    }
    return this.tiled;
  }

  /**
   * The one place that decides the path of an update of `net` (D: its stacked 2B rows; G: B rows) with `opt`:
   * autodiff where the objective lacks what the fast paths need (fastPathGap: a gradient penalty, or no hand-written
   * derivative), else fused where the network is small enough for the fused kernels' redundant gradient sums
   * (FUSED_WORK_LIMIT) and the kernel's inputs fit, else tiled where the shapes fit the tiles (sizes multiples of 4,
   * batch a multiple of the tile rows, 8 or 4), else the tensor-op path. Off WebGL (CPU, WASM) the fast updates take the tensor-op path.
   * A conditional update (a label c concatenated to G's z and D's x) skips the fused kernels, which read G's
   * samples straight into D; the tiled kernels take it when [z | c] and [x | c] are multiples of 4 wide.
   */
  private route(which: 'd' | 'g', opt: ParameterOptimizer, batch: number, conditioned: boolean): Route {
    const gap = fastPathGap(this.objective);
    const route = gap ? ({ path: 'autodiff', reason: gap } as const) : this.fastRoute(which, opt, batch, conditioned);
    this.paths[which] = route.path;
    if (gap) this.paths.reason = gap;
    else delete this.paths.reason;
    return route;
  }

  private fastRoute(which: 'd' | 'g', opt: ParameterOptimizer, batch: number, conditioned: boolean): Route {
    const net = which === 'd' ? this.pair.d : this.pair.g;
    const backend = this.fused && !conditioned && FusedGanSteps.backendFor(net, opt, which === 'd' ? 2 * batch : batch);
    const tiled = backend ? null : this.tiledFor(net, opt, batch);
    return backend ? { path: 'fused', backend } : tiled ? { path: 'tiled', steps: tiled } : { path: 'tensor' };
  }

  /** The objective the pair plays now (a live setting: read at every update). */
  private get objective(): Objective {
    return objective(this.pair.objective);
  }

  /**
   * ∂L_D/∂l for stacked values l = [l_real (B rows); l_fake (B rows)], L_D = mean ℓ_real + mean ℓ_fake:
   * the objective's per-row derivatives (core/objectives), divided by B.
   */
  private discriminatorDelta(l: Tensor2D, batch: number, realLabel: number): Tensor2D {
    const terms = fastGradients(this.objective, this.pair.dHead);
    const real = terms.real(tf.slice(l, [0, 0], [batch, 1]), realLabel);
    const fake = terms.fake(tf.slice(l, [batch, 0], [batch, 1]));
    return tf.mul(tf.concat([real, fake]), 1 / batch);
  }

  /** ∂L_G/∂l for D's values on B fakes, L_G = mean ℓ_G: the objective's per-row derivative, divided by B. */
  private generatorDelta(l: Tensor2D, batch: number): Tensor2D {
    return tf.mul(fastGradients(this.objective, this.pair.dHead).generator(l), 1 / batch);
  }

  /**
   * x = G(z) for what a frame shows: on WebGL through the fused forward kernels (one per layer instead of four or
   * five tensor ops), elsewhere core/gan's generate. Same values either way. `g` is G itself or a network of its
   * shape whose parameters stand in for G's (the averaged G a frame samples from, core/weightAverage.ts).
   */
  generate(z: Tensor2D, g: PackedMlp = this.pair.g): Tensor2D {
    const fused = this.fused ? fusedBackend() : null;
    return fused ? this.fused!.generate(fused.backend, z, g) : generate({ ...this.pair, g }, z);
  }

  /** D(x) (probabilities, or a critic's scores) for what a frame shows; fused on WebGL like generate(). */
  discriminate(x: Tensor2D): Tensor2D {
    const fused = this.fused ? fusedBackend() : null;
    if (!fused) return discriminate(this.pair, x);
    return tf.tidy(() => readDiscriminator(this.pair, this.fused!.discriminatorLogits(fused.backend, x)) as Tensor2D);
  }

  /**
   * −∂(n·L_G)/∂x at points x through D only (each point's own push): fused on WebGL, else by the hand-written
   * back-propagation with the loss taken per point.
   */
  generatorPush(x: Tensor2D): Tensor2D {
    if (fastPathGap(this.objective)) return this.autodiffPush(x);
    const fused = this.fused ? fusedBackend() : null;
    if (fused) return this.fused!.generatorPush(fused.backend, x);
    return tf.tidy(() => {
      const trace = forwardTrace(this.pair.d, x);
      const { dInput } = backward(this.pair.d, trace, this.generatorDelta(trace.out, 1), false, true);
      return tf.neg(dInput!) as Tensor2D;
    });
  }

  /** The same push by autodiff, for objectives the fast paths lack: −∇ₓ Σ_i ℓ_G(D(x_i)) = −∂(n·L_G)/∂x. */
  private autodiffPush(x: Tensor2D): Tensor2D {
    const { generatorLoss } = this.objective;
    const n = x.shape[0];
    // tf.grad types its argument as a plain Tensor; the rows are x's, so D reads it as [n, dim]
    const nLoss = (v: Tensor): Tensor => tf.mul(generatorLoss(this.pair.d.apply(tf.reshape(v, x.shape)), this.pair.dHead), n);
    return tf.tidy(() => tf.reshape(tf.neg(tf.grad(nLoss)(x)), x.shape));
  }

  /**
   * One D update (descends L_D) on the routed path, then the critic's weight clipping where the objective has it
   * (core/gan.ts clipCritic: one clip op on θ, the same on every path); returns L_D before the update when asked.
   * `penaltySeed` seeds a gradient penalty's interpolation weights (WGAN-GP; unused otherwise). A `condition` c
   * (one row per real row; core/conditioning.ts) makes it a conditional GAN's update: G reads [z | c], D reads
   * [x | c] and [G(z | c) | c], the fakes drawn for the real rows' labels.
   */
  discriminatorStep(opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel = 1, wantLoss = true, penaltySeed = 0, condition?: Tensor2D): Scalar | null {
    const batch = xReal.shape[0];
    const route = this.route('d', opt, batch, condition !== undefined);
    if (route.path === 'autodiff') {
      // core/gan.ts clips the critic itself
      const loss = discriminatorUpdate(this.pair, opt, xReal, z, realLabel, penaltySeed, condition);
      if (wantLoss) return loss;
      loss.dispose();
      return null;
    }
    const loss = this.unclippedDiscriminatorStep(route, opt, xReal, z, realLabel, wantLoss, condition);
    clipCritic(this.pair);
    return loss;
  }

  private unclippedDiscriminatorStep(route: Route, opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel: number, wantLoss: boolean, condition?: Tensor2D): Scalar | null {
    const batch = xReal.shape[0];
    if (route.path === 'fused') return this.fused!.discriminatorStep(route.backend, opt, xReal, z, realLabel, wantLoss);
    if (route.path === 'tiled') return route.steps.discriminatorStep(opt, xReal, z, realLabel, wantLoss, condition);
    const loss = tf.tidy((): Scalar | void => {
      const fake = generatorOutput(this.pair.gOutput, this.pair.g.apply(withCondition(z, condition)));
      const stacked = tf.concat([withCondition(xReal, condition), withCondition(fake, condition)]) as Tensor2D;
      const trace = forwardTrace(this.pair.d, stacked);
      const { dTheta } = backward(this.pair.d, trace, this.discriminatorDelta(trace.out, batch, realLabel), true, false);
      opt.apply([dTheta!]);
      if (!wantLoss) return;
      const lReal = tf.slice(trace.out, [0, 0], [batch, 1]);
      const lFake = tf.slice(trace.out, [batch, 0], [batch, 1]);
      return this.objective.discriminatorLoss(lReal, lFake, this.pair.dHead, realLabel);
    });
    return loss ?? null;
  }

  /**
   * One G update through D (D unchanged); returns G's loss before the update when asked, else null. With a
   * `condition` c, G reads [z | c] and D judges [G(z | c) | c]; only the pixel columns of ∂L/∂[x | c] flow into G.
   */
  generatorStep(opt: ParameterOptimizer, z: Tensor2D, wantLoss = true, condition?: Tensor2D): Scalar | null {
    const batch = z.shape[0];
    const route = this.route('g', opt, batch, condition !== undefined);
    if (route.path === 'autodiff') {
      const loss = generatorUpdate(this.pair, opt, z, condition);
      if (wantLoss) return loss;
      loss.dispose();
      return null;
    }
    if (route.path === 'fused') return this.fused!.generatorStep(route.backend, opt, z, wantLoss);
    if (route.path === 'tiled') return route.steps.generatorStep(opt, z, wantLoss, condition);
    const loss = tf.tidy((): Scalar | void => {
      const gTrace = forwardTrace(this.pair.g, withCondition(z, condition));
      const x = generatorOutput(this.pair.gOutput, gTrace.out);
      const dTrace = forwardTrace(this.pair.d, withCondition(x, condition));
      const { dInput } = backward(this.pair.d, dTrace, this.generatorDelta(dTrace.out, batch), false, true);
      const dX = condition ? (tf.slice(dInput!, [0, 0], x.shape) as Tensor2D) : dInput!;
      const { dTheta } = backward(this.pair.g, gTrace, throughOutput(this.pair.gOutput, x, dX), true, false);
      opt.apply([dTheta!]);
      if (wantLoss) return this.objective.generatorLoss(dTrace.out, this.pair.dHead);
    });
    return loss ?? null;
  }

  dispose(): void {
    this.tiled?.dispose();
    this.tiled = null;
  }
}
