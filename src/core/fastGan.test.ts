import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf, type Tensor2D } from './tf';
import { Mlp, type MlpSpec } from './mlp';
import { PackedMlp } from './packedMlp';
import { ParameterOptimizer, type OptimizerConfig } from './optimizers';
import { discriminatorUpdate, generatorUpdate, type GanPair } from './gan';
import { FastGanTrainer } from './fastGan';
import type { GeneratorOutput } from './generatorOutput';
import type { Activation } from './activations';
import type { DiscriminatorHead, GeneratorLoss } from './losses';

beforeAll(useCpuBackend);

const adam: OptimizerConfig = { kind: 'adam', learningRate: 0.01, momentum: 0.9, beta1: 0.5, beta2: 0.999, epsilon: 1e-8 };

interface Case {
  hidden: Activation;
  head: DiscriminatorHead;
  out: GeneratorOutput;
  loss: GeneratorLoss;
  realLabel: number;
  dims: [number, number];
}

const cases: Case[] = [
  { hidden: 'tanh', head: 'sigmoid', out: 'linear', loss: 'nonsaturating', realLabel: 1, dims: [1, 1] },
  { hidden: 'tanh', head: 'tanhClip', out: 'tanh5', loss: 'nonsaturating', realLabel: 1, dims: [1, 1] },
  { hidden: 'tanh', head: 'tanhClip', out: 'tanh5', loss: 'minimax', realLabel: 1, dims: [1, 1] },
  { hidden: 'relu', head: 'sigmoid', out: 'sigmoid', loss: 'nonsaturating', realLabel: 0.9, dims: [6, 3] },
  { hidden: 'leakyRelu', head: 'sigmoid', out: 'linear', loss: 'minimax', realLabel: 1, dims: [2, 2] },
  { hidden: 'sigmoid', head: 'sigmoid', out: 'linear', loss: 'nonsaturating', realLabel: 1, dims: [2, 3] },
];

function specs(c: Case, seed: number): { g: MlpSpec; d: MlpSpec } {
  const [xDim, zDim] = c.dims;
  return {
    g: { sizes: [zDim, 7, 5, xDim], hidden: c.hidden, initializer: 'glorot', seed, name: 'G' },
    d: { sizes: [xDim, 6, 4, 1], hidden: c.hidden, initializer: 'glorot', seed: seed + 1, name: 'D' },
  };
}

function batches(c: Case, seed: number): { x: Tensor2D; z1: Tensor2D; z2: Tensor2D } {
  const [xDim, zDim] = c.dims;
  const scale = c.out === 'sigmoid' ? 0 : 1;
  return {
    x: tf.tidy(() => (c.out === 'sigmoid' ? tf.randomUniform([16, xDim], 0, 1, 'float32', seed) : tf.randomNormal([16, xDim], scale, 1, 'float32', seed))) as Tensor2D,
    z1: tf.randomUniform([16, zDim], -1, 1, 'float32', seed + 1) as Tensor2D,
    z2: tf.randomUniform([16, zDim], -1, 1, 'float32', seed + 2) as Tensor2D,
  };
}

/** Packs per-layer variables of a plain Mlp into PackedMlp's layout ([W row-major, b] per layer). */
function packedValues(m: Mlp): Float32Array {
  return tf.tidy(() => tf.concat(m.variables.map((v) => tf.reshape(v, [-1])))).dataSync() as Float32Array;
}

function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-5): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  expect(worst).toBeLessThan(tol);
}

describe('fast path (hand-written back-propagation, packed parameters) equals the plain formulation', () => {
  for (const c of cases) {
    it(`${c.hidden} hidden, ${c.head} D, ${c.out} G output, ${c.loss}, real label ${c.realLabel}`, () => {
      const s = specs(c, 11);
      const { x, z1, z2 } = batches(c, 5);
      // plain reference: one tf.Variable per weight and bias, autodiff (tf.variableGrads), per-variable Adam
      const plain: GanPair = { g: new Mlp(s.g), d: new Mlp(s.d), dHead: c.head, gOutput: c.out };
      const plainD = new ParameterOptimizer(plain.d.variables, adam);
      const plainG = new ParameterOptimizer(plain.g.variables, adam);
      // fast path
      const fast = new FastGanTrainer({ g: new PackedMlp(s.g), d: new PackedMlp(s.d), dHead: c.head, gOutput: c.out });
      const fastD = new ParameterOptimizer(fast.pair.d.variables, adam);
      const fastG = new ParameterOptimizer(fast.pair.g.variables, adam);
      expectClose(fast.pair.d.theta.dataSync(), packedValues(plain.d as Mlp), 1e-7);

      for (let round = 0; round < 2; round++) {
        const lp = discriminatorUpdate(plain, plainD, x, z1, c.realLabel);
        const lf = fast.discriminatorStep(fastD, x, z1, c.realLabel)!;
        expect(lf.dataSync()[0]).toBeCloseTo(lp.dataSync()[0], 5);
        expectClose(fast.pair.d.theta.dataSync(), packedValues(plain.d as Mlp));
        const gp = generatorUpdate(plain, plainG, z2, c.loss);
        const gf = fast.generatorStep(fastG, z2, c.loss)!;
        expect(gf.dataSync()[0]).toBeCloseTo(gp.dataSync()[0], 5);
        expectClose(fast.pair.g.theta.dataSync(), packedValues(plain.g as Mlp));
        tf.dispose([lp, lf, gp, gf]);
      }
      // the parameters really moved (the comparison is not between two untouched networks)
      const init = new PackedMlp(s.d);
      let moved = 0;
      const a = init.theta.dataSync();
      const b = fast.pair.d.theta.dataSync();
      for (let i = 0; i < a.length; i++) moved = Math.max(moved, Math.abs(a[i] - b[i]));
      expect(moved).toBeGreaterThan(1e-3);
      init.dispose();
      [plain.g, plain.d, fast.pair.g, fast.pair.d].forEach((n) => n.dispose());
      [plainD, plainG, fastD, fastG].forEach((o) => o.dispose());
      fast.dispose();
      tf.dispose([x, z1, z2]);
    });
  }

  it('leaves no tensor behind, with or without loss values', () => {
    const c = cases[0];
    const s = specs(c, 3);
    const fast = new FastGanTrainer({ g: new PackedMlp(s.g), d: new PackedMlp(s.d), dHead: c.head, gOutput: c.out });
    const oD = new ParameterOptimizer(fast.pair.d.variables, adam);
    const oG = new ParameterOptimizer(fast.pair.g.variables, adam);
    const { x, z1, z2 } = batches(c, 1);
    fast.discriminatorStep(oD, x, z1, 1, false);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      expect(fast.discriminatorStep(oD, x, z1, 1, false)).toBeNull();
      expect(fast.generatorStep(oG, z2, 'nonsaturating', false)).toBeNull();
      fast.discriminatorStep(oD, x, z1, 1, true)!.dispose();
      fast.generatorStep(oG, z2, 'minimax', true)!.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    fast.dispose();
    [fast.pair.g, fast.pair.d].forEach((n) => n.dispose());
    [oD, oG].forEach((o) => o.dispose());
    tf.dispose([x, z1, z2]);
  });
});
