import { beforeAll, describe, expect, it } from 'vitest';
import { tf, type Tensor1D, type Tensor2D } from '../../core/tf';
import { useCpuBackend } from '../../testing/cpuBackend';
import { PIXELS, type MnistData } from './asset';
import { DigitTensors } from './digitTensors';
import { labelRows } from './labels';

/** `count` digits whose pixels and labels are arbitrary but distinct. */
function fakeDigits(count: number): MnistData {
  const set = (offset: number) => ({
    count,
    labels: Uint8Array.from({ length: count }, (_, i) => (i * 7 + offset) % 10),
    pixels: Uint8Array.from({ length: count * PIXELS }, (_, i) => (i * 31 + offset) % 256),
  });
  return { train: set(0), heldOut: set(3), checksum: 0 };
}

describe('DigitTensors.realBatch on a CPU-memory backend', () => {
  beforeAll(useCpuBackend);

  it('copies the very rows (and labels) the GPU path gathers: tf.gather at tf.randomUniform’s rows', async () => {
    const digits = new DigitTensors(fakeDigits(50), true);
    const seed = 99;
    const batch = tf.tidy(() => digits.realBatch(8, seed, 1));
    const [gotX, gotY, wantX, wantY] = await Promise.all(
      tf.tidy(() => {
        const rows = tf.randomUniform([8], 0, 50, 'int32', seed);
        const x = tf.gather(digits.train, rows) as Tensor2D;
        const y = labelRows(tf.gather(digits.trainLabels!, rows) as Tensor1D, 1);
        return [batch.x, batch.y!, x, y];
      }).map((t) => t.array()),
    );
    expect(gotX).toEqual(wantX);
    expect(gotY).toEqual(wantY);
    tf.dispose([batch.x, batch.y!]);
    digits.dispose();
  });
});
