import { expect, type Page } from '@playwright/test';
import { mulberry32 } from '../src/core/rng';
import type { PlaygroundStatus } from '../src/session/status';

/**
 * The monkey: seeded random use of the page through its real UI (buttons, keys, selects, slider drags, number
 * fields, experiment and backend switches while playing), with occasional calls through window.ganPlayground.
 * Every scripted operation is tracked in the page; one still unsettled 30 s after it was called is a finding.
 * Replaying a seed gives the same sequence of choices (what is on screen when a choice is made may differ with
 * timing, so a replay is close to, not exactly, the original run).
 */

/** Any operation must settle (resolve or reject with a reason) within this of being called (issue 12). */
export const SETTLE_BOUND_MS = 30_000;

/**
 * Console errors that are expected, each with its reason. None so far: a user action that fails is reported as a
 * notice on the page, never as a console error.
 */
const EXPECTED_CONSOLE_ERRORS: { pattern: RegExp; why: string }[] = [];

export interface MonkeyOptions {
  seed: number;
  /** Stop after this long of random use… */
  durationMs?: number;
  /** …or after this many actions, whichever comes first. */
  maxActions?: number;
  /** But not before this many actions (a regression seed replays at least the actions that found its bug). */
  minActions?: number;
  /** Prints each action (for replaying a seed by hand). */
  log?: (line: string) => void;
}

export interface MonkeyResult {
  actions: number;
  /** Scripted operations that had not settled SETTLE_BOUND_MS after their call. */
  unsettled: string[];
  /** Operations given up by the page's own bound (settled, with a reason): slow, not hung. */
  gaveUp: string[];
  errors: string[];
  trail: string[];
}


const EXPERIMENT_IDS = ['gaussian1d', 'toy2d', 'mnist'];
const BACKENDS = ['webgl', 'wasm', 'cpu'];
const KEYS = [' ', ' ', 'ArrowRight', 'd', 'g', 'r', 'p', '+', '-', '?', 'Escape'];
/** Buttons never clicked: a file dialog (load checkpoint) and the reload onto WebAssembly (a backend switch is its own action). */
const SKIP_BUTTONS = '[data-action="load-checkpoint"], .faster-backend button';
/** setParams updates: live values, values that need new networks, and invalid ones (rejected with a reason). */
const PARAM_UPDATES: Record<string, unknown>[] = [
  { lrD: 0.001 }, { lrG: 0.0005 }, { lrD: 0.02, lrG: 0.02 }, { k: 2 }, { k: 1 }, { batch: 32 }, { batch: 128 },
  { init: 'glorot' }, { init: 'he' }, { seed: 3 }, { seed: 11 }, { optimizerD: 'sgd' }, { optimizerG: 'adam' },
  { loss: 'nonsaturating' }, { loss: 'minimax' }, { hiddenD: '8,8' }, { activation: 'relu' },
  { lrD: -1 }, { nope: 1 }, { k: 'many' },
];

type Rand = () => number;
const pick = <T,>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Installs the in-page record of scripted operations (survives nothing: set again after every navigation). */
async function installTracker(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __monkey?: unknown };
    if (!w.__monkey) w.__monkey = { next: 0, ops: {} };
  });
}

/** Calls window.ganPlayground.<op>(...args) in the page without waiting; its settling is recorded there. */
async function fire(page: Page, op: string, args: unknown[] = []): Promise<void> {
  await page.evaluate(
    ([op, args]) => {
      const m = (window as unknown as { __monkey: { next: number; ops: Record<number, { name: string; at: number; done?: string }> } }).__monkey;
      const id = m.next++;
      const rec: { name: string; at: number; done?: string } = { name: `${op}(${JSON.stringify(args).slice(1, -1).slice(0, 60)})`, at: Date.now() };
      m.ops[id] = rec;
      const g = window.ganPlayground as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      let p: Promise<unknown>;
      if (op === 'checkpointRoundTrip') {
        p = g.saveCheckpoint().then((text) => g.loadCheckpoint(text));
      } else {
        p = Promise.resolve(g[op](...(args as unknown[])));
      }
      p.then(
        () => (rec.done = 'ok'),
        (e: unknown) => (rec.done = `rejected: ${e instanceof Error ? e.message : String(e)}`),
      );
    },
    [op, args] as const,
  );
}

/** Operations unsettled for longer than the bound; operations the page gave up (with a reason); forgets settled ones. */
async function sweep(page: Page, result: MonkeyResult): Promise<number> {
  const { late, gaveUp, pending } = await page.evaluate(
    (bound) => {
      const m = (window as unknown as { __monkey?: { ops: Record<number, { name: string; at: number; done?: string; reported?: boolean }> } }).__monkey;
      const late: string[] = [];
      const gaveUp: string[] = [];
      let pending = 0;
      const now = Date.now();
      for (const [id, op] of Object.entries(m?.ops ?? {})) {
        if (op.done) {
          if (/did not finish|was not started/.test(op.done)) gaveUp.push(`${op.name}: ${op.done}`);
          delete m!.ops[Number(id)];
        } else if (now - op.at > bound && !op.reported) {
          op.reported = true;
          late.push(`${op.name} unsettled after ${Math.round((now - op.at) / 1000)} s`);
        } else if (!op.reported) {
          pending++;
        }
      }
      return { late, gaveUp, pending };
    },
    SETTLE_BOUND_MS,
  );
  result.unsettled.push(...late);
  result.gaveUp.push(...gaveUp);
  return pending;
}

