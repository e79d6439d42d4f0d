// Links as state: every parameter set written by toQuery reads back unchanged through parseQuery.
import { describe, expect, it } from 'vitest';
import { gaussian1dSchema } from '../experiments/gaussian1d/schema';
import { EXPERIMENTS } from '../experiments/registry';
import { mulberry32 } from '../core/rng';
import { defaultParams, presetParams, type ExperimentSchema, type ParamSpec, type Params } from './schema';
import { parseQuery, toQuery } from './url';
import { readFileSync } from 'node:fs';
import { hiddenNames, hideToText, HIDEABLE_PANELS, PAGE_PARTS, PARAM_GROUPS, parseHide } from './hide';

const S = gaussian1dSchema;
const DEFAULTS = defaultParams(S);

/** A small schema with one entry of every kind, for random round trips. */
const base = { label: 'x', help: 'x', group: 'run', effect: 'live' } as const;
const tiny: ExperimentSchema = {
  entries: [
    { ...base, kind: 'number', key: 'seed', min: 0, max: 999, step: 1, integer: true, default: 1 },
    { ...base, kind: 'number', key: 'count', min: 1, max: 10, step: 1, integer: true, default: 3 },
    { ...base, kind: 'number', key: 'rate', min: -1, max: 1, step: 0.01, default: 0 },
    { ...base, kind: 'choice', key: 'mode', default: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { ...base, kind: 'boolean', key: 'flag', default: false },
    { ...base, kind: 'layers', key: 'layers', default: '4', maxLayers: 2, maxUnits: 10 },
  ],
  presets: {
    plain: { label: 'Plain', description: '', params: {} },
    big: { label: 'Big', description: '', params: { count: 9, layers: '8,8', flag: true, mode: 'b' } },
  },
  defaultPreset: 'plain',
};


/** A random valid value for a schema entry (sometimes the bounds or the default). */
function randomValue(e: ParamSpec, rand: () => number): string | number | boolean {
  const pick = rand();
  switch (e.kind) {
    case 'number': {
      if (pick < 0.1) return e.min;
      if (pick < 0.2) return e.max;
      if (pick < 0.3) return e.default;
      if (e.integer) return Math.min(e.max, e.min + Math.floor(rand() * (e.max - e.min + 1)));
      const v = e.log
        ? Math.exp(Math.log(e.min) + rand() * (Math.log(e.max) - Math.log(e.min)))
        : e.min + rand() * (e.max - e.min);
      return Math.min(e.max, Math.max(e.min, v));
    }
    case 'choice':
      return e.options[Math.floor(rand() * e.options.length)].value;
    case 'boolean':
      return rand() < 0.5;
    case 'layers': {
      if (pick < 0.1) return e.default;
      const n = Math.floor(rand() * (e.maxLayers + 1)); // 0 … maxLayers hidden layers
      return Array.from({ length: n }, () => 1 + Math.floor(rand() * e.maxUnits)).join(',');
    }
  }
}

function roundTrip(schema: ExperimentSchema, seed: number, runs: number): void {
  const rand = mulberry32(seed);
  const presets = Object.keys(schema.presets);
  const seen = new Map<string, Set<string>>();
  for (let r = 0; r < runs; r++) {
    const preset = presets[Math.floor(rand() * presets.length)];
    // start from the preset so some values equal it (and are left out of the link)
    const params: Params = { ...presetParams(schema, preset) };
    for (const e of schema.entries) {
      if (rand() < 0.7) params[e.key] = randomValue(e, rand);
      const s = seen.get(e.key) ?? new Set<string>();
      s.add(String(params[e.key]));
      seen.set(e.key, s);
    }
    const query = toQuery(schema, 'exp', preset, params);
    const back = parseQuery(schema, '?' + query);
    expect(back.notices, query).toEqual([]);
    expect(back.preset, query).toBe(preset);
    expect(back.params, query).toEqual(params);
    for (const e of schema.entries) expect(typeof back.params[e.key], e.key).toBe(typeof e.default);
  }
  // the generator really varied every entry
  for (const e of schema.entries) expect(seen.get(e.key)!.size, e.key).toBeGreaterThan(1);
}

describe('toQuery → parseQuery round trip', () => {
  it('reproduces 300 random valid gaussian1d parameter sets exactly, with no notices', () => roundTrip(S, 2024, 300));
  it('reproduces 200 random valid parameter sets of a small schema', () => roundTrip(tiny, 7, 200));

  it('covers every entry of gaussian1dSchema, including booleans and layers', () => {
    const kinds = new Set(S.entries.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['number', 'choice', 'boolean', 'layers']));
  });

  it('round-trips awkward numbers (tiny, many digits, exponent form)', () => {
    const params = { ...DEFAULTS, lrD: 1e-5, lrG: 0.000123456789012345, mu: -3.9999999999999996, sigma: 1 / 3, seed: 999999 };
    const back = parseQuery(S, toQuery(S, 'gaussian1d', 'default', params));
    expect(back.notices).toEqual([]);
    expect(back.params).toEqual(params);
  });

  it('round-trips no hidden layer (an empty list)', () => {
    const params = { ...DEFAULTS, hiddenG: '' };
    const back = parseQuery(S, toQuery(S, 'gaussian1d', 'default', params));
    expect(back.notices).toEqual([]);
    expect(back.params).toEqual(params);
  });
});

/** Values worth trying for one entry: bounds, default, every option, both booleans, a layer list. */
function valuesOf(e: ParamSpec): (string | number | boolean)[] {
  switch (e.kind) {
    case 'number': return [e.min, e.max, e.default];
    case 'choice': return e.options.map((o) => o.value);
    case 'boolean': return [true, false];
    case 'layers': return [e.default, '', '3,2'];
  }
}

