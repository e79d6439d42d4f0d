// One D update and one G update (twice) of the fused WebGL path and of the tensor-op path (the plain hand-written
// back-propagation, itself held equal to autodiff by core/fastGan.test.ts) from the same weights, batch and z, on
// the same backend. e2e/fused.spec.ts runs it for every activation, D head, G output, optimizer and loss.
import { tf, type Tensor2D, type Variable } from '../core/tf';
import { PackedMlp } from '../core/packedMlp';
import { ParameterOptimizer, type OptimizerKind } from '../core/optimizers';
import { FastGanTrainer } from '../core/fastGan';
import type { Activation } from '../core/activations';
import type { DiscriminatorHead } from '../core/losses';
import type { ObjectiveId } from '../core/objectives';
import type { GeneratorOutput } from '../core/generatorOutput';
import { countKernels } from './kernelCount';
import { drawCounter } from '../core/tiled/context';
import { oneHotRows } from '../core/conditioning';

export interface FusedCheckCase {
  hidden: Activation;
  head: DiscriminatorHead;
  out: GeneratorOutput;
  /** The objective (core/objectives). */
  loss: ObjectiveId;
  realLabel: number;
  optimizer: OptimizerKind;
  /** x and z dimensions. */
  dims: [number, number];
  /** Hidden layer widths of both networks. */
  layers: number[];
  batch: number;
  /** Adam's ε (default 1e-8). */
  epsilon?: number;
  /**
   * A conditional GAN's label columns (a one-hot of 10 classes padded to this width), concatenated to G's z and D's
   * x (core/conditioning.ts); absent: unconditional.
   */
  condition?: number;
}

export interface FusedCheckResult {
  /** Largest |fused − plain| over θ_D and θ_G after the updates. */
  maxParamDiff: number;
  /** Largest |fused − plain| of each optimizer slot relative to the slot's largest value (Adam's s is ~g²). */
  maxSlotRelDiff: number;
  maxLossDiff: number;
  /** Largest change of θ_D and θ_G over the updates. */
  dMoved: number;
  gMoved: number;
  /** GPU programs per D+G update of each path. */
  kernels: { fused: number | null; plain: number | null };
  /** Draws of the tiled kernels (core/tiled) in the fused path's updates: > 0 where big networks take them. */
  tiledDraws: number;
  /** Largest |loss| met, for a relative bound on the loss difference. */
  lossScale: number;
}

interface Side {
  trainer: FastGanTrainer;
  optD: ParameterOptimizer;
  optG: ParameterOptimizer;
}

/**
 * WGAN's critic clip bound here: it binds some glorot weights (of the small networks, and of every last layer) and
 * leaves the others, while G still gets a gradient through the clipped critic (at 0.1 G barely moved: 1e-4).
 */
const CHECK_CLIP = 0.4;

function side(c: FusedCheckCase, fused: boolean): Side {
  const spec = (name: string, sizes: number[], seed: number) => ({ sizes, hidden: c.hidden, initializer: 'glorot' as const, seed, name });
  const [xDim, zDim] = c.dims;
  const label = c.condition ?? 0;
  const trainer = new FastGanTrainer(
    { g: new PackedMlp(spec('G', [zDim + label, ...c.layers, xDim], 21)), d: new PackedMlp(spec('D', [xDim + label, ...c.layers, 1], 22)), dHead: c.head, gOutput: c.out, objective: c.loss, clip: CHECK_CLIP },
    { fused },
  );
  // plain SGD needs a larger step for G's weights to move visibly in two updates
  const config = { kind: c.optimizer, learningRate: c.optimizer === 'sgd' ? 0.3 : 0.01, momentum: 0.9, beta1: 0.5, beta2: 0.999, epsilon: c.epsilon ?? 1e-8, rho: 0.9 };
  return { trainer, optD: new ParameterOptimizer(trainer.pair.d.variables, config), optG: new ParameterOptimizer(trainer.pair.g.variables, config) };
}

