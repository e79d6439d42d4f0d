// The parity suite, generated from the registries: for every objective × optimizer × hidden activation × D head
// (where the objective reads a head), the fast path's D and G updates (hand-written back-propagation on packed
// parameters, core/fastGan.ts) equal plain autodiff (core/gan.ts: tf.variableGrads through optimizer.minimize on
// the objective's own tensor loss, one variable per weight and bias, then WGAN's weight clipping where the objective
// has it), parameters and losses, over two rounds. An objective the fast paths lack (WGAN-GP: "autodiff only") is
// routed by the trainer to the autodiff path on packed parameters, and checked here against the same oracle on
// per-layer variables (its gradient penalty against finite differences in core/objectives/wgangp.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf, type Tensor2D } from './tf';
import { Mlp, type MlpSpec } from './mlp';
import { PackedMlp } from './packedMlp';
import { OPTIMIZERS, ParameterOptimizer, type OptimizerConfig, type OptimizerKind } from './optimizers';
import { discriminatorUpdate, generatorUpdate, type GanPair } from './gan';
import { FastGanTrainer } from './fastGan';
import type { GeneratorOutput } from './generatorOutput';
import { ACTIVATIONS, type Activation } from './activations';
import type { DiscriminatorHead } from './losses';
import { OBJECTIVES, objective, type ObjectiveId } from './objectives';

beforeAll(useCpuBackend);

interface Case {
  objective: ObjectiveId;
  optimizer: OptimizerKind;
  hidden: Activation;
  head: DiscriminatorHead;
  out: GeneratorOutput;
  realLabel: number;
  dims: [number, number];
}

const HEADS: readonly DiscriminatorHead[] = ['sigmoid', 'tanhClip'];
const OUTPUTS: readonly GeneratorOutput[] = ['linear', 'tanh5', 'sigmoid'];
const DIMS: readonly [number, number][] = [[1, 1], [2, 2], [6, 3], [2, 3]];

/** Every objective × optimizer × activation × head; G's output, the data dims and the real label rotate along. */
function generatedCases(): Case[] {
  const cases: Case[] = [];
  for (const obj of OBJECTIVES) {
    const heads = obj.output === 'probability' ? HEADS : HEADS.slice(0, 1);
    for (const optimizer of OPTIMIZERS) {
      for (const hidden of ACTIVATIONS) {
        for (const head of heads) {
          const n = cases.length;
          cases.push({
            objective: obj.id, optimizer, hidden, head,
            out: OUTPUTS[n % OUTPUTS.length],
            dims: DIMS[n % DIMS.length],
            realLabel: n % 3 === 2 ? 0.9 : 1,
          });
        }
      }
    }
  }
  return cases;
}

function config(kind: OptimizerKind): OptimizerConfig {
  // plain SGD and momentum need larger steps than Adam for the weights to move visibly in two updates
  const learningRate = { sgd: 0.3, momentum: 0.1, adam: 0.01, rmsprop: 0.01 }[kind];
  return { kind, learningRate, momentum: 0.9, beta1: 0.5, beta2: 0.999, epsilon: 1e-8, rho: 0.9 };
}

function specs(c: Case, seed: number): { g: MlpSpec; d: MlpSpec } {
  const [xDim, zDim] = c.dims;
  return {
    g: { sizes: [zDim, 7, 5, xDim], hidden: c.hidden, initializer: 'glorot', seed, name: 'G' },
    d: { sizes: [xDim, 6, 4, 1], hidden: c.hidden, initializer: 'glorot', seed: seed + 1, name: 'D' },
  };
}

function batches(c: Case, seed: number): { x: Tensor2D; z1: Tensor2D; z2: Tensor2D } {
  const [xDim, zDim] = c.dims;
  return {
    x: tf.tidy(() => (c.out === 'sigmoid' ? tf.randomUniform([16, xDim], 0, 1, 'float32', seed) : tf.randomNormal([16, xDim], 1, 1, 'float32', seed))) as Tensor2D,
    z1: tf.randomUniform([16, zDim], -1, 1, 'float32', seed + 1) as Tensor2D,
    z2: tf.randomUniform([16, zDim], -1, 1, 'float32', seed + 2) as Tensor2D,
  };
}

/** Packs per-layer variables of a plain Mlp into PackedMlp's layout ([W row-major, b] per layer). */
function packedValues(m: Mlp): Float32Array {
  const packed = tf.tidy(() => tf.concat(m.variables.map((v) => tf.reshape(v, [-1]))));
  const values = packed.dataSync() as Float32Array;
  packed.dispose();
  return values;
}

/**
 * For a clipped-tanh head, D's last bias starts at 0.5 in both networks: glorot weights put many logits below the
 * clip's 0.01, where no gradient passes, and a D that does not move would make the comparison empty.
 */
function liftClippedHead(c: Case, plain: Mlp | null, fast: PackedMlp): void {
  if (c.head !== 'tanhClip') return;
  plain?.variables[plain.variables.length - 1].assign(tf.fill([1], 0.5));
  const theta = fast.theta;
  theta.assign(tf.tidy(() => tf.concat([tf.slice(theta, [0], [fast.size - 1]), tf.fill([1], 0.5)])));
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

/** maxDiff relative to the largest |b| when that exceeds 1 (SGD at η = 0.3 can grow weights well past 1). */
function relDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 1;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  return maxDiff(a, b) / scale;
}

// Tolerances: parameters 1e-5 (absolute for weights of O(1); the paths differ only in float32 summation order);
// losses 1e-5 relative to their size. The updates must have moved D's weights by far more (> 3e-4, 30× the
// tolerance).
const TOL = 1e-5;
// The critic's clip bound for objectives with weight clipping (WGAN): glorot weights of these layers reach ~0.9, so
// at 0.5 some parameters sit on the bound after an update and the others are free (both checked below).
const CLIP = 0.5;