describe('round trip per schema entry, per preset, and with page options', () => {
  it('every gaussian1d entry alone, at each interesting value, under every preset', () => {
    for (const preset of Object.keys(S.presets)) {
      for (const e of S.entries) {
        for (const v of valuesOf(e)) {
          const params = { ...presetParams(S, preset), [e.key]: v };
          const back = parseQuery(S, toQuery(S, 'gaussian1d', preset, params));
          expect(back.notices, `${preset} ${e.key}=${v}`).toEqual([]);
          expect(back.preset).toBe(preset);
          expect(back.params[e.key], `${preset} ${e.key}`).toEqual(v);
          expect(back.params).toEqual(params);
        }
      }
    }
  });

  it('every preset link (?preset=name) loads that preset’s full configuration', () => {
    for (const [name, p] of Object.entries(S.presets)) {
      const back = parseQuery(S, `?experiment=gaussian1d&preset=${name}`);
      expect(back.notices).toEqual([]);
      expect(back.params).toEqual({ ...DEFAULTS, ...p.params });
    }
  });

  it('keeps presenter mode and hidden controls in the link, and validates hide against the schema', () => {
    const query = toQuery(S, 'gaussian1d', 'default', DEFAULTS, { presenter: true, hide: { all: false, keys: ['lrD', 'k'] } });
    expect(query).toContain('presenter=1');
    const back = parseQuery(S, query);
    expect(back.presenter).toBe(true);
    expect(back.hide).toEqual({ all: false, keys: ['lrD', 'k'] });
    expect(back.notices).toEqual([]);
    const all = parseQuery(S, '?hide=controls');
    expect(all.hide.all).toBe(true);
    const bad = parseQuery(S, '?hide=lrD,__proto__,<b>x</b>,lrD');
    expect(bad.hide.keys).toEqual(['lrD']);
    expect(bad.notices.join('\n')).toContain('__proto__');
    expect(parseQuery(S, '').presenter).toBe(false);
    expect(toQuery(S, 'gaussian1d', 'default', DEFAULTS, { presenter: false, hide: { all: false, keys: [] } })).not.toMatch(/presenter|hide/);
  });
});

describe('theme in the link', () => {
  it('round-trips light and dark, leaves system out, and refuses an unknown theme with a notice', () => {
    for (const theme of ['light', 'dark'] as const) {
      const query = toQuery(S, 'gaussian1d', 'default', DEFAULTS, { presenter: false, hide: { all: false, keys: [] }, theme });
      expect(query).toContain(`theme=${theme}`);
      const back = parseQuery(S, query);
      expect(back.theme).toBe(theme);
      expect(back.notices).toEqual([]);
    }
    expect(toQuery(S, 'gaussian1d', 'default', DEFAULTS, { presenter: false, hide: { all: false, keys: [] }, theme: 'system' })).not.toContain('theme');
    expect(parseQuery(S, '').theme).toBe('system');
    const bad = parseQuery(S, '?theme=%3Cb%3Eneon%3C/b%3E');
    expect(bad.theme).toBe('system');
    expect(bad.notices.join('\n')).toContain('Unknown theme');
    expect(bad.params).toEqual(DEFAULTS);
  });
});

describe('every experiment: each schema entry alone round-trips through the link', () => {
  for (const experiment of EXPERIMENTS) {
    it(`${experiment.id}: every entry at its bounds, default, options and layer lists, under every preset`, () => {
      const schema = experiment.schema;
      for (const preset of Object.keys(schema.presets)) {
        for (const e of schema.entries) {
          // an empty layer list is left out here: not every experiment's networks allow it
          for (const v of valuesOf(e).filter((x) => !(e.kind === 'layers' && x === ''))) {
            const params = { ...presetParams(schema, preset), [e.key]: v };
            const back = parseQuery(schema, toQuery(schema, experiment.id, preset, params));
            expect(back.notices, `${experiment.id} ${preset} ${e.key}=${v}`).toEqual([]);
            expect(back.params, `${experiment.id} ${preset} ${e.key}=${v}`).toEqual(params);
          }
        }
      }
    });
  }
});

describe('hide= for groups, page parts and panels', () => {
  it('reads groups, parts, panels and keys, round-trips them, and refuses unknown items with a notice', () => {
    const notices: string[] = [];
    const h = parseHide(S, 'networks,lrD,export,timeline,mapping,nope,export', notices);
    expect(h).toEqual({ all: false, keys: ['lrD'], groups: ['networks'], parts: ['export', 'timeline'], panels: ['mapping'] });
    expect(notices).toEqual(['hide: unknown control "nope" was ignored.']);
    expect(parseHide(S, hideToText(h), [])).toEqual(h);
    expect(hiddenNames(h)).toBe('export timeline mapping');
    expect(hiddenNames(parseHide(S, 'lrD', []))).toBe('');
    // every part and panel has its rule in the style sheet that hides it
    const css = readFileSync(new URL('../ui/teaching/hidden.css', import.meta.url), 'utf8');
    for (const name of [...Object.keys(PAGE_PARTS), ...Object.keys(HIDEABLE_PANELS)]) expect(css, name).toContain(`html[data-hide~="${name}"]`);
    // no schema key of any experiment is shadowed by a group, part or panel name
    const names = new Set<string>([...PARAM_GROUPS, ...Object.keys(PAGE_PARTS), ...Object.keys(HIDEABLE_PANELS), 'controls']);
    for (const e of EXPERIMENTS) for (const entry of e.schema.entries) expect(names.has(entry.key), entry.key).toBe(false);
  });
});
