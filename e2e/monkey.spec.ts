import { expect, test } from '@playwright/test';
import { checkAlive, runMonkey, type MonkeyOptions } from './monkey';

/**
 * Seeded random use of the page (issue 12, "Nothing can hang"): three minutes in all, a minute per seed. Each
 * asserts no page error, no operation unsettled after 30 s, the page alive, and tensors flat after a reset.
 * The seeds that found a bug (REGRESSIONS) are among them: each runs its minute and at least the actions that found it.
 */
const RUNS: { name: string; options: MonkeyOptions }[] = [
  // Seeds that found nothing run here (seed 4 did until session 8, when seed 3's fix made three regression minutes).
];

/**
 * Seeds that found something not fixed yet: listed as known failures (test.fixme, not run) until the fix lands, when
 * they move to REGRESSIONS. Replay one with MONKEY_SEED=<seed> MONKEY_LOG=1.
 */
export const OPEN: { seed: number; found: string }[] = [];

/** Seeds that found something: [seed, actions until it showed, what it was]. */
export const REGRESSIONS: { seed: number; actions: number; found: string }[] = [
  // Before the fix: two selectExperiment('mnist') calls (actions 19 and 28, amid steps, single updates, roll-back
  // and Play) were still unsettled after 30 and 42 s and everything after them queued behind them.
  // Later, with the frame pacer: it switched to MNIST on WebAssembly, where an underestimated step cost let a frame
  // grow until one frame's steps blocked the main thread for over a minute (no answer to the page).
  { seed: 7, actions: 53, found: 'selectExperiment never settled' },
  // A slow-motion walk (action 45) left at its last phase made another single update, which pauses, on every
  // re-render of its panel: Play never took again (the end check saw the step stuck and playing false).
  // Later: speed 100 on MNIST + WebAssembly ran 100 slow steps in one task (10 s without an answer); a frame's steps
  // are now spread over animation frames.
  { seed: 1, actions: 62, found: 'a finished slow-motion walk kept pausing training' },
  // The backend switched to the CPU on MNIST, `deep` playing in presenter mode; after a click on Reset the page
  // answered nothing for 60 s: a step (seconds on the CPU), its readback and the class evaluation ran in one task
  // every frame. Now a slow step runs in halves, the readback in its own task, the evaluation spaced out.
  { seed: 3, actions: 30, found: 'no answer for 60 s after Reset, MNIST deep on the CPU backend' },
];

/** MONKEY_SEED=<n> [MONKEY_MS=<ms>] [MONKEY_ACTIONS=<at least>] runs that one seed instead (exploring, or replaying a report). */
const ASKED = process.env.MONKEY_SEED
  ? [{
    name: `seed ${process.env.MONKEY_SEED} (asked)`,
    options: { seed: Number(process.env.MONKEY_SEED), durationMs: Number(process.env.MONKEY_MS ?? 60_000), minActions: Number(process.env.MONKEY_ACTIONS ?? 0) },
  }]
  : null;

const CASES: { name: string; options: MonkeyOptions }[] = ASKED ?? [
  ...REGRESSIONS.map((x) => ({
    name: `seed ${x.seed}, one minute and at least ${x.actions} actions (regression: ${x.found})`,
    options: { seed: x.seed, durationMs: 60_000, minActions: x.actions },
  })),
  ...RUNS,
];

if (!ASKED) for (const x of OPEN) test.fixme(`monkey open: seed ${x.seed} (${x.found})`, () => {});

for (const { name, options } of CASES) {
  test(`monkey ${name}`, async ({ page }) => {
    // the random use, up to 30 s for what is still in flight, then the checks (MNIST steps slowly in software WebGL)
    test.setTimeout((options.durationMs ?? 120_000) + 180_000 + 3000 * (options.minActions ?? 0));
    const result = await runMonkey(page, { ...options, log: process.env.MONKEY_LOG ? (l) => console.log(l) : undefined });
    const context = `seed ${options.seed} after ${result.actions} actions; last ones:\n${result.trail.slice(-15).join('\n')}`;
    if (result.gaveUp.length) console.log(`seed ${options.seed}: given up by the page's bound (settled): ${result.gaveUp.join('; ')}`);
    expect(result.errors, context).toEqual([]);
    expect(result.unsettled, context).toEqual([]);
    await checkAlive(page);
    expect(result.errors, context).toEqual([]);
  });
}
