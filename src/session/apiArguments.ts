// Checks of the scripting API's arguments, before anything is queued.

export const MAX_ROWS = 100_000;

export function checkSampleCount(n: unknown): asserts n is number {
  if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > MAX_ROWS) {
    throw new Error(`sample(n) takes a whole number n from 1 to ${MAX_ROWS}`);
  }
}

/** The options of sample(n, { label }): the digit a conditional GAN is asked for, or undefined when none is given. */
export function sampleLabel(opts: unknown): number | undefined {
  if (opts === undefined || opts === null) return undefined;
  if (typeof opts !== 'object' || Array.isArray(opts)) throw new Error('sample(n, opts): opts must be an object such as { label: 3 }');
  const unknown = Object.keys(opts).filter((k) => k !== 'label');
  if (unknown.length) throw new Error(`sample(n, opts): unknown option "${unknown[0].slice(0, 40)}" (only label is supported)`);
  const { label } = opts as { label?: unknown };
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
