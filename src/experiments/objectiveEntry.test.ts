// The loss menu's recommended settings and the parameters WGAN-GP and kG added, in every experiment's schema; kG
// G updates per step on the training loop every experiment shares (ganRun.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { defaultParams, presetParams } from '../params/schema';
import { validateUpdate } from '../params/validate';
import { lossChoice } from './objectiveEntry';
import { gaussian1dSchema } from './gaussian1d/schema';
import { toy2dSchema } from './toy2d/schema';
import { mnistSchema } from './mnist/schema';
import { Gaussian1dRun } from './gaussian1d/run';

beforeAll(useCpuBackend);

describe('WGAN-GP settings and kG', () => {
  it('choosing wgangp sets Gulrajani et al.’s Adam 1e-4, β 0.5/0.9, k = 5, λ = 10, and says so', () => {
    const { params, notice } = lossChoice('wgangp');
    expect(params).toEqual({
      loss: 'wgangp', optimizerD: 'adam', optimizerG: 'adam', lrD: 1e-4, lrG: 1e-4, beta1: 0.5, beta2: 0.9, k: 5, gpWeight: 10,
    });
    expect(notice).toContain('recommended settings');
  });

  for (const [name, schema] of Object.entries({ gaussian1d: gaussian1dSchema, toy2d: toy2dSchema, mnist: mnistSchema })) {
    it(`${name}: gpWeight, beta2 and kG are parameters (defaults 10, 0.999, 1) and take wgangp's settings`, () => {
      const d = defaultParams(schema);
      expect([d.gpWeight, d.beta2, d.kG]).toEqual([10, 0.999, 1]);
      expect(validateUpdate(schema, { ...lossChoice('wgangp').params, kG: 3 })).toMatchObject({ loss: 'wgangp', beta2: 0.9, gpWeight: 10, kG: 3 });
      expect(() => validateUpdate(schema, { kG: 0 })).toThrow();
    });
  }

  it('kG G updates follow the k D updates of every step', async () => {
    const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, 'default'), batch: 16, k: 2, kG: 3 });
    run.trainSteps(4);
    const { counters } = await run.saveState();
    expect(counters).toMatchObject({ step: 4, dUpdates: 8, gUpdates: 12 });
    run.dispose();
  });
});
