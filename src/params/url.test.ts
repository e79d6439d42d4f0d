import { describe, expect, it } from 'vitest';
import { gaussian1dSchema } from '../experiments/gaussian1d/schema';
import { EXPERIMENTS } from '../experiments/registry';
import { mulberry32 } from '../core/rng';
import { defaultParams, presetParams, type ExperimentSchema, type ParamSpec, type Params } from './schema';
import { PAGE_KEYS, parseQuery, toQuery } from './url';

const S = gaussian1dSchema;
const DEFAULTS = defaultParams(S);

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

const joined = (notices: string[]): string => notices.join('\n');

describe('parseQuery: basics', () => {
  it('an empty query gives the default preset, no autoplay, no notices', () => {
    for (const q of ['', '?']) {
      const s = parseQuery(S, q);
      expect(s.preset).toBe('default');
      expect(s.params).toEqual(DEFAULTS);
      expect(s.autoplay).toBe(false);
      expect(s.notices).toEqual([]);
    }
  });

  it('reads values with or without the leading "?" and ignores the page keys', () => {
    for (const q of ['?experiment=gaussian1d&mu=1.5&batch=64', 'experiment=gaussian1d&mu=1.5&batch=64']) {
      const s = parseQuery(S, q);
      expect(s.params).toEqual({ ...DEFAULTS, mu: 1.5, batch: 64 });
      expect(s.notices).toEqual([]);
    }
    expect(PAGE_KEYS).toEqual(['experiment', 'preset', 'autoplay', 'backend', 'presenter', 'hide', 'theme']);
  });

  it('types every kind of value: numbers, choices, booleans, layers (URL-encoded or not)', () => {
    const s = parseQuery(S, 'seed=7&activation=relu&decay=1&pretrainD=true&hiddenD=6%2C5&hiddenG=3,2&lrD=1e-4');
    expect(s.params).toEqual({
      ...DEFAULTS, seed: 7, activation: 'relu', decay: true, pretrainD: true, hiddenD: '6,5', hiddenG: '3,2', lrD: 0.0001,
    });
    expect(s.notices).toEqual([]);
    expect(parseQuery(S, 'decay=0').params.decay).toBe(false);
    expect(parseQuery(S, 'decay=false').params.decay).toBe(false);
    expect(parseQuery(S, 'hiddenD=6,+5').params.hiddenD).toBe('6,5'); // '+' is a space in a query
  });
});

describe('parseQuery: clamping with notices', () => {
  it('clamps out-of-range numbers to the nearest bound and says so', () => {
    const s = parseQuery(S, 'mu=100&sigma=-3&seed=-5&batch=999999');
    expect(s.params).toMatchObject({ mu: 4, sigma: 0.1, seed: 0, batch: 2048 });
    expect(s.notices).toHaveLength(4);
    for (const key of ['mu', 'sigma', 'seed', 'batch']) expect(joined(s.notices)).toContain(key);
    expect(s.notices.find((n) => n.includes('mu'))).toMatch(/clamp/);
  });

  it('rounds non-integers for integer entries, with a notice', () => {
    const s = parseQuery(S, 'batch=64.6&k=2.2');
    expect(s.params).toMatchObject({ batch: 65, k: 2 });
    expect(s.notices).toHaveLength(2);
    expect(joined(s.notices)).toMatch(/batch.*round/);
  });

  it('clamps layer sizes into [1, maxUnits], with a notice', () => {
    const s = parseQuery(S, 'hiddenD=0,9999');
    expect(s.params.hiddenD).toBe('1,256');
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toContain('hiddenD');
  });
});

