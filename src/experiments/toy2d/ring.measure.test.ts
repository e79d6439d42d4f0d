// Measurement harness behind the ring presets' numbers, skipped unless RING_MEASURE is set (RING_LOG: append to a file):
//   RING_MEASURE='{"preset":"ring8","over":{"loss":"minimax"},"seeds":[1,2],"steps":[200,500,1000]}' npx vitest run src/experiments/toy2d/ring.measure.test.ts
// Without "backend" it trains on the CPU backend; "backend":"wasm" is the same math, faster in Node, for exploring: its
// traces drift a few points from the CPU backend's after some hundred steps (the presets quote CPU and WebGL figures).
// ring8Wgangp (WGAN-GP, λ 1, 3×64 ReLU, Adam 1e-3 β 0.5/0.9, k 5), modes/high quality: CPU seed 1: 8/2, 8/9, 8/26,
// 8/50, 8/64% at steps 100, 200, 250, 500, 1,000, seed 2: 8/54, 8/63% and seed 3: 8/47, 8/61% at 500, 1,000; WASM seed 1: 8/27, 8/47, 8/68, 8/59, 8/76% at 250, 500, 1,000,
// 1,500, 2,000; seed 2: 8/49, 8/56, 8/60, 8/81% and seed 3: 8/36, 8/67, 8/69, 8/64% at 500–2,000. On ring8's 2×32 tanh
// nets the same settings stay at 2% (CPU seed 1, steps 150–250), and with λ 10 (WASM seed 1) at 1% with 4, 2, 7
// modes at steps 250, 500, 1,000.
import { appendFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../core/tf';
import { useCpuBackend } from '../../testing/cpuBackend';
import { presetParams } from '../../params/schema';
import { toy2dSchema } from './schema';
import { Toy2dRun } from './run';

const spec = process.env.RING_MEASURE;

describe.skipIf(!spec)('ring measurement', () => {
  beforeAll(useCpuBackend);
  it('prints modes captured and high-quality share over steps', async () => {
    const { preset, over, seeds, steps, backend } = JSON.parse(spec!) as {
      preset: string; over: Record<string, string | number | boolean>; seeds: number[]; steps: number[]; backend?: string;
    };
    if (backend) {
      await tf.setBackend(backend);
      await tf.ready();
    }
    for (const seed of seeds) {
      const run = await Toy2dRun.create({ ...presetParams(toy2dSchema, preset), ...over, seed });
      const t0 = Date.now();
      const row: string[] = [];
      for (const until of steps) {
        run.trainSteps(until - run.step);
        const s = await run.snapshot();
        row.push(`${until}:${s.metrics.modes}/${(100 * s.metrics.highQuality).toFixed(0)}%/js${s.metrics.jsBits.toFixed(2)}/d${(s.metrics.dLoss ?? NaN).toFixed(2)}`);
        const line = `MEASURE ${backend ?? 'cpu'} ${preset} ${JSON.stringify(over)} seed ${seed} ${row[row.length - 1]} t=${((Date.now() - t0) / 1000).toFixed(0)}s`;
        if (process.env.RING_LOG) appendFileSync(process.env.RING_LOG, line + '\n');
        else console.log(line);
      }
      run.dispose();
    }
  }, 3_600_000);
});
