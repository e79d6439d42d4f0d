// The CPU-backend twin of scripts/measure.mjs, skipped unless TRACE_MEASURE is set (TRACE_LOG: append to a file).
// One Node process trains every seed and setting in turn:
//   TRACE_MEASURE='{"experiment":"toy2d","preset":"ring8","seeds":[1,2,3],"every":250,"until":2000}' \
//     npx vitest run src/bench/trace.measure.test.ts
// Spec keys as scripts/measure.mjs: experiment, preset, overrides (object or list), seeds, every, until, show.
import { appendFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { diskAssets } from '../testing/mnistAssets';
import { presetParams, type Params } from '../params/schema';
import { findExperiment } from '../experiments/registry';
import { MnistRun } from '../experiments/mnist/run';
import type { TrainingRun } from '../engine/types';
import { checkpoints, traceRun } from './trace';
import { formatTrace } from '../../scripts/traceFormat.mjs';

const spec = process.env.TRACE_MEASURE;

interface Spec {
  experiment: string;
  preset: string;
  overrides?: Params | Params[];
  seeds?: number[];
  every?: number;
  until?: number;
  show?: string[];
}

async function create(experimentId: string, params: Params): Promise<TrainingRun> {
  // MNIST reads its digits and classifier from disk here (the page fetches them)
  if (experimentId === 'mnist') return MnistRun.create(params, undefined, diskAssets);
  const experiment = findExperiment(experimentId);
  if (!experiment) throw new Error(`Unknown experiment ${experimentId}`);
  return experiment.create(params);
}

describe.skipIf(!spec)('preset trace on the CPU backend', () => {
  beforeAll(useCpuBackend);
  it('prints each seed’s figures at every checkpoint', async () => {
    const s = JSON.parse(spec!) as Spec;
    const experiment = findExperiment(s.experiment);
    if (!experiment) throw new Error(`Unknown experiment ${s.experiment}`);
    const list = Array.isArray(s.overrides) ? s.overrides : [s.overrides ?? {}];
    for (const overrides of list) {
      for (const seed of s.seeds ?? [1]) {
        const t0 = Date.now();
        const run = await create(s.experiment, { ...presetParams(experiment.schema, s.preset), ...overrides, seed });
        const rows = await traceRun(run, checkpoints(s.every ?? 500, s.until ?? 2000));
        run.dispose();
        const line = `cpu ${s.experiment}/${s.preset} ${JSON.stringify(overrides)} seed ${seed}: ${formatTrace(rows, s.show)} (${((Date.now() - t0) / 1000).toFixed(0)} s, loaded machine)`;
        if (process.env.TRACE_LOG) appendFileSync(process.env.TRACE_LOG, line + '\n');
        else console.log(line);
      }
    }
  }, 7_200_000);
});
