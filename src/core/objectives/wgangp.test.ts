// WGAN-GP's gradient penalty (core/objectives/wgangp.ts): its value against a closed form, its parameter gradient
// (tfjs differentiating the explicit input gradient once) against central finite differences for every hidden
// activation, and the path chooser sending it to autodiff.
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf, type Scalar, type Tensor2D } from '../tf';
import { PackedMlp } from '../packedMlp';
import { Mlp } from '../mlp';
import { ACTIVATIONS } from '../activations';
import { FastGanTrainer } from '../fastGan';
import { ParameterOptimizer, DEFAULT_OPTIMIZER } from '../optimizers';
import { discriminatorUpdate, type GanPair } from '../gan';
import { fastPathGap, objective } from '.';
import { gradientPenalty, inputGradient } from './wgangp';

beforeAll(useCpuBackend);

const spec = (hidden: (typeof ACTIVATIONS)[number], sizes = [2, 6, 4, 1]) =>
  ({ sizes, hidden, initializer: 'glorot' as const, seed: 3, name: 'D' });

describe('WGAN-GP gradient penalty', () => {
  it('equals λ(‖w‖ − 1)² for a linear critic D(x) = w·x + b, whatever the interpolates', () => {
    const d = new Mlp(spec('linear', [3, 1]));
    d.weights[0].assign(tf.tensor2d([[0.3], [-1.2], [0.4]]));
    const norm = Math.hypot(0.3, -1.2, 0.4);
    const x = tf.randomNormal([16, 3], 0, 1, 'float32', 1) as Tensor2D;
    const fake = tf.randomNormal([16, 3], 2, 1, 'float32', 2) as Tensor2D;
    const eps = tf.randomUniform([16, 1], 0, 1, 'float32', 3) as Tensor2D;
    const p = gradientPenalty(d, x, fake, eps, 10);
    expect(p.dataSync()[0]).toBeCloseTo(10 * (norm - 1) ** 2, 5);
    tf.dispose([x, fake, eps, p]);
    d.dispose();
  });

  it('the input gradient is each row’s own ∂D/∂x (central differences, tanh D)', () => {
    const d = new PackedMlp(spec('tanh'));
    const x = tf.randomNormal([5, 2], 0, 1, 'float32', 4) as Tensor2D;
    const g = tf.tidy(() => inputGradient(d, x)).arraySync() as number[][];
    const rows = x.arraySync() as number[][];
    const h = 1e-2;
    for (let r = 0; r < 5; r++) {
      for (let j = 0; j < 2; j++) {
        const at = (delta: number) => {
          const p = rows[r].slice();
          p[j] += delta;
          return tf.tidy(() => d.apply(tf.tensor2d([p])).dataSync()[0]);
        };
        expect(Math.abs((at(h) - at(-h)) / (2 * h) - g[r][j])).toBeLessThan(2e-4);
      }
    }
    x.dispose();
    d.dispose();
  });

  for (const act of ACTIVATIONS) {
    it(`its gradient in D's parameters matches central differences (${act} hidden)`, () => {
      const d = new PackedMlp(spec(act));
      const x = tf.randomNormal([8, 2], 0, 1, 'float32', 4) as Tensor2D;
      const fake = tf.randomNormal([8, 2], 1, 1, 'float32', 5) as Tensor2D;
      const eps = tf.randomUniform([8, 1], 0, 1, 'float32', 6) as Tensor2D;
      const f = () => gradientPenalty(d, x, fake, eps, 10);
      const before = tf.memory().numTensors;
      const { value, grads } = tf.variableGrads(f as () => Scalar, d.variables);
      const analytic = grads[d.theta.name].dataSync();
      tf.dispose([value, ...Object.values(grads)]);
      expect(tf.memory().numTensors).toBe(before);
      const theta = d.theta.dataSync().slice();
      const h = 2e-3;
      let worst = 0;
      let largest = 0;
      let checked = 0;
      const f0 = tf.tidy(() => f().dataSync()[0]);
      for (let i = 0; i < theta.length; i += 3) {
        const at = (delta: number) => {
          const p = theta.slice();
          p[i] += delta;
          d.theta.assign(tf.tensor1d(p));
          return tf.tidy(() => f().dataSync()[0]);
        };
        const [up, down] = [at(h), at(-h)];
        // a (leaky) ReLU unit switching within ±h makes the input gradient jump: the one-sided slopes disagree there
        const kink = Math.abs((up - f0) / h - (f0 - down) / h) > 0.05 * Math.max(1, Math.abs(analytic[i]));
        if (kink) continue;
        checked++;
        worst = Math.max(worst, Math.abs((up - down) / (2 * h) - analytic[i]));
        largest = Math.max(largest, Math.abs(analytic[i]));
      }
      expect(checked).toBeGreaterThan(theta.length / 6);
      d.theta.assign(tf.tensor1d(theta));
      // float32 central differences with h = 2e-3: agreement to ~1e-3 of the largest component (kinks skipped)
      expect(largest).toBeGreaterThan(1e-3);
      expect(worst).toBeLessThan(2e-3 * Math.max(1, largest * 10));
      tf.dispose([x, fake, eps]);
      d.dispose();
    });
  }

  it('is autodiff only: the path chooser routes both updates to autodiff and says why', () => {
    expect(fastPathGap(objective('wgangp'))).toMatch(/gradient penalty/);
    expect(fastPathGap(objective('wgan'))).toBeNull();
    const g = new PackedMlp({ ...spec('leakyRelu', [2, 5, 2]), name: 'G' });
    const d = new PackedMlp(spec('leakyRelu'));
    const trainer = new FastGanTrainer({ g, d, dHead: 'sigmoid', gOutput: 'linear', objective: 'wgangp' });
    const oD = new ParameterOptimizer(d.variables, DEFAULT_OPTIMIZER);
    const oG = new ParameterOptimizer(g.variables, DEFAULT_OPTIMIZER);
    const x = tf.randomNormal([8, 2], 0, 1, 'float32', 1) as Tensor2D;
    const z = tf.randomNormal([8, 2], 0, 1, 'float32', 2) as Tensor2D;
    trainer.discriminatorStep(oD, x, z, 1, false, 7);
    trainer.generatorStep(oG, z, false);
    expect(trainer.paths.d).toBe('autodiff');
    expect(trainer.paths.g).toBe('autodiff');
    expect(trainer.paths.reason).toMatch(/wgangp/);
    const before = tf.memory().numTensors;
    trainer.discriminatorStep(oD, x, z, 1, true, 8)!.dispose();
    trainer.generatorStep(oG, z, true)!.dispose();
    expect(trainer.discriminatorStep(oD, x, z, 1, false, 9)).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
    // the 2-D arrows (−∂(n·L_G)/∂x per point) by autodiff equal WGAN's fast-path ones: the two share L_G = −E[D(G(z))]
    const pushGp = trainer.generatorPush(x);
    trainer.pair.objective = 'wgan';
    const pushW = trainer.generatorPush(x);
    const [a, b] = [pushGp.dataSync(), pushW.dataSync()];
    expect(a.length).toBe(16);
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 5);
    expect(Math.max(...Array.from(a, Math.abs))).toBeGreaterThan(1e-3);
    tf.dispose([pushGp, pushW]);
    trainer.discriminatorStep(oD, x, z, 1, false);
    expect(trainer.paths.d).toBe('tensor');
    expect(trainer.paths.reason).toBeUndefined();
    tf.dispose([x, z]);
    [g, d, oD, oG, trainer].forEach((o) => o.dispose());
  });

  // The failure story behind the 1-D figures (README): in one dimension ‖∇D‖ = |D′|, so the two-sided penalty
  // λ(|D′| − 1)² is a wall at slope 0 between a critic that ranks real above fake (slope −1 here) and one that ranks
  // them backwards (+1). For a linear critic, L(s) = W1·s + λ(|s| − 1)² has a local minimum at s = 1 − W1/(2λ) > 0.
  // Measured (seed below, real N(−1, 1), fakes all at 3, so W1 = 4; Adam 1e-3, β 0.5/0.9, batch 64): a tanh critic
  // that starts with a positive slope stays there (L_D +3.62 at 600 updates, +3.70 at 900, +3.47 at 1,500, where
  // the right critic gives ≈ −4); a leaky-ReLU critic crosses over (L_D −0.38 at 600, −4.41 at 900).
  it('in 1-D a tanh critic that starts with the wrong slope stays trapped behind the penalty', () => {
    const g = new PackedMlp({ sizes: [1, 1], hidden: 'linear', initializer: 'glorot', seed: 1, name: 'G' });
    g.theta.assign(tf.tensor1d([0, 3])); // G(z) = 3
    const d = new PackedMlp({ sizes: [1, 16, 16, 1], hidden: 'tanh', initializer: 'glorot', seed: 2, name: 'D' });
    const pair: GanPair = { g, d, dHead: 'sigmoid', gOutput: 'linear', objective: 'wgangp', gpWeight: 10 };
    const opt = new ParameterOptimizer(d.variables, { ...DEFAULT_OPTIMIZER, learningRate: 1e-3, beta1: 0.5, beta2: 0.9 });
    let last = NaN;
    for (let i = 0; i < 300; i++) {
      const x = tf.randomNormal([64, 1], -1, 1, 'float32', i) as Tensor2D;
      const z = tf.randomNormal([64, 1], 0, 1, 'float32', 10000 + i) as Tensor2D;
      const l = discriminatorUpdate(pair, opt, x, z, 1, 20000 + i);
      if (i === 299) last = l.dataSync()[0];
      tf.dispose([x, z, l]);
    }
    const [atReal, atFake] = tf.tidy(() => Array.from(d.apply(tf.tensor2d([[-1], [3]])).dataSync()));
    // ranks the fakes above the data: the Wasserstein term is positive, L_D far above −W1 = −4
    expect(atFake).toBeGreaterThan(atReal + 2);
    expect(last).toBeGreaterThan(2);
    [g, d, opt].forEach((o) => o.dispose());
  });
});
