// Checks of the scripting API's arguments, before anything is queued.

export const MAX_ROWS = 100_000;

export function checkSampleCount(n: unknown): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_ROWS) {
    throw new Error(`sample(n) takes a whole number n from 1 to ${MAX_ROWS}`);
  }
}

/** sample(n, options): which run of a comparison (checkRunChoice) and the digit a conditional GAN is asked for. */
export interface SampleOptions extends RunChoice {
  label?: number;
}

const SAMPLE_OPTIONS = ['label', 'run'];

/** The options of sample(n, { label }): the digit a conditional GAN is asked for, or undefined when none is given. */
export function sampleLabel(opts: unknown): number | undefined {
  if (opts === undefined || opts === null) return undefined;
  if (typeof opts !== 'object' || Array.isArray(opts)) throw new Error('sample(n, opts): opts must be an object such as { label: 3 }');
  const unknown = Object.keys(opts).filter((k) => !SAMPLE_OPTIONS.includes(k));
  if (unknown.length) throw new Error(`sample(n, opts): unknown option "${unknown[0].slice(0, 40)}" (label and run are supported)`);
  const label = 'label' in opts ? opts.label : undefined;
  if (label === undefined) return undefined;
  if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label > 9) {
    throw new Error('sample(n, { label }): label must be a whole number from 0 to 9 (the digit to draw)');
  }
  return label;
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