/** For a weight-clipping objective: every D parameter lies in [−c, c], some on the bound and some inside it. */
function expectClipped(theta: ArrayLike<number>): void {
  const abs = Array.from(theta, Math.abs);
  expect(Math.max(...abs)).toBeLessThanOrEqual(CLIP);
  expect(abs.some((a) => a === CLIP)).toBe(true);
  expect(abs.some((a) => a < CLIP - 1e-3)).toBe(true);
}

describe('fast path (hand-written back-propagation, packed parameters) equals autodiff on the objective', () => {
  for (const c of generatedCases()) {
    it(`${c.objective}, ${c.optimizer}, ${c.hidden} hidden, ${c.head} D, ${c.out} G output, real label ${c.realLabel}`, () => {
      const s = specs(c, 11);
      const { x, z1, z2 } = batches(c, 5);
      const opt = config(c.optimizer);
      const plain: GanPair = { g: new Mlp(s.g), d: new Mlp(s.d), dHead: c.head, gOutput: c.out, objective: c.objective, clip: CLIP };
      const plainD = new ParameterOptimizer(plain.d.variables, opt);
      const plainG = new ParameterOptimizer(plain.g.variables, opt);
      const fast = new FastGanTrainer({ g: new PackedMlp(s.g), d: new PackedMlp(s.d), dHead: c.head, gOutput: c.out, objective: c.objective, clip: CLIP });
      liftClippedHead(c, plain.d as Mlp, fast.pair.d);
      const fastD = new ParameterOptimizer(fast.pair.d.variables, opt);
      const fastG = new ParameterOptimizer(fast.pair.g.variables, opt);
      expect(maxDiff(fast.pair.d.theta.dataSync(), packedValues(plain.d as Mlp))).toBeLessThan(1e-7);

      for (let round = 0; round < 2; round++) {
        const lp = discriminatorUpdate(plain, plainD, x, z1, c.realLabel);
        const lf = fast.discriminatorStep(fastD, x, z1, c.realLabel)!;
        const [dp, df] = [lp.dataSync()[0], lf.dataSync()[0]];
        expect(Number.isFinite(dp)).toBe(true);
        expect(Math.abs(df - dp)).toBeLessThan(TOL * Math.max(1, Math.abs(dp)));
        expect(relDiff(fast.pair.d.theta.dataSync(), packedValues(plain.d as Mlp))).toBeLessThan(TOL);
        if (objective(c.objective).weightClipping) expectClipped(fast.pair.d.theta.dataSync());
        const gp = generatorUpdate(plain, plainG, z2);
        const gf = fast.generatorStep(fastG, z2)!;
        const [vp, vf] = [gp.dataSync()[0], gf.dataSync()[0]];
        expect(Math.abs(vf - vp)).toBeLessThan(TOL * Math.max(1, Math.abs(vp)));
        expect(relDiff(fast.pair.g.theta.dataSync(), packedValues(plain.g as Mlp))).toBeLessThan(TOL);
        tf.dispose([lp, lf, gp, gf]);
      }
      // the parameters really moved (the comparison is not between two untouched networks)
      const init = new PackedMlp(s.d);
      liftClippedHead(c, null, init);
      expect(maxDiff(init.theta.dataSync(), fast.pair.d.theta.dataSync())).toBeGreaterThan(3e-4);
      init.dispose();
      [plain.g, plain.d, fast.pair.g, fast.pair.d].forEach((n) => n.dispose());
      [plainD, plainG, fastD, fastG].forEach((o) => o.dispose());
      fast.dispose();
      tf.dispose([x, z1, z2]);
    });
  }

  it('covers every objective, optimizer, activation and head', () => {
    const cases = generatedCases();
    const probability = OBJECTIVES.filter((o) => o.output === 'probability').length;
    const score = OBJECTIVES.length - probability;
    expect(cases.length).toBe(OPTIMIZERS.length * ACTIVATIONS.length * (2 * probability + score));
    expect(new Set(cases.map((c) => c.objective)).size).toBe(OBJECTIVES.length);
  });

  it('leaves no tensor behind, with or without loss values, whichever objective', () => {
    const c = generatedCases()[0];
    const s = specs(c, 3);
    const fast = new FastGanTrainer({ g: new PackedMlp(s.g), d: new PackedMlp(s.d), dHead: c.head, gOutput: c.out, objective: c.objective });
    const oD = new ParameterOptimizer(fast.pair.d.variables, config('adam'));
    const oG = new ParameterOptimizer(fast.pair.g.variables, config('adam'));
    const { x, z1, z2 } = batches(c, 1);
    expect(fast.paths).toEqual({ d: null, g: null });
    fast.discriminatorStep(oD, x, z1, 1, false);
    // off WebGL every update takes the tensor-op path, and the trainer says so
    expect(fast.paths).toEqual({ d: 'tensor', g: null });
    const before = tf.memory().numTensors;
    for (const obj of OBJECTIVES) {
      fast.pair.objective = obj.id;
      expect(fast.discriminatorStep(oD, x, z1, 1, false)).toBeNull();
      expect(fast.generatorStep(oG, z2, false)).toBeNull();
      fast.discriminatorStep(oD, x, z1, 0.9, true)!.dispose();
      fast.generatorStep(oG, z2, true)!.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    fast.dispose();
    [fast.pair.g, fast.pair.d].forEach((n) => n.dispose());
    [oD, oG].forEach((o) => o.dispose());
    tf.dispose([x, z1, z2]);
  });
});
