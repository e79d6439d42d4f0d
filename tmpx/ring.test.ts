import { it } from 'vitest';
import { useCpuBackend } from '../src/testing/cpuBackend';
import { presetParams } from '../src/params/schema';
import { toy2dSchema } from '../src/experiments/toy2d/schema';
import { Toy2dRun } from '../src/experiments/toy2d/run';

it('ring', async () => {
  await useCpuBackend();
  const over = JSON.parse(process.env.OVER ?? '{}');
  const run = await Toy2dRun.create({ ...presetParams(toy2dSchema, 'ring8'), ...over });
  const t0 = Date.now();
  const out: string[] = [];
  for (const s of [250, 500, 1000, 1500, 2000]) {
    run.trainSteps(s - run.step);
    const m = (await run.snapshot()).metrics;
    out.push(`${s}: modes ${m.modes} hq ${m.highQuality?.toFixed(2)} js ${m.jsBits?.toFixed(2)}`);
  }
  console.log(JSON.stringify(over), out.join(' | '), (Date.now() - t0) / 1000 + 's');
  run.dispose();
});
