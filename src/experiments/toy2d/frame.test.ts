import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf, type Tensor2D } from '../../core/tf';
import { PackedMlp } from '../../core/packedMlp';
import { FastGanTrainer, type FastPair } from '../../core/fastGan';
import type { DiscriminatorHead } from '../../core/losses';
import { OBJECTIVE_IDS } from '../../core/objectives';
import { generatorPush } from './frame';

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