/** page.evaluate with a bound on the Node side: a frozen page makes it throw instead of waiting forever. */
export async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openAt(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await within(60_000, `page ready (${query})`, page.evaluate(() => window.ganPlayground!.ready));
  await installTracker(page);
}

const getStatus = (page: Page): Promise<PlaygroundStatus> => page.evaluate(() => window.ganPlayground!.getStatus());

/** One random action; returns a line describing it. */
async function act(page: Page, r: Rand): Promise<string> {
  const roll = r() * 100;
  if (roll < 20) {
    const buttons = page.locator(`button:visible:not(${SKIP_BUTTONS})`);
    const n = await buttons.count();
    if (!n) return 'click: no button';
    const b = buttons.nth(int(r, 0, n - 1));
    const label = ((await b.getAttribute('data-action').catch(() => null)) ?? (await b.textContent().catch(() => '')) ?? '').trim().slice(0, 30);
    await b.click({ timeout: 2000 }).catch(() => undefined);
    return `click ${label}`;
  }
  if (roll < 34) {
    const key = pick(r, KEYS);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
    await page.keyboard.press(key);
    return `key ${JSON.stringify(key)}`;
  }
  if (roll < 48) {
    const selects = page.locator('select:visible');
    const n = await selects.count();
    if (!n) return 'select: none';
    const s = selects.nth(int(r, 0, n - 1));
    const values = await s.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)).catch(() => [] as string[]);
    if (!values.length) return 'select: no options';
    const v = pick(r, values);
    const name = (await s.getAttribute('data-param').catch(() => null)) ?? (await s.getAttribute('data-control').catch(() => null)) ?? 'select';
    await s.selectOption(v, { timeout: 2000 }).catch(() => undefined);
    return `select ${name}=${v}`;
  }
  if (roll < 60) {
    const inputs = page.locator('input[type=range]:visible, input[type=number]:visible');
    const n = await inputs.count();
    if (!n) return 'input: none';
    const el = inputs.nth(int(r, 0, n - 1));
    const info = await el.evaluate((e) => {
      const i = e as HTMLInputElement;
      return { type: i.type, min: Number(i.min || 0), max: Number(i.max || 1), name: i.dataset.param ?? i.id ?? '' };
    }).catch(() => null);
    if (!info) return 'input: gone';
    if (info.type === 'range' && r() < 0.6) {
      const box = await el.boundingBox().catch(() => null);
      if (!box) return 'drag: no box';
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * r(), y);
      await page.mouse.down();
      for (let i = 0; i < 4; i++) await page.mouse.move(box.x + box.width * r(), y, { steps: 3 });
      await page.mouse.up();
      return `drag ${info.name}`;
    }
    const garbage = r() < 0.1;
    const v = garbage ? pick(r, ['', '-5', '1e9', 'abc']) : String(info.min + (info.max - info.min) * r());
    await el.fill(v, { timeout: 2000 }).catch(() => undefined);
    if (info.type === 'number') await el.press('Enter', { timeout: 2000 }).catch(() => undefined);
    return `fill ${info.name}=${v}`;
  }
  if (roll < 64) {
    const boxes = page.locator('input[type=checkbox]:visible');
    const n = await boxes.count();
    if (!n) return 'checkbox: none';
    await boxes.nth(int(r, 0, n - 1)).click({ timeout: 2000 }).catch(() => undefined);
    return 'checkbox';
  }
  if (roll < 71) {
    const id = pick(r, EXPERIMENT_IDS);
    if (r() < 0.5) {
      await page.locator('select[data-control="experiment"]').selectOption(id, { timeout: 2000 }).catch(() => undefined);
      return `experiment (UI) ${id}`;
    }
    await fire(page, 'selectExperiment', [id]);
    return `selectExperiment ${id}`;
  }
  if (roll < 73) {
    const backend = pick(r, BACKENDS);
    const experiment = pick(r, EXPERIMENT_IDS);
    const autoplay = r() < 0.5 ? '&autoplay=1' : '';
    await openAt(page, `?backend=${backend}&experiment=${experiment}${autoplay}`);
    return `backend ${backend} (${experiment}${autoplay})`;
  }
  if (roll < 82) {
    const playing = r() < 0.5;
    if (r() < 0.5) {
      await page.locator('[data-action="play"]').click({ timeout: 2000 }).catch(() => undefined);
      return 'play button';
    }
    await page.evaluate((p) => (p ? window.ganPlayground!.play() : window.ganPlayground!.pause()), playing);
    return playing ? 'play()' : 'pause()';
  }
  if (roll < 96) {
    const which = int(r, 0, 11);
    switch (which) {
      case 10:
      case 11: {
        // FOUND.md's pattern: an operation that replaces or steps the run, then Play while it is under way
        const op = pick(r, ['setParams', 'selectExperiment', 'reset', 'step', 'applyPreset'] as const);
        const args: unknown[] = op === 'setParams' ? [pick(r, PARAM_UPDATES)] : op === 'selectExperiment' ? [pick(r, EXPERIMENT_IDS)] : [];
        if (op === 'applyPreset') args.push(pick(r, await page.evaluate(() => window.ganPlayground!.presets())));
        await fire(page, op, args);
        const ms = int(r, 0, 400);
        await page.waitForTimeout(ms);
        await page.evaluate(() => window.ganPlayground!.play());
        return `${op}(${args.map((a) => JSON.stringify(a)).join(', ')}) then play() after ${ms} ms`;
      }
      case 0:
      case 1:
        await fire(page, 'setParams', [pick(r, PARAM_UPDATES)]);
        return 'setParams';
      case 2:
        await fire(page, 'step', [int(r, 1, 20)]);
        return 'step()';
      case 3:
        await fire(page, 'reset');
        return 'reset()';
      case 4: {
        const presets = await page.evaluate(() => window.ganPlayground!.presets());
        await fire(page, 'applyPreset', [r() < 0.9 ? pick(r, presets) : 'no-such-preset']);
        return 'applyPreset()';
      }
      case 5:
        await fire(page, 'checkpointRoundTrip');
        return 'save+load checkpoint';
      case 6:
        await fire(page, 'rollback');
        return 'rollback()';
      case 7:
        await fire(page, r() < 0.5 ? 'updateD' : 'updateG');
        return 'single update';
      case 8:
        await fire(page, 'sample', [4]);
        return 'sample()';
      default:
        await fire(page, 'selectExperiment', [pick(r, EXPERIMENT_IDS)]);
        return 'selectExperiment()';
    }
  }
  const ms = int(r, 200, 1500);
  await page.waitForTimeout(ms);
  return `wait ${ms} ms`;
}

