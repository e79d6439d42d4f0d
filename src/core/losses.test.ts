import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf } from './tf';
import { bceFromLogits, log1mD, logD, probability, type DiscriminatorHead } from './losses';
import { objective } from './objectives';

// The two BCE objectives' records (core/objectives), under the names these tests were written with: D's loss is the
// same in both; G's is the minimax or non-saturating term.
type BceObjective = 'minimax' | 'nonsaturating';
const GENERATOR_LOSSES: readonly BceObjective[] = ['minimax', 'nonsaturating'];
const discriminatorLoss = (lReal: tf.Tensor, lFake: tf.Tensor, head: DiscriminatorHead, realLabel = 1) =>
  objective('minimax').discriminatorLoss(lReal, lFake, head, realLabel);
const generatorLoss = (lFake: tf.Tensor, head: DiscriminatorHead, kind: BceObjective) => objective(kind).generatorLoss(lFake, head);
const equilibriumLosses = (kind: BceObjective) => objective(kind).reference;

beforeAll(useCpuBackend);

// ---- closed forms in plain double-precision JS --------------------------------------------------------------
/** σ(l) = 1 / (1 + e^{−l}); 1 − σ(l) is written as σ(−l) = 1 / (1 + e^{l}) so neither side cancels. */
const sig = (l: number): number => 1 / (1 + Math.exp(-l));
const oneMinusSig = (l: number): number => 1 / (1 + Math.exp(l));
/** BCE(l, y) = −[y·log σ(l) + (1−y)·log(1−σ(l))]. */
const bce = (l: number, y: number): number => -(y * Math.log(sig(l)) + (1 - y) * Math.log(oneMinusSig(l)));
const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const clip = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const tanhClipP = (l: number): number => clip(Math.tanh(l), 0.01, 0.99);

/** float32 results against double closed forms: relative 2e-6 plus absolute 1e-6. */
function expectNear(actual: number, expected: number, rel = 2e-6, abs = 1e-6): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(abs + rel * Math.abs(expected));
}

function values(t: tf.Tensor): number[] {
  const out = Array.from(t.dataSync());
  t.dispose();
  return out;
}

function scalar(t: tf.Tensor): number {
  const v = t.dataSync()[0];
  t.dispose();
  return v;
}

const LOGITS = [-30, -3, -0.5, 0, 0.7, 4, 30];
const LABELS = [0, 1, 0.9];

describe('bceFromLogits', () => {
  for (const y of LABELS) {
    it(`matches −[y·log σ(l) + (1−y)·log(1−σ(l))] for y = ${y}`, () => {
      const l = tf.tensor1d(LOGITS);
      const got = values(bceFromLogits(l, y));
      l.dispose();
      expect(got).toHaveLength(LOGITS.length);
      got.forEach((v, i) => expectNear(v, bce(LOGITS[i], y)));
    });
  }

  it('is finite and exact at |l| = 30 (no NaN, no Inf, no log(0))', () => {
    const l = tf.tensor1d([-30, 30]);
    for (const y of LABELS) {
      const [neg, pos] = values(bceFromLogits(l, y));
      expect(Number.isFinite(neg)).toBe(true);
      expect(Number.isFinite(pos)).toBe(true);
      // A confident correct answer costs ≈ e^{−30} ≈ 9.4e-14, a confident wrong one ≈ 30.
      if (y === 1) {
        expect(pos).toBeGreaterThanOrEqual(0);
        expect(pos).toBeLessThan(1e-12);
        expectNear(neg, 30);
      }
      if (y === 0) {
        expect(neg).toBeGreaterThanOrEqual(0);
        expect(neg).toBeLessThan(1e-12);
        expectNear(pos, 30);
      }
      if (y === 0.9) {
        expectNear(pos, 0.1 * 30); // −0.1·log(1−σ(30)) ≈ 3
        expectNear(neg, 0.9 * 30);
      }
    }
    l.dispose();
  });

  it('at l = 0 costs ln 2 whatever the label', () => {
    const l = tf.tensor1d([0]);
    for (const y of LABELS) expectNear(values(bceFromLogits(l, y))[0], Math.LN2);
    l.dispose();
  });

  it('keeps the input shape and leaks no tensor', () => {
    const l = tf.tensor2d([[0.1, -0.2, 0.3], [1, 2, 3]]);
    const before = tf.memory().numTensors;
    const out = bceFromLogits(l, 1);
    expect(out.shape).toEqual([2, 3]);
    out.dispose();
    expect(tf.memory().numTensors).toBe(before);
    l.dispose();
  });
});

