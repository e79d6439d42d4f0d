import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { presetParams } from '../../params/schema';
import { gaussian1dSchema } from './schema';
import { Gaussian1dRun } from './run';

beforeAll(useCpuBackend);

describe('a 1-D frame with the averaged G', () => {
  it('draws its samples and z → x map from the average, while training (and so D) is the same as without it', async () => {
    const params = presetParams(gaussian1dSchema, 'default');
    const [averaged, plain] = await Promise.all([
      Gaussian1dRun.create({ ...params, seed: 2, averageG: 0.999 }),
      Gaussian1dRun.create({ ...params, seed: 2, averageG: 0 }),
    ]);
    for (const run of [averaged, plain]) run.trainSteps(40);
    const [a, p] = [await averaged.snapshot(), await plain.snapshot()];
    expect(Array.from(a.dGrid)).toEqual(Array.from(p.dGrid));
    const moved = a.mapX.reduce((worst, x, i) => Math.max(worst, Math.abs(x - p.mapX[i])), 0);
    expect(moved).toBeGreaterThan(1e-3);
    for (const run of [averaged, plain]) run.dispose();
  }, 60_000);
});
