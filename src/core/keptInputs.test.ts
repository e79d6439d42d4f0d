import { describe, expect, it } from 'vitest';
import { tf } from './tf';
import { useCpuBackend } from '../testing/cpuBackend';
import { KeptInputs } from './keptInputs';

describe('KeptInputs', () => {
  it('makes the inputs once per key, disposes the old ones on a new key and on dispose()', async () => {
    await useCpuBackend();
    const kept = new KeptInputs<{ grid: number[]; t: tf.Tensor }>();
    const before = tf.memory().numTensors;
    let made = 0;
    const make = () => ({ grid: [1, 2], t: tf.ones([3]), n: made++ });
    const a = kept.get('a', make);
    expect(kept.get('a', make)).toBe(a);
    expect(made).toBe(1);
    const b = kept.get('b', make);
    expect(made).toBe(2);
    expect(a.t.isDisposed).toBe(true);
    expect(tf.memory().numTensors).toBe(before + 1);
    kept.dispose();
    expect(b.t.isDisposed).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('disposes arrays of tensors in the value too', async () => {
    await useCpuBackend();
    const kept = new KeptInputs<{ parts: tf.Tensor[] }>();
    const before = tf.memory().numTensors;
    const a = kept.get('a', () => ({ parts: [tf.ones([2]), tf.zeros([2])] }));
    kept.get('b', () => ({ parts: [] }));
    expect(a.parts.every((t) => t.isDisposed)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});