describe('sigmoid head', () => {
  it('probability, logD and log1mD are σ(l), log σ(l), log(1 − σ(l))', () => {
    const l = tf.tensor1d(LOGITS);
    const p = values(probability(l, 'sigmoid'));
    const ld = values(logD(l, 'sigmoid'));
    const l1 = values(log1mD(l, 'sigmoid'));
    l.dispose();
    LOGITS.forEach((x, i) => {
      expectNear(p[i], sig(x), 2e-6, 1e-7);
      expectNear(ld[i], Math.log(sig(x)));
      expectNear(l1[i], Math.log(oneMinusSig(x)));
    });
  });
});

describe('discriminatorLoss', () => {
  const real = [-2.5, -0.3, 0, 0.8, 3.1, 30];
  const fake = [-30, -1.7, -0.2, 0.4, 2.2];

  it('sigmoid head: mean BCE(lReal, 1) + mean BCE(lFake, 0)', () => {
    const lr = tf.tensor1d(real);
    const lf = tf.tensor1d(fake);
    const got = scalar(discriminatorLoss(lr, lf, 'sigmoid'));
    const expected = mean(real.map((l) => bce(l, 1))) + mean(fake.map((l) => bce(l, 0)));
    expectNear(got, expected);
    tf.dispose([lr, lf]);
  });

  it('is the negated value function −(E log D(x) + E log(1 − D(G(z)))) on 2-D logits', () => {
    const lr = tf.tensor2d(real, [real.length, 1]);
    const lf = tf.tensor2d(fake, [fake.length, 1]);
    const got = scalar(discriminatorLoss(lr, lf, 'sigmoid'));
    const expected = -(mean(real.map((l) => Math.log(sig(l)))) + mean(fake.map((l) => Math.log(oneMinusSig(l)))));
    expectNear(got, expected);
    tf.dispose([lr, lf]);
  });

  it('with D ≡ ½ (all logits 0) equals 2 ln 2', () => {
    const lr = tf.zeros([8, 1]);
    const lf = tf.zeros([5, 1]);
    expectNear(scalar(discriminatorLoss(lr, lf, 'sigmoid')), 2 * Math.LN2);
    expectNear(scalar(discriminatorLoss(lr, lf, 'sigmoid', 0.9)), 2 * Math.LN2); // any label: BCE(0, y) = ln 2
    tf.dispose([lr, lf]);
  });

  it('one-sided label smoothing (realLabel 0.9) matches mean BCE(lReal, 0.9) + mean BCE(lFake, 0)', () => {
    const lr = tf.tensor1d(real);
    const lf = tf.tensor1d(fake);
    const got = scalar(discriminatorLoss(lr, lf, 'sigmoid', 0.9));
    const expected = mean(real.map((l) => bce(l, 0.9))) + mean(fake.map((l) => bce(l, 0)));
    expectNear(got, expected);
    // and it really differs from the unsmoothed loss
    expect(Math.abs(got - scalar(discriminatorLoss(lr, lf, 'sigmoid')))).toBeGreaterThan(0.1);
    tf.dispose([lr, lf]);
  });

  it('tanhClip head: −(mean log p(lReal) + mean log(1 − p(lFake))) with p = clip(tanh l, 0.01, 0.99)', () => {
    const lr = tf.tensor1d(real);
    const lf = tf.tensor1d(fake);
    const got = scalar(discriminatorLoss(lr, lf, 'tanhClip'));
    const expected = -(mean(real.map((l) => Math.log(tanhClipP(l)))) + mean(fake.map((l) => Math.log(1 - tanhClipP(l)))));
    expectNear(got, expected, 1e-5, 1e-5);
    const smoothed = scalar(discriminatorLoss(lr, lf, 'tanhClip', 0.8));
    const expectedSmoothed = -(
      mean(real.map((l) => 0.8 * Math.log(tanhClipP(l)) + 0.2 * Math.log(1 - tanhClipP(l)))) +
      mean(fake.map((l) => Math.log(1 - tanhClipP(l))))
    );
    expectNear(smoothed, expectedSmoothed, 1e-5, 1e-5);
    tf.dispose([lr, lf]);
  });

  it('returns a scalar and leaks no tensor', () => {
    const lr = tf.tensor1d(real);
    const lf = tf.tensor1d(fake);
    const before = tf.memory().numTensors;
    for (const head of ['sigmoid', 'tanhClip'] as const) {
      for (const y of [1, 0.9]) {
        const loss = discriminatorLoss(lr, lf, head, y);
        expect(loss.shape).toEqual([]);
        loss.dispose();
      }
    }
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([lr, lf]);
  });

  it('has the gradient of the closed form: ∂L/∂lFake_i = σ(l_i)/n, ∂L/∂lReal_i = −(1 − σ(l_i))/m', () => {
    const real2 = [-1, 0.5, 2];
    const fake2 = [-0.4, 1.3];
    const lr = tf.tensor1d(real2);
    const lf = tf.tensor1d(fake2);
    const [gr, gf] = tf.grads((a: tf.Tensor, b: tf.Tensor) => discriminatorLoss(a, b, 'sigmoid'))([lr, lf]);
    Array.from(gr.dataSync()).forEach((g, i) => expectNear(g, -oneMinusSig(real2[i]) / real2.length, 1e-5, 1e-6));
    Array.from(gf.dataSync()).forEach((g, i) => expectNear(g, sig(fake2[i]) / fake2.length, 1e-5, 1e-6));
    tf.dispose([lr, lf, gr, gf]);
  });
});