/** Largest |a − b| over the variables; `relative` divides each variable's by its largest |b| (slots are tiny). */
async function maxDiff(a: Variable[], b: Variable[], relative = false): Promise<number> {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = await Promise.all([a[i].data(), b[i].data()]);
    let diff = 0;
    let scale = 0;
    for (let j = 0; j < x.length; j++) {
      diff = Math.max(diff, Math.abs(x[j] - y[j]));
      scale = Math.max(scale, Math.abs(y[j]));
    }
    worst = Math.max(worst, relative ? diff / Math.max(scale, 1e-30) : diff);
  }
  return worst;
}

async function moved(v: Variable, initial: ArrayLike<number>): Promise<number> {
  const x = await v.data();
  let worst = 0;
  for (let j = 0; j < x.length; j++) worst = Math.max(worst, Math.abs(x[j] - initial[j]));
  return worst;
}

/** Runs both paths and compares them. */
export async function fusedCheck(c: FusedCheckCase): Promise<FusedCheckResult> {
  const [xDim, zDim] = c.dims;
  const x = tf.tidy(() => (c.out === 'sigmoid' ? tf.randomUniform([c.batch, xDim], 0, 1, 'float32', 5) : tf.randomNormal([c.batch, xDim], 0.5, 1, 'float32', 5))) as Tensor2D;
  const z1 = tf.randomUniform([c.batch, zDim], -1, 1, 'float32', 6) as Tensor2D;
  const z2 = tf.randomUniform([c.batch, zDim], -1, 1, 'float32', 7) as Tensor2D;
  // conditional: different labels for the D and the G updates
  const labels = (shift: number) => tf.tensor1d(Array.from({ length: c.batch }, (_, i) => (i * 3 + shift) % 10), 'int32');
  const [c1, c2] = c.condition ? [0, 7].map((shift) => tf.tidy(() => oneHotRows(labels(shift), c.condition!))) : [undefined, undefined];
  const fused = side(c, true);
  const plain = side(c, false);
  const [d0, g0] = await Promise.all([fused.trainer.pair.d.theta.data(), fused.trainer.pair.g.theta.data()]);
  let maxLossDiff = 0;
  let lossScale = 0;
  let tiledDraws = 0;
  drawCounter.onDraw = () => tiledDraws++;
  const kernels: FusedCheckResult['kernels'] = { fused: null, plain: null };
  for (let round = 0; round < 2; round++) {
    const losses: number[][] = [];
    for (const [i, s] of [fused, plain].entries()) {
      const out: (tf.Scalar | null)[] = [];
      const count = countKernels(() => {
        out.push(s.trainer.discriminatorStep(s.optD, x, z1, c.realLabel, round === 1, 0, c1));
        out.push(s.trainer.generatorStep(s.optG, z2, round === 1, c2));
      });
      if (round === 0) kernels[i === 0 ? 'fused' : 'plain'] = count;
      if (i === 0) drawCounter.onDraw = null;
      losses.push(await Promise.all(out.map(async (l) => (l ? (await l.data())[0] : NaN))));
      out.forEach((l) => l?.dispose());
    }
    if (round === 1) {
      maxLossDiff = Math.max(Math.abs(losses[0][0] - losses[1][0]), Math.abs(losses[0][1] - losses[1][1]));
      lossScale = Math.max(...losses[1].map(Math.abs));
    }
  }
  const params = (s: Side) => [s.trainer.pair.d.theta, s.trainer.pair.g.theta];
  const slots = (s: Side) => [...s.optD.stateVariables(), ...s.optG.stateVariables()];
  const result: FusedCheckResult = {
    maxParamDiff: await maxDiff(params(fused), params(plain)),
    maxSlotRelDiff: await maxDiff(slots(fused), slots(plain), true),
    maxLossDiff,
    dMoved: await moved(fused.trainer.pair.d.theta, d0),
    gMoved: await moved(fused.trainer.pair.g.theta, g0),
    kernels,
    tiledDraws,
    lossScale,
  };
  for (const s of [fused, plain]) {
    s.trainer.pair.d.dispose();
    s.trainer.pair.g.dispose();
    s.optD.dispose();
    s.optG.dispose();
    s.trainer.dispose();
  }
  tf.dispose([x, z1, z2, c1 ?? [], c2 ?? []]);
  return result;
}
