import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../core/tf';
import { useCpuBackend } from '../../testing/cpuBackend';
import { batchRows } from './batchRows';

describe('batchRows', () => {
  beforeAll(useCpuBackend);

  it('draws the rows tf.randomUniform draws for the same seed (the GPU path gathers those)', async () => {
    for (const seed of [0, 1, 12345, 2147483647]) {
      const want = tf.randomUniform([128], 0, 9000, 'int32', seed);
      expect(Array.from(batchRows(128, 9000, seed))).toEqual(Array.from(await want.data()));
      want.dispose();
    }
  });

  it('stays inside [0, count) and differs between seeds', () => {
    const a = batchRows(1000, 7, 3);
    expect(Math.min(...a)).toBe(0);
    expect(Math.max(...a)).toBe(6);
    expect(Array.from(batchRows(16, 9000, 4))).not.toEqual(Array.from(batchRows(16, 9000, 5)));
  });
});
