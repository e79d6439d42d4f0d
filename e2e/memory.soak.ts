import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';
import { mb, soak, type SoakPlan } from './soakRun';

/** SOAK_SCALE=0.1 runs a tenth of every soak (a quick check of the test itself); the full soak is 1. */
const SCALE = Number(process.env.SOAK_SCALE ?? 1);
/**
 * Allowed growth between the start and the end (each measured on a freshly reset run after a forced garbage
 * collection): of the V8 heap, and of the ArrayBuffer backing stores outside it (where typed arrays live).
 */
const HEAP_TOLERANCE_BYTES = 8 * 1024 * 1024;
const BACKING_TOLERANCE_BYTES = 8 * 1024 * 1024;

/**
 * Every step() call ends with a frame that every panel draws (0.5–0.7 s in software WebGL on a busy machine), so
 * calls are few: 200 (1-D, 2-D) and about 130 (MNIST: its play periods take ~400 of the 2,000 steps), each more
 * than the timeline's cap of 80, so its thinning runs. The loss
 * curve's thinning (cap 1,500 points) is left to its unit test: 1,500 drawn frames would take too long here.
 * toy2d uses the default (parabola) recipe: ring8's 2×128 nets at batch 512 are too slow in software for 20,000 steps.
 */
const PLANS: Record<string, SoakPlan> = {
  gaussian1d: { query: '', steps: 20_000, chunk: 100, plays: 3, playMs: 8000 },
  toy2d: { query: '?experiment=toy2d', steps: 20_000, chunk: 100, plays: 3, playMs: 8000 },
  mnist: { query: '?experiment=mnist', steps: 2000, chunk: 12, plays: 3, playMs: 8000 },
};

for (const [name, plan] of Object.entries(PLANS)) {
  const steps = Math.max(plan.chunk, Math.round(plan.steps * SCALE));
  test(`${name} soak: ${steps} steps with a flat tensor count, a flat JS heap and bounded histories`, async ({ page }) => {
    const errors = watchErrors(page);
    const f = await soak(page, { ...plan, steps }, (line) => console.log(`soak ${name}: ${line}`));
    console.log(
      `soak ${name}: ${f.steps} steps in ${f.seconds} s; tensors ${f.tensors.start} -> ${f.tensors.end}; ` +
        `heap ${mb(f.heap.start)} -> ${mb(f.heap.end)} MB; backing stores ${mb(f.backing.start)} -> ${mb(f.backing.end)} MB; ` +
        `${f.calls} step() calls; peak history ${f.peak.history}/${f.buffers.historyCapacity}, peak timeline ${f.peak.timeline}/${f.buffers.timelineCapacity}`,
    );
    expect(f.steps).toBeGreaterThanOrEqual(steps);
    expect(f.tensors.end).toBe(f.tensors.start);
    expect(f.heap.end - f.heap.start).toBeLessThan(HEAP_TOLERANCE_BYTES);
    expect(f.backing.end - f.backing.start).toBeLessThan(BACKING_TOLERANCE_BYTES);
    // The full soak pushes the timeline past its cap (so thinning runs); every buffer stayed within its cap.
    if (SCALE >= 1) expect(f.calls).toBeGreaterThan(f.buffers.timelineCapacity);
    expect(errors).toEqual([]);
  });
}