describe('generatorLoss', () => {
  const fake = [-4, -0.6, 0, 0.9, 2.5];

  it('at logit 0 (D ≡ ½): non-saturating ln 2, minimax −ln 2', () => {
    const lf = tf.zeros([16, 1]);
    expectNear(scalar(generatorLoss(lf, 'sigmoid', 'nonsaturating')), Math.LN2);
    expectNear(scalar(generatorLoss(lf, 'sigmoid', 'minimax')), -Math.LN2);
    lf.dispose();
  });

  it('non-saturating is −mean log σ(l) = mean BCE(l, 1)', () => {
    const lf = tf.tensor1d(fake);
    expectNear(scalar(generatorLoss(lf, 'sigmoid', 'nonsaturating')), mean(fake.map((l) => bce(l, 1))));
    lf.dispose();
  });

  it('minimax is mean log(1 − σ(l)) = −mean BCE(l, 0)', () => {
    const lf = tf.tensor1d(fake);
    expectNear(scalar(generatorLoss(lf, 'sigmoid', 'minimax')), -mean(fake.map((l) => bce(l, 0))));
    lf.dispose();
  });

  it('minimax saturates where D rejects fakes, non-saturating does not (gradients at l = −6)', () => {
    const lf = tf.tensor1d([-6]);
    const gMinimax = tf.grad((l: tf.Tensor) => generatorLoss(l, 'sigmoid', 'minimax'))(lf);
    const gNonSat = tf.grad((l: tf.Tensor) => generatorLoss(l, 'sigmoid', 'nonsaturating'))(lf);
    // d/dl log(1 − σ(l)) = −σ(l);  d/dl −log σ(l) = −(1 − σ(l))
    expectNear(gMinimax.dataSync()[0], -sig(-6), 1e-4, 1e-7);
    expectNear(gNonSat.dataSync()[0], -oneMinusSig(-6), 1e-5, 1e-6);
    expect(Math.abs(gNonSat.dataSync()[0])).toBeGreaterThan(100 * Math.abs(gMinimax.dataSync()[0]));
    tf.dispose([lf, gMinimax, gNonSat]);
  });

  it('tanhClip head uses the clipped probability', () => {
    const lf = tf.tensor1d(fake);
    expectNear(
      scalar(generatorLoss(lf, 'tanhClip', 'nonsaturating')),
      -mean(fake.map((l) => Math.log(tanhClipP(l)))),
      1e-5,
      1e-5,
    );
    expectNear(
      scalar(generatorLoss(lf, 'tanhClip', 'minimax')),
      mean(fake.map((l) => Math.log(1 - tanhClipP(l)))),
      1e-5,
      1e-5,
    );
    lf.dispose();
  });
});

