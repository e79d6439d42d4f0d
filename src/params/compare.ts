// A comparison: run B is run A with one setting changed (same seed, same data stream, trained in lockstep).
// The setting is checked by the experiment's own schema, as setParams checks it; this file adds what a comparison
// may not change, and the link form `compare=<key>:<value>`.
import { findSpec, type ExperimentSchema, type Params } from './schema';
import { validateUpdate } from './validate';
import type { UrlState } from './url';

/** Keys a comparison may not change, and why (what B shares with A, or what is about watching, not training). */
const NOT_COMPARED: Readonly<Record<string, string>> = {
  experiment: 'run B trains the same experiment as run A',
  preset: 'run B starts from run A’s settings; compare one setting instead',
  seed: 'run B shares run A’s seed, so the two see the same noise and data',
  speed: 'both runs are drawn at one speed',
  stopAt: 'both runs stop at the same step',
};

/**
 * Checks a comparison against the schema (strictly, as setParams does) and against run A's parameters: exactly one
 * key, one a comparison may change, with a value that differs from A's. Returns the update; throws an Error with
 * the reason otherwise.
 */
export function validateCompare(schema: ExperimentSchema, update: Record<string, unknown>, paramsA: Params): Params {
  if (update === null || typeof update !== 'object' || Array.isArray(update)) {
    throw new Error('setCompare takes an object with one parameter, e.g. { loss: "nonsaturating" }, or null');
  }
  const keys = Object.keys(update);
  if (keys.length !== 1) throw new Error(`A comparison changes exactly one setting; ${keys.length} were given`);
  const key = keys[0];
  if (Object.prototype.hasOwnProperty.call(NOT_COMPARED, key)) {
    throw new Error(`"${key}" cannot be compared: ${NOT_COMPARED[key]}`);
  }
  const valid = validateUpdate(schema, update);
  if (valid[key] === paramsA[key]) {
    throw new Error(`"${key}" is ${String(valid[key])} in run A already; choose another value for run B`);
  }
  return valid;
}

/** The keys a comparison may change in this schema (for the Compare… control). */
export function comparableKeys(schema: ExperimentSchema): string[] {
  return schema.entries.map((e) => e.key).filter((k) => !Object.prototype.hasOwnProperty.call(NOT_COMPARED, k));
}

/** Run B's parameters: run A's with the compared setting laid over them. */
export function paramsOfB(paramsA: Params, update: Params): Params {
  return { ...paramsA, ...update };
}

export type CompareLink = { ok: true; update: Params } | { ok: false; error: string };

/** Reads `compare=<key>:<value>` (the value may itself hold commas, e.g. `hiddenG:16,16`). */
export function parseCompareLink(schema: ExperimentSchema, text: string, paramsA: Params): CompareLink {
  const at = text.indexOf(':');
  if (at <= 0) return { ok: false, error: `compare must read <key>:<value>, e.g. loss:nonsaturating; "${short(text)}" was ignored` };
  const key = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  // no schema key is this long: the notice quotes at most 40 characters of what the link held
  if (key.length > 40) return { ok: false, error: `compare: Unknown parameter "${short(key)}"; "${short(text)}" was ignored` };
  try {
    return { ok: true, update: validateCompare(schema, { [key]: value }, paramsA) };
  } catch (e) {
    return { ok: false, error: `compare: ${e instanceof Error ? e.message : String(e)}; "${short(text)}" was ignored` };
  }
}

/** A link's `compare` key read against its experiment and run A's parameters from that link; null when absent. */
export function compareFromLink(schema: ExperimentSchema, url: Pick<UrlState, 'compareText' | 'params'>): CompareLink | null {
  return url.compareText === null ? null : parseCompareLink(schema, url.compareText, url.params);
}

/** The link form of a comparison: `<key>:<value>`. */
export function compareLinkText(update: Params): string {
  const [key] = Object.keys(update);
  return `${key}:${String(update[key])}`;
}

/** The one key a comparison changes. */
export function comparedKey(update: Params): string {
  return Object.keys(update)[0];
}

/** Whether the schema knows this key (a comparison saved for one experiment is dropped on another). */
export function fitsSchema(schema: ExperimentSchema, update: Params): boolean {
  return Object.keys(update).every((k) => findSpec(schema, k) !== undefined);
}

function short(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
