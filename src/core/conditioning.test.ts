// A conditional GAN's updates (Mirza & Osindero 2014): every path must feed the label c after G's z and after D's x.
// The oracle below writes the concatenation out by hand (no core/conditioning.ts) and trains by tf.variableGrads;
// the tensor-op fast path (hand-written back-propagation) and the autodiff path (core/gan.ts) must match it.
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf, type Scalar, type Tensor2D } from './tf';
import { Mlp, type MlpSpec } from './mlp';
import { PackedMlp } from './packedMlp';
import { ParameterOptimizer, type OptimizerConfig } from './optimizers';
import { discriminatorUpdate, generatorUpdate, type GanPair } from './gan';
import { FastGanTrainer } from './fastGan';
import { objective } from './objectives';
import { oneHotRows, withCondition } from './conditioning';

beforeAll(useCpuBackend);

const [X, Z, C, B] = [4, 3, 4, 16];
const OPT: OptimizerConfig = { kind: 'adam', learningRate: 0.01, momentum: 0.9, beta1: 0.5, beta2: 0.999, epsilon: 1e-8, rho: 0.9 };
const spec = (sizes: number[], seed: number, name: string): MlpSpec => ({ sizes, hidden: 'leakyRelu', initializer: 'glorot', seed, name });
const G_SPEC = spec([Z + C, 7, X], 21, 'G');
const D_SPEC = spec([X + C, 6, 1], 22, 'D');

function packedValues(m: Mlp): Float32Array {
  const t = tf.tidy(() => tf.concat(m.variables.map((v) => tf.reshape(v, [-1]))));
  const values = t.dataSync() as Float32Array;
  t.dispose();
  return values;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

/** The oracle's updates: the layout [z | c], [x | c] written out with tf.concat, the non-saturating objective. */
function oracleD(pair: GanPair, opt: ParameterOptimizer, x: Tensor2D, z: Tensor2D, c: Tensor2D): Scalar {
  const { discriminatorLoss } = objective(pair.objective);
  const fake = tf.tidy(() => tf.sigmoid(pair.g.apply(tf.concat([z, c], 1))) as Tensor2D);
  const loss = opt.minimize(() => discriminatorLoss(pair.d.apply(tf.concat([x, c], 1)), pair.d.apply(tf.concat([fake, c], 1)), pair.dHead, 1));
  fake.dispose();
  return loss;
}

function oracleG(pair: GanPair, opt: ParameterOptimizer, z: Tensor2D, c: Tensor2D): Scalar {
  const { generatorLoss } = objective(pair.objective);
  return opt.minimize(() => generatorLoss(pair.d.apply(tf.concat([tf.sigmoid(pair.g.apply(tf.concat([z, c], 1))), c], 1)), pair.dHead));
}

describe('conditioning by concatenation', () => {
  it('withCondition puts the label columns after the data; oneHotRows pads with zero columns', () => {
    const c = oneHotRows(tf.tensor1d([2, 0], 'int32'), 4);
    expect(c.shape).toEqual([2, 4]);
    expect(Array.from(c.dataSync())).toEqual([0, 0, 1, 0, 1, 0, 0, 0]);
    const joined = withCondition(tf.tensor2d([[7, 8], [9, 10]]), c);
    expect(joined.shape).toEqual([2, 6]);
    expect(Array.from(joined.dataSync())).toEqual([7, 8, 0, 0, 1, 0, 9, 10, 1, 0, 0, 0]);
    const x = tf.tensor2d([[1]]);
    expect(withCondition(x, null)).toBe(x);
    tf.dispose([c, joined, x]);
  });

  it('the tensor-op fast path and the autodiff path both train [z | c] → G and [x | c] → D exactly as the oracle', () => {
    const x = tf.randomUniform([B, X], 0, 1, 'float32', 1) as Tensor2D;
    const z1 = tf.randomUniform([B, Z], -1, 1, 'float32', 2) as Tensor2D;
    const z2 = tf.randomUniform([B, Z], -1, 1, 'float32', 3) as Tensor2D;
    const c1 = oneHotRows(tf.tensor1d(Array.from({ length: B }, (_, i) => i % 3), 'int32'), C);
    const c2 = oneHotRows(tf.tensor1d(Array.from({ length: B }, (_, i) => (i + 1) % 3), 'int32'), C);
    const oracle: GanPair = { g: new Mlp(G_SPEC), d: new Mlp(D_SPEC), dHead: 'sigmoid', gOutput: 'sigmoid', objective: 'nonsaturating' };
    const [oD, oG] = [new ParameterOptimizer(oracle.d.variables, OPT), new ParameterOptimizer(oracle.g.variables, OPT)];
    const trainers = [true, false].map((fastPath) => {
      const pair = { g: new PackedMlp(G_SPEC), d: new PackedMlp(D_SPEC), dHead: 'sigmoid', gOutput: 'sigmoid', objective: 'nonsaturating' } as const;
      const trainer = new FastGanTrainer({ ...pair });
      return { fastPath, trainer, optD: new ParameterOptimizer(trainer.pair.d.variables, OPT), optG: new ParameterOptimizer(trainer.pair.g.variables, OPT) };
    });
    let before = 0;
    for (let round = 0; round < 3; round++) {
      if (round === 1) before = tf.memory().numTensors; // after the first round's one-time allocations
      const lo = oracleD(oracle, oD, x, z1, c1);
      const go = oracleG(oracle, oG, z2, c2);
      for (const t of trainers) {
        const ld = t.fastPath ? t.trainer.discriminatorStep(t.optD, x, z1, 1, true, 0, c1)! : discriminatorUpdate(t.trainer.pair, t.optD, x, z1, 1, 0, c1);
        const lg = t.fastPath ? t.trainer.generatorStep(t.optG, z2, true, c2)! : generatorUpdate(t.trainer.pair, t.optG, z2, c2);
        expect(Math.abs(ld.dataSync()[0] - lo.dataSync()[0])).toBeLessThan(1e-5);
        expect(Math.abs(lg.dataSync()[0] - go.dataSync()[0])).toBeLessThan(1e-5);
        expect(maxDiff(t.trainer.pair.d.theta.dataSync(), packedValues(oracle.d as Mlp))).toBeLessThan(1e-5);
        expect(maxDiff(t.trainer.pair.g.theta.dataSync(), packedValues(oracle.g as Mlp))).toBeLessThan(1e-5);
        tf.dispose([ld, lg]);
      }
      tf.dispose([lo, go]);
    }
    // the conditional updates took the tensor-op path (off WebGL) and left no tensor behind
    expect(trainers[0].trainer.paths).toMatchObject({ d: 'tensor', g: 'tensor' });
    expect(tf.memory().numTensors).toBe(before);
    // and the label mattered: G draws different samples for different labels from the same z
    const [a, b] = tf.tidy(() => {
      const g = trainers[0].trainer.pair.g;
      return [g.apply(withCondition(z1, c1)), g.apply(withCondition(z1, c2))];
    });
    expect(maxDiff(a.dataSync(), b.dataSync())).toBeGreaterThan(1e-3);
    tf.dispose([a, b, x, z1, z2, c1, c2]);
    for (const t of trainers) {
      [t.trainer.pair.g, t.trainer.pair.d].forEach((n) => n.dispose());
      [t.optD, t.optG].forEach((o) => o.dispose());
      t.trainer.dispose();
    }
    [oracle.g, oracle.d].forEach((n) => n.dispose());
    [oD, oG].forEach((o) => o.dispose());
  });
});
