import { expect, test } from '@playwright/test';
import { checkAlive, runMonkey } from './monkey';

/** Ten minutes of seeded random use (the soak's share of issue 12's monkey test); MONKEY_SEED picks another seed. */
const SEED = Number(process.env.MONKEY_SEED ?? 1012);
const SCALE = Number(process.env.SOAK_SCALE ?? 1);

test(`monkey soak: seed ${SEED}, ${Math.round(10 * SCALE * 10) / 10} minutes of random use`, async ({ page }) => {
  const durationMs = Math.round(10 * 60_000 * SCALE);
  test.setTimeout(durationMs + 240_000);
  const result = await runMonkey(page, { seed: SEED, durationMs });
  const context = `seed ${SEED} after ${result.actions} actions; last ones:\n${result.trail.slice(-15).join('\n')}`;
  console.log(`monkey soak: ${result.actions} actions; given up by the page's bound: ${result.gaveUp.length}`);
  expect(result.errors, context).toEqual([]);
  expect(result.unsettled, context).toEqual([]);
  await checkAlive(page);
  expect(result.errors, context).toEqual([]);
});
