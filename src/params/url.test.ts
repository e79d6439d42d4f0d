import { describe, expect, it } from 'vitest';
import { gaussian1dSchema } from '../experiments/gaussian1d/schema';
import { defaultParams, presetParams } from './schema';
import { PAGE_KEYS, parseQuery, toQuery } from './url';

const S = gaussian1dSchema;
const DEFAULTS = defaultParams(S);

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
    expect(PAGE_KEYS).toEqual(['experiment', 'preset', 'autoplay', 'backend', 'presenter', 'hide', 'theme', 'points', 'lesson', 'card', 'start', 'compare']);
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

  it('writes start=trained for a run opened at its trained checkpoint, and the link reads back as one', () => {
    const q = toQuery(S, 'gaussian1d', 'default', DEFAULTS, { presenter: false, hide: parseQuery(S, '').hide, startTrained: true });
    expect(new URLSearchParams(q).get('start')).toBe('trained');
    expect(parseQuery(S, `?${q}`).startTrained).toBe(true);
    expect(new URLSearchParams(toQuery(S, 'gaussian1d', 'default', DEFAULTS)).has('start')).toBe(false);
  });
});

// ---- round trip ---------------------------------------------------------------------------------------------------
