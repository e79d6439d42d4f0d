import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf, type Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import { FastGanTrainer, type FastPair } from '../../core/fastGan';
import type { DiscriminatorHead } from '../../core/losses';
import { OBJECTIVE_IDS } from '../../core/objectives';
import { generatorPush, GRID_POINTS, manifoldLines, zGrid } from './frame';

beforeAll(useCpuBackend);

describe('the arrows a 2-D frame draws', () => {
  for (const head of ['sigmoid', 'tanhClip'] as DiscriminatorHead[]) {
    for (const loss of OBJECTIVE_IDS) {
      it(`the trainer's push equals autodiff's −∇ₓ(n·L_G) (${head}, ${loss})`, async () => {
        const pair: FastPair = {
          g: new PackedMlp({ sizes: [2, 8, 2], hidden: 'tanh', initializer: 'glorot', seed: 3, name: 'G' }),
          d: new PackedMlp({ sizes: [2, 9, 7, 1], hidden: 'leakyRelu', initializer: 'glorot', seed: 4, name: 'D' }),
          dHead: head,
          gOutput: 'linear',
          objective: loss,
        };
        const trainer = new FastGanTrainer(pair);
        const x = tf.randomNormal([30, 2], 0, 1, 'float32', 7) as Tensor2D;
        const fast = trainer.generatorPush(x);
        const reference = generatorPush(pair, x);
        const [a, b] = [await fast.data(), await reference.data()];
        // not all zero: the comparison means something
        expect(Math.max(...Array.from(b, Math.abs))).toBeGreaterThan(1e-3);
        for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 5);
        tf.dispose([x, fast, reference]);
        trainer.dispose();
        pair.g.dispose();
        pair.d.dispose();
      });
    }
  }
});

describe('the z-grid a 2-D frame maps through G', () => {
  const at = (i: number) => -2 + (4 * i) / (GRID_POINTS - 1);

  it('holds only the points of the drawn lines, and the lines run through them in order', () => {
    const z = zGrid(2, 2);
    // 31² points less the 15² that lie on no drawn line (both indices odd)
    expect(z.length / 2).toBe(GRID_POINTS ** 2 - 15 ** 2);
    // with G the identity, each line must be its grid row or column of z, point by point
    const lines = manifoldLines(Float64Array.from(z), 2);
    expect(lines).toHaveLength(32);
    lines.forEach((line, n) => {
      const isRow = n < 16;
      const fixed = at(2 * (isRow ? n : n - 16));
      for (let t = 0; t < GRID_POINTS; t++) {
        const [x, y] = isRow ? [at(t), fixed] : [fixed, at(t)];
        expect(line[2 * t]).toBeCloseTo(x, 6);
        expect(line[2 * t + 1]).toBeCloseTo(y, 6);
      }
    });
  });

  it('holds the other coordinates of z at 0, and a 1-D z is one line', () => {
    const z = zGrid(4, 2);
    for (let k = 0; k < z.length / 4; k++) expect([z[4 * k + 2], z[4 * k + 3]]).toEqual([0, 0]);
    const one = zGrid(1, 1);
    expect(Array.from(one)).toEqual(Array.from({ length: GRID_POINTS }, (_, i) => Math.fround(-1 + (2 * i) / (GRID_POINTS - 1))));
    expect(manifoldLines(Float64Array.from(one), 1)).toHaveLength(1);
  });
});
