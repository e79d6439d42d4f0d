// The fast training path: one discriminator or generator update with hand-written back-propagation
// (core/backprop.ts) on packed parameters, and D's real and fake batches stacked into one forward pass.
// It computes exactly the gradients of core/gan.ts's autodiff updates (core/fastGan.test.ts checks it). On WebGL,
// small networks take the fused kernels of core/fused/ instead (the same math in ~10 kernels per update), and big
// ones (MNIST) the tiled kernels of core/tiled/ (matrix products in 8×4 tiles per fragment, ~14 draws per update).
import { tf, type Scalar, type Tensor, type Tensor2D } from './tf';
import { backward, forwardTrace } from './backprop';
import { discriminatorLoss, generatorLoss, probability, type GeneratorLoss } from './losses';
import { generatorOutput } from './generatorOutput';
import type { PackedMlp } from './packedMlp';
import { discriminate, generate, type GanPair } from './gan';
import type { GeneratorOutput } from './generatorOutput';
import type { ParameterOptimizer } from './optimizers';
import { FusedGanSteps } from './fused/fusedSteps';
import { fusedBackend } from './fused/webgl';
import { TiledGanSteps } from './tiled/tiledSteps';
import { TiledContext } from './tiled/context';

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

/** The 0/1 mask where clip(tanh(l), 0.01, 0.99) passes gradient, and t = tanh(l). */
function clippedTanh(l: Tensor): { t: Tensor; mask: Tensor } {
  const t = tf.tanh(l);
  return { t, mask: tf.mul(tf.step(tf.sub(t, 0.01), 0), tf.step(tf.sub(0.99, t), 0)) };
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

/** Runs D and G updates on the fast path; owns a few cached constant tensors (dispose it with the run). */
export class FastGanTrainer {
  private readonly labels = new Map<string, Tensor2D>();
  private readonly fused: FusedGanSteps | null;
  private tiled: TiledGanSteps | null = null;

  constructor(
    readonly pair: FastPair,
    options: FastGanOptions = {},
  ) {
    this.fused = options.fused === false ? null : new FusedGanSteps(pair);
  }

  /** The tiled kernels for big networks on WebGL when this update fits them (core/tiled), else null. */
  private tiledFor(net: PackedMlp, opt: ParameterOptimizer, batch: number): TiledGanSteps | null {
    if (!this.fused || !TiledGanSteps.applies(this.pair, opt, net, batch)) return null;
    const ctx = TiledContext.current();
    if (!ctx) return null;
    if (!this.tiled || !this.tiled.runsOn(ctx)) {
      this.tiled?.dispose();
      this.tiled = new TiledGanSteps(this.pair, ctx);
    }
    return this.tiled;
  }

  /** Y = [y_real (B rows); 0 (B rows)], cached for the current batch size and label (one at a time). */
  private stackedLabels(batch: number, realLabel: number): Tensor2D {
    const key = `${batch}:${realLabel}`;
    let y = this.labels.get(key);
    if (!y) {
      for (const old of this.labels.values()) old.dispose();
      this.labels.clear();
      // kept: the cache outlives any tidy scope this update runs in
      y = tf.keep(tf.tidy(() => tf.concat([tf.fill([batch, 1], realLabel), tf.zeros([batch, 1])]) as Tensor2D));
      this.labels.set(key, y);
    }
    return y;
  }

  /**
   * ∂L_D/∂l for stacked logits l = [l_real; l_fake], L_D = −(1/B)Σ[Y log D + (1−Y) log(1−D)]:
   *  sigmoid:  (σ(l) − Y)/B
   *  tanhClip: −(m/B)[Y(1/t − t) − (1−Y)(1 + t)],  t = tanh l, m the clip mask
   */
  private discriminatorDelta(l: Tensor2D, y: Tensor2D, batch: number): Tensor2D {
    if (this.pair.dHead === 'sigmoid') return tf.mul(tf.sub(tf.sigmoid(l), y), 1 / batch);
    const { t, mask } = clippedTanh(l);
    const realPart = tf.mul(y, tf.sub(tf.div(1, t), t));
    const fakePart = tf.mul(tf.sub(1, y), tf.add(1, t));
    return tf.mul(tf.sub(realPart, fakePart), tf.mul(mask, -1 / batch));
  }

  /**
   * ∂L_G/∂l for D's logits on fakes:
   *  sigmoid, non-saturating (−log D): (σ(l) − 1)/B;   sigmoid, minimax (log(1−D)): −σ(l)/B
   *  tanhClip, non-saturating: −(m/B)(1/t − t);         tanhClip, minimax: −(m/B)(1 + t)
   */
  private generatorDelta(l: Tensor2D, kind: GeneratorLoss, batch: number): Tensor2D {
    if (this.pair.dHead === 'sigmoid') {
      const s = tf.sigmoid(l);
      return kind === 'nonsaturating' ? tf.mul(tf.sub(s, 1), 1 / batch) : tf.mul(s, -1 / batch);
    }
    const { t, mask } = clippedTanh(l);
    const inner = kind === 'nonsaturating' ? tf.sub(tf.div(1, t), t) : tf.add(1, t);
    return tf.mul(inner, tf.mul(mask, -1 / batch));
  }

  /**
   * x = G(z) for what a frame shows: on WebGL through the fused forward kernels (one per layer instead of four or
   * five tensor ops), elsewhere core/gan's generate. Same values either way.
   */
  generate(z: Tensor2D): Tensor2D {
    const fused = this.fused ? fusedBackend() : null;
    return fused ? this.fused!.generate(fused.backend, z) : generate(this.pair, z);
  }

  /** D(x) as probabilities for what a frame shows; fused on WebGL like generate(). */
  discriminate(x: Tensor2D): Tensor2D {
    const fused = this.fused ? fusedBackend() : null;
    if (!fused) return discriminate(this.pair, x);
    return tf.tidy(() => probability(this.fused!.discriminatorLogits(fused.backend, x), this.pair.dHead) as Tensor2D);
  }

  /**
   * −∂(n·L_G)/∂x at points x through D only (each point's own push): fused on WebGL, else by the hand-written
   * back-propagation with the loss taken per point.
   */
  generatorPush(x: Tensor2D, kind: GeneratorLoss): Tensor2D {
    const fused = this.fused ? fusedBackend() : null;
    if (fused) return this.fused!.generatorPush(fused.backend, x, kind);
    return tf.tidy(() => {
      const trace = forwardTrace(this.pair.d, x);
      const { dInput } = backward(this.pair.d, trace, this.generatorDelta(trace.out, kind, 1), false, true);
      return tf.neg(dInput!) as Tensor2D;
    });
  }

  /** One D update (descends L_D); returns L_D before the update when asked, else null. */
  discriminatorStep(opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel = 1, wantLoss = true): Scalar | null {
    const batch = xReal.shape[0];
    const backend = this.fused && FusedGanSteps.backendFor(this.pair.d, opt, 2 * batch);
    if (backend) return this.fused!.discriminatorStep(backend, opt, xReal, z, realLabel, wantLoss);
    const tiled = this.tiledFor(this.pair.d, opt, batch);
    if (tiled) return tiled.discriminatorStep(opt, xReal, z, realLabel, wantLoss);
    const y = this.stackedLabels(batch, realLabel);
    const loss = tf.tidy((): Scalar | void => {
      const fake = generatorOutput(this.pair.gOutput, this.pair.g.apply(z));
      const trace = forwardTrace(this.pair.d, tf.concat([xReal, fake]) as Tensor2D);
      const { dTheta } = backward(this.pair.d, trace, this.discriminatorDelta(trace.out, y, batch), true, false);
      opt.apply([dTheta!]);
      if (!wantLoss) return;
      const lReal = tf.slice(trace.out, [0, 0], [batch, 1]);
      const lFake = tf.slice(trace.out, [batch, 0], [batch, 1]);
      return discriminatorLoss(lReal, lFake, this.pair.dHead, realLabel);
    });
    return loss ?? null;
  }

  /** One G update through D (D unchanged); returns G's loss before the update when asked, else null. */
  generatorStep(opt: ParameterOptimizer, z: Tensor2D, kind: GeneratorLoss, wantLoss = true): Scalar | null {
    const batch = z.shape[0];
    const backend = this.fused && FusedGanSteps.backendFor(this.pair.g, opt, batch);
    if (backend) return this.fused!.generatorStep(backend, opt, z, kind, wantLoss);
    const tiled = this.tiledFor(this.pair.g, opt, batch);
    if (tiled) return tiled.generatorStep(opt, z, kind, wantLoss);
    const loss = tf.tidy((): Scalar | void => {
      const gTrace = forwardTrace(this.pair.g, z);
      const x = generatorOutput(this.pair.gOutput, gTrace.out);
      const dTrace = forwardTrace(this.pair.d, x);
      const { dInput } = backward(this.pair.d, dTrace, this.generatorDelta(dTrace.out, kind, batch), false, true);
      const { dTheta } = backward(this.pair.g, gTrace, throughOutput(this.pair.gOutput, x, dInput!), true, false);
      opt.apply([dTheta!]);
      if (wantLoss) return generatorLoss(dTrace.out, this.pair.dHead, kind);
    });
    return loss ?? null;
  }

  dispose(): void {
    this.tiled?.dispose();
    this.tiled = null;
    for (const t of this.labels.values()) t.dispose();
    this.labels.clear();
  }
}
