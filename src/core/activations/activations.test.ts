import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf } from '../tf';
import { ACTIVATIONS, activationRecord } from './index';

beforeAll(useCpuBackend);

// Each record's hand-written backward step against tfjs's own gradient of its forward (the oracle), away from the
// kinks of the ReLU types, and its forward against tfjs's op of the same name.
describe('activation records', () => {
  const a = tf.tensor2d([[-2.5, -0.7, -0.1], [0.05, 0.6, 3]]);
  const delta = tf.tensor2d([[0.3, -1.2, 0.8], [2, -0.5, 1.5]]);

  for (const id of ACTIVATIONS) {
    it(`${id}: δ ⊙ act'(a) matches tf.grad of act`, () => {
      const rec = activationRecord(id);
      expect(rec.id).toBe(id);
      const h = rec.apply(a);
      const mine = Array.from(rec.backprop(delta, a, h).dataSync());
      // d/da Σ δ ⊙ act(a) = δ ⊙ act'(a)
      const oracle = Array.from(tf.grad((x) => tf.sum(tf.mul(delta, rec.apply(x))))(a).dataSync());
      expect(mine).toHaveLength(6);
      mine.forEach((v, i) => expect(v).toBeCloseTo(oracle[i], 5));
    });
  }

  it('the forwards are the functions their names say', () => {
    const x = [-2.5, -0.7, -0.1, 0.05, 0.6, 3];
    const read = (id: (typeof ACTIVATIONS)[number]) => Array.from(activationRecord(id).apply(a).dataSync());
    const close = (got: number[], want: number[]) => got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
    close(read('tanh'), x.map(Math.tanh));
    close(read('sigmoid'), x.map((v) => 1 / (1 + Math.exp(-v))));
    close(read('relu'), x.map((v) => Math.max(v, 0)));
    close(read('leakyRelu'), x.map((v) => (v > 0 ? v : 0.2 * v)));
    close(read('linear'), x);
  });

  it('the GLSL of every record is an expression of its argument', () => {
    for (const id of ACTIVATIONS) {
      const { glsl } = activationRecord(id);
      expect(glsl.apply('A_')).toContain('A_');
      if (id !== 'linear') expect(glsl.slope('H_')).toContain('H_');
    }
  });
});
