// What a frame shows, computed through the fused WebGL forward and push kernels and through the tensor-op path, from
// the same weights and inputs on the same backend: G(z), D(x), the arrows −∇ₓ(n·L_G), and G(z) through another network
// of G's shape (the averaged G). e2e/fused.spec.ts runs it.
import { tf, type Tensor2D } from '../core/tf';
import { PackedMlp } from '../core/packedMlp';
import { FastGanTrainer } from '../core/fastGan';
import type { Activation } from '../core/activations';
import type { DiscriminatorHead } from '../core/losses';
import type { ObjectiveId } from '../core/objectives';
import type { GeneratorOutput } from '../core/generatorOutput';
import { countKernels } from './kernelCount';

export interface FrameCheckCase {
  hidden: Activation;
  head: DiscriminatorHead;
  out: GeneratorOutput;
  /** The objective (core/objectives). */
  loss: ObjectiveId;
  /** x and z dimensions. */
  dims: [number, number];
  layers: number[];
  rows: number;
}

export interface FrameCheckResult {
  /** Largest |fused − tensor-op| of G(z), of D(x) and of the push. */
  generate: number;
  discriminate: number;
  push: number;
  /** Largest |fused − tensor-op| of G(z) through another network of G's shape (the averaged G a frame samples from). */
  generateOther: number;
  /** Largest |G_other(z) − G(z)| on the fused side (so that a forward that ignores the other network cannot pass). */
  otherMoved: number;
  /** Largest |value| of the push (so that a zero push cannot pass). */
  pushScale: number;
  /** GPU programs for the three on each path. */
  kernels: { fused: number; plain: number };
}

function network(c: FrameCheckCase, name: string, sizes: number[], seed: number): PackedMlp {
  return new PackedMlp({ sizes, hidden: c.hidden, initializer: 'glorot', seed, name });
}

function trainer(c: FrameCheckCase, fused: boolean): FastGanTrainer {
  const [xDim, zDim] = c.dims;
  return new FastGanTrainer(
    { g: network(c, 'G', [zDim, ...c.layers, xDim], 31), d: network(c, 'D', [xDim, ...c.layers, 1], 32), dHead: c.head, gOutput: c.out, objective: c.loss },
    { fused },
  );
}

async function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  const [x, y] = await Promise.all([a.data(), b.data()]);
  let worst = 0;
  for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i] - y[i]));
  return worst;
}

export async function frameCheck(c: FrameCheckCase): Promise<FrameCheckResult> {
  const [xDim, zDim] = c.dims;
  const z = tf.randomUniform([c.rows, zDim], -1, 1, 'float32', 8) as Tensor2D;
  const x = tf.randomNormal([c.rows, xDim], 0, 1.5, 'float32', 9) as Tensor2D;
  const sides = [trainer(c, true), trainer(c, false)];
  const other = network(c, 'G-other', [zDim, ...c.layers, xDim], 33);
  const outs: tf.Tensor[][] = [];
  const kernels: number[] = [];
  for (const t of sides) {
    const o: tf.Tensor[] = [];
    kernels.push(countKernels(() => {
      o.push(t.generate(z), t.discriminate(x), t.generatorPush(x), t.generate(z, other));
    }) ?? NaN);
    outs.push(o);
  }
  const [f, p] = outs;
  const pushValues = await p[2].data();
  const result: FrameCheckResult = {
    generate: await maxAbsDiff(f[0], p[0]),
    discriminate: await maxAbsDiff(f[1], p[1]),
    push: await maxAbsDiff(f[2], p[2]),
    generateOther: await maxAbsDiff(f[3], p[3]),
    otherMoved: await maxAbsDiff(f[3], f[0]),
    pushScale: Math.max(...Array.from(pushValues, Math.abs)),
    kernels: { fused: kernels[0], plain: kernels[1] },
  };
  for (const t of sides) {
    t.pair.d.dispose();
    t.pair.g.dispose();
    t.dispose();
  }
  other.dispose();
  tf.dispose([z, x, ...f, ...p]);
  return result;
}
