import { findSpec, parseLayers, type ExperimentSchema, type ParamSpec, type ParamValue, type Params } from './schema';

export type Coerced =
  | { ok: true; value: ParamValue; adjusted?: string }
  | { ok: false; error: string };

/**
 * Checks one raw value against its schema entry.
 *  strict  (setParams, the UI): anything not exactly valid is an error.
 *  lenient (URL parameters):    out-of-range numbers are clamped and non-integers rounded, with a note saying so;
 *                                wrong types and unknown choices are still errors (the caller drops them).
 */
export function coerce(spec: ParamSpec, raw: unknown, mode: 'strict' | 'lenient'): Coerced {
  switch (spec.kind) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return { ok: false, error: `${spec.key} must be a finite number` };
      let v = n;
      const notes: string[] = [];
      if (spec.integer && !Number.isInteger(v)) {
        if (mode === 'strict') return { ok: false, error: `${spec.key} must be a whole number` };
        v = Math.round(v);
        notes.push('rounded');
      }
      if (v < spec.min || v > spec.max) {
        if (mode === 'strict') return { ok: false, error: `${spec.key} must be between ${spec.min} and ${spec.max}` };
        v = Math.min(spec.max, Math.max(spec.min, v));
        notes.push(`clamped to ${v} (range ${spec.min} to ${spec.max})`);
      }
      return notes.length ? { ok: true, value: v, adjusted: `${spec.key}: ${notes.join(', ')}` } : { ok: true, value: v };
    }
    case 'choice': {
      if (typeof raw === 'string' && spec.options.some((o) => o.value === raw)) return { ok: true, value: raw };
      return { ok: false, error: `${spec.key} must be one of ${spec.options.map((o) => o.value).join(', ')}` };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === '0' || raw === 'false') return { ok: true, value: false };
      return { ok: false, error: `${spec.key} must be true or false` };
    }
    case 'layers': {
      const text = Array.isArray(raw) ? raw.join(',') : raw;
      if (typeof text !== 'string' || !/^\s*(\d+(\s*,\s*\d+)*)?\s*$/.test(text) || text.length > 200) {
        return { ok: false, error: `${spec.key} must be a comma-separated list of layer sizes, e.g. 6,5` };
      }
      const sizes = parseLayers(text);
      if (sizes.length > spec.maxLayers) {
        return { ok: false, error: `${spec.key} may have at most ${spec.maxLayers} hidden layers` };
      }
      const tooBig = sizes.some((s) => s < 1 || s > spec.maxUnits);
      if (tooBig && mode === 'strict') {
        return { ok: false, error: `${spec.key} layer sizes must be between 1 and ${spec.maxUnits}` };
      }
      const fixed = sizes.map((s) => Math.min(spec.maxUnits, Math.max(1, s)));
      const value = fixed.join(',');
      return tooBig ? { ok: true, value, adjusted: `${spec.key}: layer sizes clamped to ${value}` } : { ok: true, value };
    }
  }
}

/**
 * Validates a partial update for setParams and the UI: every key must be in the schema and every value valid,
 * else an Error naming the first bad key is thrown and nothing is returned (so nothing changes).
 */
export function validateUpdate(schema: ExperimentSchema, update: Record<string, unknown>): Params {
  if (update === null || typeof update !== 'object' || Array.isArray(update)) {
    throw new Error('setParams takes an object of parameter values');
  }
  const out: Params = {};
  for (const key of Object.keys(update)) {
    const spec = findSpec(schema, key);
    if (!spec) throw new Error(`Unknown parameter "${key}"`);
    const r = coerce(spec, update[key], 'strict');
    if (!r.ok) throw new Error(`Invalid value for "${key}": ${r.error}`);
    out[key] = r.value;
  }
  return out;
}
