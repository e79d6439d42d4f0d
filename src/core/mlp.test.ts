import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf } from './tf';
import { INITIALIZERS, Mlp, initialWeights, type MlpSpec } from './mlp';
import { ACTIVATIONS, LEAKY_ALPHA, type Activation } from './activations';

beforeAll(useCpuBackend);

const spec = (over: Partial<MlpSpec> = {}): MlpSpec => ({
  sizes: [1, 6, 5, 1], hidden: 'tanh', initializer: 'glorot', seed: 7, name: 'test', ...over,
});

const ACT: Record<Activation, (x: number) => number> = {
  tanh: Math.tanh,
  relu: (x) => Math.max(0, x),
  leakyRelu: (x) => (x >= 0 ? x : 0.2 * x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  linear: (x) => x,
};

/** y = x·W + b for row vectors, in plain JS. */
function dense(x: number[][], w: number[][], b: number[]): number[][] {
  return x.map((row) => b.map((bj, j) => row.reduce((s, xi, i) => s + xi * w[i][j], bj)));
}

const values = (t: tf.Tensor): number[] => Array.from(t.dataSync());
const meanOf = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const sdOf = (a: number[]): number => {
  const m = meanOf(a);
  return Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / (a.length - 1));
};

describe('Mlp shapes', () => {
  it('[1, 6, 5, 1]: weights [1,6] [6,5] [5,1], biases [6] [5] [1] starting at 0, output [n, 1]', () => {
    const m = new Mlp(spec());
    expect(m.weights.map((w) => w.shape)).toEqual([[1, 6], [6, 5], [5, 1]]);
    expect(m.biases.map((b) => b.shape)).toEqual([[6], [5], [1]]);
    for (const b of m.biases) expect(values(b).every((v) => v === 0)).toBe(true);
    expect(m.variables).toHaveLength(6);
    expect(m.variables[0]).toBe(m.weights[0]);
    expect(m.variables[1]).toBe(m.biases[0]);
    expect(m.variables[5]).toBe(m.biases[2]);
    for (const v of m.variables) expect(v.trainable).toBe(true);
    // unique variable names, so two networks with the same name can coexist
    const other = new Mlp(spec());
    const names = new Set([...m.variables, ...other.variables].map((v) => v.name));
    expect(names.size).toBe(12);
    const x = tf.zeros([13, 1]) as tf.Tensor2D;
    const y = m.apply(x);
    expect(y.shape).toEqual([13, 1]);
    tf.dispose([x, y]);
    m.dispose();
    other.dispose();
  });

  it('rejects fewer than two sizes', () => {
    expect(() => new Mlp(spec({ sizes: [3] }))).toThrow();
  });

  it('[4, 3] (no hidden layer) is a single linear layer', () => {
    const m = new Mlp(spec({ sizes: [4, 3], hidden: 'relu' }));
    const w = tf.tensor2d([[1, -1, 0], [2, 0, -3], [0, 1, 1], [-1, -2, 0.5]]);
    const b = tf.tensor1d([0.1, -0.2, 0.3]);
    m.weights[0].assign(w);
    m.biases[0].assign(b);
    const x = tf.tensor2d([[1, 2, 3, 4]]);
    const y = m.apply(x);
    // x·W + b = [1+4+0−4, −1+0+3−8, 0−6+3+2] + b = [1.1, −6.2, −0.7]; no activation even though hidden = relu
    values(y).forEach((v, i) => expect(v).toBeCloseTo([1.1, -6.2, -0.7][i], 5));
    tf.dispose([x, y, w, b]);
    m.dispose();
  });
});

