import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf } from './tf';
import { PackedMlp } from './packedMlp';
import { WeightAverage } from './weightAverage';

beforeAll(useCpuBackend);

const read = (net: PackedMlp) => Array.from(net.theta.dataSync());

describe('WeightAverage (averaged generator)', () => {
  it('starts at θ, follows θ̄ ← β_t·θ̄ + (1 − β_t)·θ with β_t = min(β, (1 + t)/(10 + t)), and frees its tensors', () => {
    const before = tf.memory().numTensors;
    const net = new PackedMlp({ sizes: [1, 3, 1], hidden: 'tanh', initializer: 'glorot', seed: 5, name: 'G' });
    const avg = new WeightAverage(net);
    expect(read(avg.net)).toEqual(read(net));
    const theta0 = read(net);
    tf.tidy(() => net.theta.assign(tf.add(net.theta, 1)));
    avg.update(0.999); // t = 0: β_0 = 1/10
    read(avg.net).forEach((v, i) => expect(v).toBeCloseTo(0.1 * theta0[i] + 0.9 * (theta0[i] + 1), 5));
    const mid = read(avg.net);
    tf.tidy(() => net.theta.assign(tf.add(net.theta, 1)));
    avg.update(0.05); // t = 1: β_1 = min(0.05, 2/11) = 0.05
    read(avg.net).forEach((v, i) => expect(v).toBeCloseTo(0.05 * mid[i] + 0.95 * (theta0[i] + 2), 5));
    avg.restart();
    expect(read(avg.net)).toEqual(read(net));
    avg.dispose();
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
