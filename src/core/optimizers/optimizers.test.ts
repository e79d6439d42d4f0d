import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf } from '../tf';
import { ParameterOptimizer, staircaseDecay, type OptimizerConfig } from './index';

beforeAll(useCpuBackend);

const base: OptimizerConfig = { kind: 'sgd', learningRate: 0.1, momentum: 0.6, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, rho: 0.9 };

/** Runs three updates of f(θ) = Σ (θ − c)² from θ₀ with our optimizer and with tfjs's own, and compares. */
function compareWithTfjs(config: OptimizerConfig, reference: tf.Optimizer): void {
  const c = tf.tensor1d([1, -2, 0.5]);
  const ours = tf.variable(tf.tensor1d([0.3, 0.1, -0.7]));
  const theirs = tf.variable(tf.tensor1d([0.3, 0.1, -0.7]));
  const opt = new ParameterOptimizer([ours], config);
  for (let i = 0; i < 3; i++) {
    opt.minimize(() => tf.sum(tf.square(tf.sub(ours, c)))).dispose();
    reference.minimize(() => tf.sum(tf.square(tf.sub(theirs, c))), false, [theirs]);
  }
  const a = Array.from(ours.dataSync());
  const b = Array.from(theirs.dataSync());
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 5));
  opt.dispose();
  reference.dispose();
  tf.dispose([c, ours, theirs]);
}

describe('ParameterOptimizer', () => {
  it('SGD matches tf.train.sgd', () => compareWithTfjs(base, tf.train.sgd(0.1)));
  it('momentum matches tf.train.momentum', () =>
    compareWithTfjs({ ...base, kind: 'momentum' }, tf.train.momentum(0.1, 0.6)));
  it('Adam matches tf.train.adam', () =>
    compareWithTfjs({ ...base, kind: 'adam', learningRate: 0.05, beta1: 0.5 }, tf.train.adam(0.05, 0.5, 0.999, 1e-8)));
  it('RMSProp matches tf.train.rmsprop (momentum 0)', () =>
    compareWithTfjs({ ...base, kind: 'rmsprop', learningRate: 0.05, rho: 0.8 }, tf.train.rmsprop(0.05, 0.8, 0, 1e-8)));

  it('SGD takes exactly θ − ηg', () => {
    const v = tf.variable(tf.scalar(2));
    const opt = new ParameterOptimizer([v], base);
    opt.minimize(() => tf.square(v) as tf.Scalar).dispose(); // g = 2θ = 4
    expect(v.dataSync()[0]).toBeCloseTo(2 - 0.1 * 4, 6);
    opt.dispose();
    v.dispose();
  });

  it('changes the learning rate live, and releases every tensor it made', () => {
    const v = tf.variable(tf.scalar(2));
    const before = tf.memory().numTensors;
    const opt = new ParameterOptimizer([v], { ...base, kind: 'adam' });
    opt.setLearningRate(0.5);
    expect(opt.learningRate).toBe(0.5);
    for (let i = 0; i < 5; i++) opt.minimize(() => tf.square(v) as tf.Scalar).dispose();
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
    v.dispose();
  });

  it('staircase decay steps down every `every` updates', () => {
    expect(staircaseDecay(0.001, 0, 0.95, 2500)).toBe(0.001);
    expect(staircaseDecay(0.001, 2499, 0.95, 2500)).toBe(0.001);
    expect(staircaseDecay(0.001, 2500, 0.95, 2500)).toBeCloseTo(0.00095, 12);
    expect(staircaseDecay(0.001, 7600, 0.95, 2500)).toBeCloseTo(0.001 * 0.95 ** 3, 12);
  });
});
