import { it } from 'vitest';
import { useCpuBackend } from '../src/testing/cpuBackend';
import { tf } from '../src/core/tf';
import { presetParams } from '../src/params/schema';
import { gaussian1dSchema } from '../src/experiments/gaussian1d/schema';
import { Gaussian1dRun } from '../src/experiments/gaussian1d/run';
import { BENCH_CASES, createReference } from '../src/bench/cases';

function count(info: tf.ProfileInfo) {
  const counts: Record<string, number> = {};
  for (const k of info.kernels) counts[k.name] = (counts[k.name] ?? 0) + 1;
  return info.kernels.length + ' ' + JSON.stringify(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}
it('ref vs ours', async () => {
  await useCpuBackend();
  const ref = await createReference(BENCH_CASES[0]);
  ref.step();
  console.log('reference', count(await tf.profile(() => ref.step())));
  const run = await Gaussian1dRun.create({ ...presetParams(gaussian1dSchema, 'jang'), pretrainD: false });
  run.trainSteps(1);
  console.log('ours', count(await tf.profile(() => run.trainSteps(1))));
  console.log('ours-nolast', count(await tf.profile(() => run.trainSteps(3))));
});