describe('Mlp forward pass on a hand-set network [2, 3, 2, 1]', () => {
  const W0 = [[0.5, -1.0, 0.3], [1.5, 0.2, -0.7]];
  const b0 = [0.1, -0.2, 0.05];
  const W1 = [[1.0, -0.5], [-2.0, 0.4], [0.7, 1.1]];
  const b1 = [-0.3, 0.2];
  const W2 = [[1.5], [-2.5]];
  const b2 = [-0.4];
  const X = [[1, -2], [0.5, 0.3], [-1.2, 0.8], [0, 0]];

  function handForward(act: (v: number) => number): number[] {
    const h1 = dense(X, W0, b0).map((r) => r.map(act));
    const h2 = dense(h1, W1, b1).map((r) => r.map(act));
    return dense(h2, W2, b2).map((r) => r[0]); // output layer linear
  }

  for (const hidden of ACTIVATIONS) {
    it(`${hidden} hidden, linear output`, () => {
      const m = new Mlp(spec({ sizes: [2, 3, 2, 1], hidden }));
      const ws = [W0, W1, W2];
      const bs = [b0, b1, b2];
      ws.forEach((w, i) => {
        const t = tf.tensor2d(w);
        m.weights[i].assign(t);
        t.dispose();
      });
      bs.forEach((b, i) => {
        const t = tf.tensor1d(b);
        m.biases[i].assign(t);
        t.dispose();
      });
      const x = tf.tensor2d(X);
      const y = m.apply(x);
      expect(y.shape).toEqual([4, 1]);
      const expected = handForward(ACT[hidden]);
      values(y).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
      tf.dispose([x, y]);
      m.dispose();
    });
  }

  it('the hand network really distinguishes the activations (some pre-activations are negative, outputs differ)', () => {
    const outs = ACTIVATIONS.map((a) => handForward(ACT[a]));
    for (let i = 0; i < outs.length; i++) {
      for (let j = i + 1; j < outs.length; j++) {
        expect(outs[i].some((v, k) => Math.abs(v - outs[j][k]) > 1e-2)).toBe(true);
      }
    }
    // and the linear output can be negative (no activation on the last layer)
    expect(handForward(ACT.relu).some((v) => v < 0)).toBe(true);
  });

  it('leaky ReLU uses slope 0.2', () => {
    expect(LEAKY_ALPHA).toBe(0.2);
  });
});

describe('Mlp gradients', () => {
  it('d/dW of sum(relu(x·W)·1) is Σ_rows xᵀ·1[pre > 0] (through the fused relu)', () => {
    const m = new Mlp(spec({ sizes: [2, 2, 1], hidden: 'relu' }));
    const w0 = tf.tensor2d([[1, -1], [2, 0.5]]);
    const w1 = tf.tensor2d([[1], [1]]);
    m.weights[0].assign(w0);
    m.weights[1].assign(w1);
    const x = tf.tensor2d([[2, 1], [-1, 2]]);
    // pre-activations (no zeros, so relu'(0) conventions do not matter):
    //   row [2, 1]  → [4, −1.5]  → unit 0 active
    //   row [−1, 2] → [3, 2]     → both active
    // dL/dW0[i][j] = Σ_rows x[i]·1[pre_j > 0]·W1[j] = [[2 − 1, −1], [1 + 2, 2]]
    const { grads } = tf.variableGrads(() => tf.sum(m.apply(x)) as tf.Scalar, [m.weights[0]]);
    const g = values(grads[m.weights[0].name]);
    expect(g).toEqual([1, -1, 3, 2]);
    tf.dispose([x, w0, w1, ...Object.values(grads)]);
    m.dispose();
  });
});

