// Checks of the scripting API's arguments, before anything is queued.

export const MAX_ROWS = 100_000;

export function checkSampleCount(n: unknown): asserts n is number {
  if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > MAX_ROWS) {
    throw new Error(`sample(n) takes a whole number n from 1 to ${MAX_ROWS}`);
  }
}

export function checkRows(xs: unknown): asserts xs is number[][] {
  const ok =
    Array.isArray(xs) &&
    xs.length <= MAX_ROWS &&
    xs.every((r) => Array.isArray(r) && r.every((v) => typeof v === 'number' && Number.isFinite(v)));
  if (!ok) throw new Error('discriminate(xs) takes an array of rows of finite numbers');
}

/** `{ run: 'A' | 'B' }`: which run of a comparison sample() and discriminate() read (A when absent). */
export interface RunChoice {
  run?: 'A' | 'B';
}

export function checkRunChoice(options: unknown): 'A' | 'B' {
  if (options === undefined || options === null) return 'A';
  if (typeof options !== 'object' || Array.isArray(options)) throw new Error('The options must be an object, e.g. { run: "B" }');
  const run: unknown = 'run' in options ? options.run : undefined;
  if (run === undefined || run === 'A' || run === 'B') return run ?? 'A';
  throw new Error('run must be "A" or "B"');
}