/** Runs the monkey on an open playground page, then checks that the page is alive and its tensors flat. */
export async function runMonkey(page: Page, options: MonkeyOptions): Promise<MonkeyResult> {
  const r = mulberry32(options.seed);
  const result: MonkeyResult = { actions: 0, unsettled: [], gaveUp: [], errors: [], trail: [] };
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  page.on('pageerror', (e) => result.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (!EXPECTED_CONSOLE_ERRORS.some((x) => x.pattern.test(text))) result.errors.push(`console: ${text}`);
  });
  await openAt(page, `?experiment=${pick(r, EXPERIMENT_IDS)}&autoplay=1`);
  const end = Date.now() + (options.durationMs ?? Infinity);
  const maxActions = options.maxActions ?? Infinity;
  const minActions = options.minActions ?? 0;
  while ((Date.now() < end || result.actions < minActions) && result.actions < maxActions) {
    const line = await within(60_000, `action ${result.actions + 1}`, act(page, r));
    result.actions++;
    const entry = `${result.actions}: ${line}`;
    result.trail.push(entry);
    options.log?.(entry);
    if (result.actions % 5 === 0) await sweep(page, result);
    await page.waitForTimeout(int(r, 30, 250));
  }
  // Everything still in flight settles within the bound.
  const deadline = Date.now() + SETTLE_BOUND_MS + 2000;
  while ((await sweep(page, result)) > 0 && Date.now() < deadline) await page.waitForTimeout(1000);
  await sweep(page, result);
  return result;
}

/**
 * After a monkey run: the page answers, training advances when played, and a reset run's tensor count is flat
 * (the same after reset + steps done twice).
 */
export async function checkAlive(page: Page): Promise<void> {
  const bound = <T,>(what: string, p: Promise<T>) => within(SETTLE_BOUND_MS, what, p);
  const { experiment } = await within(5000, 'getStatus', getStatus(page));
  await bound('pause', page.evaluate(() => window.ganPlayground!.pause()));
  // The monkey may have left a set-up that cannot train (toy2d's `draw` data set with no points): the default one.
  await bound('selectExperiment', page.evaluate((id) => window.ganPlayground!.selectExperiment(id), experiment));
  await bound('step', page.evaluate(() => window.ganPlayground!.step(1)));
  const before = (await getStatus(page)).step;
  await page.evaluate(() => window.ganPlayground!.play());
  try {
    await expect.poll(async () => (await within(5000, 'getStatus', getStatus(page))).step, { timeout: SETTLE_BOUND_MS })
      .toBeGreaterThan(before);
  } catch (e) {
    throw new Error(`training did not advance when played: ${JSON.stringify(await getStatus(page))}\n${String(e)}`);
  }
  const tensorsAfterResetAndSteps = async () => {
    await page.evaluate(() => window.ganPlayground!.pause());
    await bound('reset', page.evaluate(() => window.ganPlayground!.reset()));
    await bound('step', page.evaluate(() => window.ganPlayground!.step(3)));
    return (await getStatus(page)).numTensors;
  };
  const first = await tensorsAfterResetAndSteps();
  const second = await tensorsAfterResetAndSteps();
  expect(second, 'tensors after reset + 3 steps, done twice').toBe(first);
}