describe('initialWeights statistics', () => {
  it("'he': N(0, √(2/fan_in)) for a 784×128 layer", () => {
    const w = initialWeights(784, 128, 'he', 1);
    expect(w.shape).toEqual([784, 128]);
    const v = values(w);
    w.dispose();
    const target = Math.sqrt(2 / 784);
    expect(Math.abs(sdOf(v) / target - 1)).toBeLessThan(0.02);
    expect(Math.abs(meanOf(v))).toBeLessThan(0.02 * target); // sd of the mean ≈ 0.003·target
    // normal, not uniform: ~4.55% of draws beyond 2 sd
    const beyond = v.filter((z) => Math.abs(z) > 2 * target).length / v.length;
    expect(Math.abs(beyond - 0.0455)).toBeLessThan(0.005);
  });

  it("'glorot': U(±√(6/(in+out))), filling the interval (sd = limit/√3)", () => {
    const w = initialWeights(784, 128, 'glorot', 2);
    const v = values(w);
    w.dispose();
    const limit = Math.sqrt(6 / (784 + 128));
    let outside = 0;
    for (const z of v) if (z < -limit || z > limit) outside++;
    expect(outside).toBe(0);
    expect(Math.max(...v)).toBeGreaterThan(0.99 * limit);
    expect(Math.min(...v)).toBeLessThan(-0.99 * limit);
    expect(Math.abs(sdOf(v) / (limit / Math.sqrt(3)) - 1)).toBeLessThan(0.02);
    expect(Math.abs(meanOf(v))).toBeLessThan(0.01 * limit);
  });

  it("'normal': N(0, 1)", () => {
    const w = initialWeights(200, 100, 'normal', 3);
    const v = values(w);
    w.dispose();
    expect(Math.abs(sdOf(v) - 1)).toBeLessThan(0.02);
    expect(Math.abs(meanOf(v))).toBeLessThan(0.02);
  });

  it('INITIALIZERS lists the three', () => {
    expect([...INITIALIZERS].sort()).toEqual(['glorot', 'he', 'normal']);
  });
});

describe('Mlp seeding and lifetime', () => {
  it('same seed → same weights; different seed → different; layers of equal shape differ from each other', () => {
    for (const initializer of INITIALIZERS) {
      const a = new Mlp(spec({ sizes: [4, 4, 4, 1], initializer, seed: 99 }));
      const b = new Mlp(spec({ sizes: [4, 4, 4, 1], initializer, seed: 99 }));
      const c = new Mlp(spec({ sizes: [4, 4, 4, 1], initializer, seed: 100 }));
      a.weights.forEach((w, i) => expect(values(w)).toEqual(values(b.weights[i])));
      expect(values(a.weights[0])).not.toEqual(values(c.weights[0]));
      expect(values(a.weights[0])).not.toEqual(values(a.weights[1]));
      a.dispose();
      b.dispose();
      c.dispose();
    }
  });

  it('copyFrom copies every parameter', () => {
    const a = new Mlp(spec({ seed: 1 }));
    const b = new Mlp(spec({ seed: 2 }));
    const five = tf.tensor1d([1, 2, 3, 4, 5]);
    a.biases[1].assign(five);
    five.dispose();
    b.copyFrom(a);
    expect(values(b.biases[1])).toEqual([1, 2, 3, 4, 5]);
    a.variables.forEach((v, i) => expect(values(b.variables[i])).toEqual(values(v)));
    a.dispose();
    b.dispose();
  });

  it('apply leaks nothing but its output, and dispose frees every tensor (every activation)', () => {
    const x = tf.ones([5, 2]) as tf.Tensor2D;
    for (const hidden of ACTIVATIONS) {
      const before = tf.memory().numTensors;
      const m = new Mlp(spec({ sizes: [2, 8, 8, 3], hidden, initializer: 'he' }));
      expect(tf.memory().numTensors).toBe(before + 6);
      const y = m.apply(x);
      expect(y.shape).toEqual([5, 3]);
      expect(tf.memory().numTensors).toBe(before + 7);
      y.dispose();
      m.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }
    x.dispose();
  });

  it('construct → apply → dispose returns to the starting tensor count', () => {
    const before = tf.memory().numTensors;
    const m = new Mlp(spec({ sizes: [3, 16, 16, 2], hidden: 'tanh', initializer: 'normal' }));
    const x = tf.ones([4, 3]) as tf.Tensor2D;
    m.apply(x).dispose();
    x.dispose();
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
