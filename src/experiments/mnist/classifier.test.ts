import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { readAssets } from '../../testing/mnistAssets';
import { tf, type Tensor2D } from '../../core/tf';
import { digitRows, PIXELS } from './asset';
import { accuracy, classCounts, classifierScore, DigitClassifier } from './classifier';

beforeAll(useCpuBackend);

describe('digit classifier (shipped weights)', () => {
  it('classifies at least 95% of the 1,000 held-out digits correctly', async () => {
    const { digits, classifier } = readAssets();
    expect(classifier.sizes).toEqual([784, 128, 10]);
    const net = new DigitClassifier(classifier);
    const acc = tf.tidy(() => {
      const x = tf.tensor2d(digitRows(digits.heldOut), [digits.heldOut.count, PIXELS]);
      return accuracy(net.probabilities(x), tf.tensor1d(Array.from(digits.heldOut.labels), 'int32'));
    });
    expect((await acc.data())[0]).toBeGreaterThanOrEqual(0.95);
    acc.dispose();
    net.dispose();
  });

  it('scores real held-out digits near the maximum of 10, and one repeated digit at 1', async () => {
    const { digits, classifier } = readAssets();
    const net = new DigitClassifier(classifier);
    const [real, same, counts] = tf.tidy(() => {
      const x = tf.tensor2d(digitRows(digits.heldOut), [digits.heldOut.count, PIXELS]);
      const one = tf.tile(tf.slice(x, [0, 0], [1, PIXELS]), [50, 1]) as Tensor2D;
      const p = net.probabilities(x);
      return [classifierScore(p), classifierScore(net.probabilities(one)), classCounts(p)];
    });
    const realScore = (await real.data())[0];
    expect(realScore).toBeGreaterThan(8.5);
    expect(realScore).toBeLessThanOrEqual(10);
    expect((await same.data())[0]).toBeCloseTo(1, 4);
    const c = Array.from(await counts.data());
    expect(c.reduce((a, b) => a + b)).toBe(1000);
    c.forEach((n) => expect(n).toBeGreaterThan(60));
    tf.dispose([real, same, counts]);
    net.dispose();
  });

  it('gives the closed-form score for known class probabilities', async () => {
    // Two digits, each certain of a different class: KL to the marginal (½, ½) is ln 2 each, score exp(ln 2) = 2.
    const s = classifierScore(tf.tensor2d([[1, 0], [0, 1]]));
    expect((await s.data())[0]).toBeCloseTo(2, 5);
    s.dispose();
  });
});