describe('parseQuery: dropping with notices', () => {
  it('drops wrong types and keeps the preset value', () => {
    const q = 'mu=abc&sigma=&activation=sigmoid&decay=maybe&hiddenD=6,,5&hiddenG=1e8&lrD=Infinity&batch=NaN&k=1,2';
    const s = parseQuery(S, q);
    expect(s.params).toEqual(DEFAULTS);
    expect(s.notices).toHaveLength(9);
    for (const key of ['mu', 'sigma', 'activation', 'decay', 'hiddenD', 'hiddenG', 'lrD', 'batch', 'k']) {
      expect(s.notices.some((n) => n.includes(key)), key).toBe(true);
    }
  });

  it('drops too many hidden layers', () => {
    const s = parseQuery(S, 'hiddenD=6,5,4,3,2');
    expect(s.params.hiddenD).toBe(DEFAULTS.hiddenD);
    expect(s.notices).toHaveLength(1);
  });

  it('drops unknown keys, including prototype names, and pollutes nothing', () => {
    const s = parseQuery(S, 'foo=1&__proto__=1&constructor=2&toString=3&MU=2&mu=2');
    expect(s.params).toEqual({ ...DEFAULTS, mu: 2 });
    expect(s.notices).toHaveLength(5);
    for (const key of ['foo', '__proto__', 'constructor', 'toString', 'MU']) {
      expect(s.notices.some((n) => n.includes(`"${key}"`)), key).toBe(true);
    }
    expect(Object.keys(s.params).sort()).toEqual(Object.keys(DEFAULTS).sort());
    expect(Object.getPrototypeOf(s.params)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    parseQuery(S, '__proto__[polluted]=1&constructor[prototype][polluted]=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops an unknown preset (also inherited names) and uses the default one', () => {
    for (const name of ['nope', '__proto__', 'toString', 'constructor', '']) {
      const s = parseQuery(S, `preset=${encodeURIComponent(name)}&mu=0.5`);
      expect(s.preset).toBe('default');
      expect(s.params).toEqual({ ...DEFAULTS, mu: 0.5 });
      expect(s.notices).toHaveLength(1);
      expect(s.notices[0]).toMatch(/preset/i);
    }
  });

  it('a <script> value is dropped and the notice is plain, bounded text', () => {
    const payload = '<script>alert(1)</script>';
    const s = parseQuery(S, `activation=${encodeURIComponent(payload)}&mu=${encodeURIComponent(payload)}`);
    expect(s.params).toEqual(DEFAULTS);
    expect(s.notices).toHaveLength(2);
    for (const n of s.notices) {
      expect(typeof n).toBe('string');
      expect(n.length).toBeLessThan(200);
    }
    // no parameter value carries markup
    for (const v of Object.values(s.params)) expect(String(v)).not.toMatch(/[<>]/);
    // a markup key is dropped the same way
    const k = parseQuery(S, `${encodeURIComponent('<img src=x onerror=alert(1)>')}=1`);
    expect(k.params).toEqual(DEFAULTS);
    expect(k.notices).toHaveLength(1);
    expect(typeof k.notices[0]).toBe('string');
  });

  it('shortens long values in notices', () => {
    const long = 'x'.repeat(500);
    const s = parseQuery(S, `activation=${long}`);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].length).toBeLessThan(200);
    expect(s.notices[0]).not.toContain(long);
  });
});

describe('parseQuery: presets, autoplay, duplicates, length', () => {
  it('applies the preset first, then the overrides', () => {
    const s = parseQuery(S, 'preset=jang&lrD=0.01&mu=2');
    expect(s.preset).toBe('jang');
    expect(s.params).toEqual({ ...presetParams(S, 'jang'), lrD: 0.01, mu: 2 });
    expect(s.params.batch).toBe(200); // from the preset
    expect(s.notices).toEqual([]);
    // the order in the query does not matter
    expect(parseQuery(S, 'lrD=0.01&mu=2&preset=jang').params).toEqual(s.params);
  });

  it('autoplay=1 and autoplay=true turn autoplay on; anything else leaves it off', () => {
    expect(parseQuery(S, 'autoplay=1').autoplay).toBe(true);
    expect(parseQuery(S, 'autoplay=true').autoplay).toBe(true);
    for (const q of ['autoplay=0', 'autoplay=false', 'autoplay=yes', 'autoplay=', '']) {
      expect(parseQuery(S, q).autoplay, q).toBe(false);
    }
    expect(parseQuery(S, 'autoplay=1').notices).toEqual([]);
  });

  it('uses the first of duplicate keys, with a notice', () => {
    const s = parseQuery(S, 'mu=1&mu=2&mu=3');
    expect(s.params.mu).toBe(1);
    expect(s.notices).toHaveLength(2);
    expect(s.notices[0]).toContain('mu');
    const p = parseQuery(S, 'preset=jang&preset=default');
    expect(p.preset).toBe('jang');
  });

  it('reads only the first 4000 characters of a very long query, and says so', () => {
    const q = 'mu=1.5&' + 'junk='.padEnd(20000, 'y') + '&sigma=0.5';
    const t0 = performance.now();
    const s = parseQuery(S, q);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(s.params.mu).toBe(1.5);
    expect(s.params.sigma).toBe(DEFAULTS.sigma); // beyond the cut
    expect(s.notices.some((n) => /4000/.test(n.replace(/,/g, '')))).toBe(true);
    for (const n of s.notices) expect(n.length).toBeLessThan(200);
  });

  it('copes with thousands of short pairs', () => {
    const q = Array.from({ length: 800 }, (_, i) => `u${i}=1`).join('&');
    const s = parseQuery(S, q);
    expect(s.params).toEqual(DEFAULTS);
    expect(s.notices.length).toBeGreaterThan(0);
  });
});

describe('toQuery', () => {
  it('writes only the experiment and the seed for the defaults', () => {
    expect(toQuery(S, 'gaussian1d', 'default', DEFAULTS)).toBe('experiment=gaussian1d&seed=1');
  });

  it('writes the preset and only the values that differ from it', () => {
    const params = { ...presetParams(S, 'jang'), mu: 2 };
    const q = new URLSearchParams(toQuery(S, 'gaussian1d', 'jang', params));
    expect(q.get('preset')).toBe('jang');
    expect(q.get('mu')).toBe('2');
    expect(q.get('seed')).toBe('1');
    expect([...q.keys()].sort()).toEqual(['experiment', 'mu', 'preset', 'seed']);
  });
});

// ---- round trip ---------------------------------------------------------------------------------------------------

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

describe('round trip per schema entry, per preset, and with page options', () => {
  /** Values worth trying for one entry: bounds, default, every option, both booleans, a layer list. */
  const valuesOf = (e: ParamSpec): (string | number | boolean)[] => {
    switch (e.kind) {
      case 'number': return [e.min, e.max, e.default];
      case 'choice': return e.options.map((o) => o.value);
      case 'boolean': return [true, false];
      case 'layers': return [e.default, '', '3,2'];
    }
  };

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
          const values: (string | number | boolean)[] =
            e.kind === 'number' ? [e.min, e.max, e.default]
            : e.kind === 'choice' ? e.options.map((o) => o.value)
            : e.kind === 'boolean' ? [true, false]
            : [e.default, '3,2'];
          for (const v of values) {
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