describe('equilibriumLosses', () => {
  it('D: 2 ln 2; G: ln 2 non-saturating, −ln 2 minimax', () => {
    expect(equilibriumLosses('nonsaturating').d).toBeCloseTo(1.3862943611, 10);
    expect(equilibriumLosses('nonsaturating').g).toBeCloseTo(0.6931471806, 10);
    expect(equilibriumLosses('minimax').d).toBeCloseTo(1.3862943611, 10);
    expect(equilibriumLosses('minimax').g).toBeCloseTo(-0.6931471806, 10);
  });

  it('agrees with the losses actually computed at D ≡ ½', () => {
    const z = tf.zeros([4]);
    for (const kind of GENERATOR_LOSSES) {
      const eq = equilibriumLosses(kind);
      expectNear(scalar(discriminatorLoss(z, z, 'sigmoid')), eq.d!);
      expectNear(scalar(generatorLoss(z, 'sigmoid', kind)), eq.g!);
    }
    z.dispose();
  });

  it('both BCE objectives share one D loss', () => {
    const [lr, lf] = [tf.tensor1d([0.3, -1.2, 2]), tf.tensor1d([-0.5, 0.1, 1.5])];
    for (const head of ['sigmoid', 'tanhClip'] as const) {
      const a = objective('minimax').discriminatorLoss(lr, lf, head, 0.9);
      const b = objective('nonsaturating').discriminatorLoss(lr, lf, head, 0.9);
      expect(scalar(a)).toBe(scalar(b));
    }
    tf.dispose([lr, lf]);
  });
});

describe('tanhClip head', () => {
  const ls = [-30, -2, -0.3, 0, 0.005, 0.0101, 0.1, 0.5, 1, 2.2, 2.7, 30];

  it('probability = clip(tanh(l), 0.01, 0.99)', () => {
    const l = tf.tensor1d(ls);
    const p = values(probability(l, 'tanhClip'));
    l.dispose();
    ls.forEach((x, i) => expectNear(p[i], tanhClipP(x), 1e-6, 1e-7));
    // hand values
    expect(p[0]).toBeCloseTo(0.01, 7); // tanh(−30) = −1 → 0.01
    expect(p[3]).toBeCloseTo(0.01, 7); // tanh(0) = 0 → 0.01
    expect(p[6]).toBeCloseTo(0.0996679946, 6); // tanh(0.1)
    expect(p[7]).toBeCloseTo(0.4621171573, 6); // tanh(0.5)
    expect(p[8]).toBeCloseTo(0.7615941560, 6); // tanh(1)
    expect(p[10]).toBeCloseTo(0.99, 7); // tanh(2.7) = 0.9910 → 0.99
    expect(p[11]).toBeCloseTo(0.99, 7);
    for (const v of p) {
      expect(v).toBeGreaterThanOrEqual(0.01 - 1e-7);
      expect(v).toBeLessThanOrEqual(0.99 + 1e-7);
    }
  });

  it('logD and log1mD are Math.log of p and of 1 − p, finite everywhere', () => {
    const l = tf.tensor1d(ls);
    const ld = values(logD(l, 'tanhClip'));
    const l1 = values(log1mD(l, 'tanhClip'));
    l.dispose();
    ls.forEach((x, i) => {
      expectNear(ld[i], Math.log(tanhClipP(x)), 1e-5, 1e-6);
      expectNear(l1[i], Math.log(1 - tanhClipP(x)), 1e-5, 1e-6);
    });
    expectNear(ld[0], Math.log(0.01), 1e-5);
    expectNear(l1[11], Math.log(0.01), 1e-5);
  });
});
