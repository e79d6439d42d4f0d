import { it } from 'vitest';
import { useCpuBackend } from '../src/testing/cpuBackend';
import { presetParams } from '../src/params/schema';
import { gaussian1dSchema } from '../src/experiments/gaussian1d/schema';
import { Gaussian1dRun } from '../src/experiments/gaussian1d/run';
import { tf } from '../src/core/tf';

it('kernels per step', async () => {
  await useCpuBackend();
  const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, process.env.PRESET ?? 'default') });
  run.trainSteps(2);
  const info = await tf.profile(() => { run.trainSteps(1); });
  const counts: Record<string, number> = {};
  for (const k of info.kernels) counts[k.name] = (counts[k.name] ?? 0) + 1;
  console.log('kernels', info.kernels.length, JSON.stringify(Object.entries(counts).sort((a, b) => b[1] - a[1])));
});
