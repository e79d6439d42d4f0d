// Measurement harness behind the 1-D presets' convergence figures, skipped unless W1_MEASURE is set (W1_LOG: append
// to a file). One Node process runs every seed and setting in turn:
//   W1_MEASURE='{"preset":"default","over":[{}],"seeds":[1,2,3,4,5],"until":10000,"every":500,"screen":false}' \
//     npx vitest run src/experiments/gaussian1d/w1.measure.test.ts
import { appendFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { presetParams, type Params } from '../../params/schema';
import { gaussian1dSchema } from './schema';
import { Gaussian1dRun } from './run';

const spec = process.env.W1_MEASURE;

describe.skipIf(!spec)('1-D W1 measurement', () => {
  beforeAll(useCpuBackend);
  it('prints W1 and D on the support at every checkpoint', async () => {
    // screen: stop a setting at its first seed whose W1 passes 0.1 after step 1,500 (to sift candidates quickly)
    const { preset, over, seeds, until, every, screen } = JSON.parse(spec!) as {
      preset: string; over: Params[]; seeds: number[]; until: number; every: number; screen?: boolean;
    };
    const log = (line: string) => (process.env.W1_LOG ? appendFileSync(process.env.W1_LOG, line + '\n') : console.log(line));
    for (const o of over) {
      for (const seed of seeds) {
        const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, preset), ...o, seed });
        const t0 = Date.now();
        const w1: string[] = [];
        let worst = 0;
        let worstD = 0;
        while (run.step < until) {
          run.trainSteps(every);
          const s = await run.snapshot();
          w1.push(s.metrics.w1.toFixed(2));
          const d = s.metrics.dGap;
          if (run.step >= 1500) {
            worst = Math.max(worst, s.metrics.w1);
            worstD = Math.max(worstD, d);
          }
          if (screen && worst > 0.1) break;
        }
        log(`MEASURE ${preset} ${JSON.stringify(o)} seed ${seed} maxW1(1500..${run.step}) ${worst.toFixed(3)} max|D-½| on μ±2σ ${worstD.toFixed(3)} W1 every ${every}: ${w1.join(' ')} t=${((Date.now() - t0) / 1000).toFixed(0)}s`);
        run.dispose();
        if (screen && worst > 0.1) break;
      }
    }
  }, 3_600_000);
});
