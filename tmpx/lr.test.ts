import { it } from 'vitest';
import { useCpuBackend } from '../src/testing/cpuBackend';
import { presetParams } from '../src/params/schema';
import { gaussian1dSchema } from '../src/experiments/gaussian1d/schema';
import { Gaussian1dRun } from '../src/experiments/gaussian1d/run';

it('lr', async () => {
  await useCpuBackend();
  const over = JSON.parse(process.env.OVER ?? '{}');
  for (const seed of [1, 2, 3, 4]) {
    const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, 'lrTooHigh'), ...over, seed });
    const out: string[] = [];
    for (const s of [50, 100, 150]) { run.trainSteps(s - run.step); const m = (await run.snapshot()).metrics; out.push(`${s}: w1 ${m.w1.toFixed(2)} js ${m.js.toFixed(3)} dL ${m.dLoss?.toFixed(3)}`); }
    console.log('seed', seed, out.join(' | '));
    run.dispose();
  }
});
