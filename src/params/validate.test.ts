import { describe, expect, it } from 'vitest';
import { gaussian1dSchema } from '../experiments/gaussian1d/schema';
import { defaultParams, findSpec, parseLayers, presetParams, type ExperimentSchema, type ParamSpec } from './schema';
import { coerce, validateUpdate } from './validate';

const base = { label: 'x', help: 'x', group: 'run', effect: 'live' } as const;

/** A small hand-made schema with one entry of every kind. */
const tiny: ExperimentSchema = {
  entries: [
    { ...base, kind: 'number', key: 'count', min: 1, max: 10, step: 1, integer: true, default: 3 },
    { ...base, kind: 'number', key: 'rate', min: -1, max: 1, step: 0.01, default: 0 },
    { ...base, kind: 'choice', key: 'mode', default: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { ...base, kind: 'boolean', key: 'flag', default: false },
    { ...base, kind: 'layers', key: 'layers', default: '4', maxLayers: 2, maxUnits: 10 },
  ],
  presets: {
    plain: { label: 'Plain', description: '', params: {} },
    big: { label: 'Big', description: '', params: { count: 9, layers: '8,8', flag: true } },
  },
  defaultPreset: 'plain',
};

/** Asserts that validateUpdate throws an Error whose message names `key` (in quotes). */
function expectRejected(schema: ExperimentSchema, update: Record<string, unknown>, key: string): void {
  let thrown: unknown;
  try {
    validateUpdate(schema, update);
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `${JSON.stringify(update)} should be rejected`).toBeInstanceOf(Error);
  expect((thrown as Error).message).toContain(`"${key}"`);
}

describe('validateUpdate: unknown keys', () => {
  for (const key of ['nope', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'Count', 'count ', '']) {
    it(`rejects ${JSON.stringify(key)}`, () => {
      expectRejected(tiny, { [key]: 1 }, key);
      expectRejected(gaussian1dSchema, { [key]: 1 }, key);
    });
  }

  it('rejects an own "__proto__" key (as JSON.parse makes one) and pollutes nothing', () => {
    const update = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(update)).toEqual(['__proto__']);
    expectRejected(tiny, update, '__proto__');
    expectRejected(gaussian1dSchema, update, '__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('findSpec never matches inherited names', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(findSpec(gaussian1dSchema, key)).toBeUndefined();
    }
  });

  it('rejects the whole update when one key is bad (nothing partial comes back)', () => {
    expectRejected(tiny, { count: 4, bogus: 1, rate: 0.5 }, 'bogus');
    expectRejected(tiny, { count: 4, rate: 5 }, 'rate');
  });

  it('rejects updates that are not plain objects', () => {
    for (const bad of [null, undefined, 5, 'count=3', [], [['count', 3]]]) {
      expect(() => validateUpdate(tiny, bad as unknown as Record<string, unknown>)).toThrow(Error);
    }
  });
});

describe('validateUpdate: numbers', () => {
  const notNumbers: unknown[] = [
    NaN, Infinity, -Infinity, 'Infinity', '-Infinity', 'NaN', 'abc', '1.5x', '', '   ', null, undefined, true, false,
    [], [1], {}, { valueOf: () => 1 }, '1,5',
  ];
  for (const bad of notNumbers) {
    it(`rejects ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)} for a number`, () => {
      expectRejected(tiny, { rate: bad }, 'rate');
      expectRejected(gaussian1dSchema, { mu: bad }, 'mu');
    });
  }

  it('rejects out-of-range values, accepts both bounds', () => {
    expectRejected(tiny, { rate: 1.0001 }, 'rate');
    expectRejected(tiny, { rate: -1.5 }, 'rate');
    expectRejected(tiny, { count: 0 }, 'count');
    expectRejected(tiny, { count: 11 }, 'count');
    expectRejected(gaussian1dSchema, { lrD: 0 }, 'lrD');
    expectRejected(gaussian1dSchema, { lrG: 2 }, 'lrG');
    expectRejected(gaussian1dSchema, { sigma: 0.05 }, 'sigma');
    expectRejected(gaussian1dSchema, { batch: 100000 }, 'batch');
    expectRejected(gaussian1dSchema, { seed: -1 }, 'seed');
    expect(validateUpdate(tiny, { rate: -1, count: 10 })).toEqual({ rate: -1, count: 10 });
    expect(validateUpdate(tiny, { rate: 1, count: 1 })).toEqual({ rate: 1, count: 1 });
    expect(validateUpdate(gaussian1dSchema, { lrD: 1e-5, lrG: 1 })).toEqual({ lrD: 1e-5, lrG: 1 });
  });

  it('rejects non-integers for integer entries (and does not round them)', () => {
    expectRejected(tiny, { count: 2.5 }, 'count');
    expectRejected(tiny, { count: '2.5' }, 'count');
    expectRejected(gaussian1dSchema, { batch: 64.2 }, 'batch');
    expectRejected(gaussian1dSchema, { k: 1.5 }, 'k');
    expectRejected(gaussian1dSchema, { seed: 3.000001 }, 'seed');
    expect(validateUpdate(tiny, { count: 4.0 })).toEqual({ count: 4 });
  });

  it('accepts numeric strings and returns them as numbers', () => {
    const out = validateUpdate(tiny, { rate: '0.25', count: ' 7 ' });
    expect(out).toEqual({ rate: 0.25, count: 7 });
    expect(typeof out.rate).toBe('number');
    expect(typeof out.count).toBe('number');
  });
});

describe('validateUpdate: choices and booleans', () => {
  it('rejects unknown choices, wrong case, non-strings and prototype names', () => {
    for (const bad of ['c', 'A', ' a', '', 1, null, true, ['a'], 'toString', '__proto__']) {
      expectRejected(tiny, { mode: bad }, 'mode');
    }
    for (const bad of ['sigmoid', 'Tanh', 'tanh ', '<script>']) expectRejected(gaussian1dSchema, { activation: bad }, 'activation');
    expectRejected(gaussian1dSchema, { optimizerD: 'adagrad' }, 'optimizerD');
    expectRejected(gaussian1dSchema, { prior: 'cauchy' }, 'prior');
    expectRejected(gaussian1dSchema, { loss: 'wasserstein' }, 'loss');
  });

  it('accepts every listed option', () => {
    for (const e of gaussian1dSchema.entries) {
      if (e.kind !== 'choice') continue;
      for (const o of e.options) expect(validateUpdate(gaussian1dSchema, { [e.key]: o.value })).toEqual({ [e.key]: o.value });
    }
  });

  it('booleans: true/false and "1"/"0"/"true"/"false" become booleans; anything else is rejected', () => {
    expect(validateUpdate(tiny, { flag: true })).toEqual({ flag: true });
    expect(validateUpdate(tiny, { flag: false })).toEqual({ flag: false });
    expect(validateUpdate(tiny, { flag: '1' })).toEqual({ flag: true });
    expect(validateUpdate(tiny, { flag: 'true' })).toEqual({ flag: true });
    expect(validateUpdate(tiny, { flag: '0' })).toEqual({ flag: false });
    expect(validateUpdate(tiny, { flag: 'false' })).toEqual({ flag: false });
    for (const bad of ['yes', 'TRUE', '', 2, 1, 0, null, undefined, {}, []]) expectRejected(tiny, { flag: bad }, 'flag');
    expectRejected(gaussian1dSchema, { decay: 'on' }, 'decay');
  });
});

describe('validateUpdate: layers', () => {
  const bad = [
    '6,,5', '1e8', '<b>', '6,5,4,3,2', ',6', '6,', '6;5', '6 5', '-6', '6.5', '0x10', 'six', '0', '6,0', '257', '6,1000',
    '1'.repeat(201), null, 6, true, {},
  ];
  for (const v of bad) {
    it(`rejects ${typeof v === 'string' ? JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v) : String(v)}`, () => {
      expectRejected(gaussian1dSchema, { hiddenD: v }, 'hiddenD');
    });
  }

  it('rejects more layers than maxLayers and units beyond maxUnits in a small schema', () => {
    expectRejected(tiny, { layers: '1,2,3' }, 'layers');
    expectRejected(tiny, { layers: '11' }, 'layers');
    expect(validateUpdate(tiny, { layers: '10,1' })).toEqual({ layers: '10,1' });
  });

  it('accepts valid lists, up to maxLayers × maxUnits, normalising spaces and leading zeros', () => {
    expect(validateUpdate(gaussian1dSchema, { hiddenD: '6,5' })).toEqual({ hiddenD: '6,5' });
    expect(validateUpdate(gaussian1dSchema, { hiddenD: ' 6 , 5 ' })).toEqual({ hiddenD: '6,5' });
    expect(validateUpdate(gaussian1dSchema, { hiddenD: '06,005' })).toEqual({ hiddenD: '6,5' });
    expect(validateUpdate(gaussian1dSchema, { hiddenD: '256,256,256,256' })).toEqual({ hiddenD: '256,256,256,256' });
    expect(validateUpdate(gaussian1dSchema, { hiddenG: '1' })).toEqual({ hiddenG: '1' });
    expect(validateUpdate(gaussian1dSchema, { hiddenG: [8, 4] })).toEqual({ hiddenG: '8,4' });
    // an empty list means no hidden layer
    expect(validateUpdate(gaussian1dSchema, { hiddenG: '' })).toEqual({ hiddenG: '' });
  });

  it('parseLayers', () => {
    expect(parseLayers('6,5')).toEqual([6, 5]);
    expect(parseLayers(' 16 , 8 ,4')).toEqual([16, 8, 4]);
    expect(parseLayers('')).toEqual([]);
    expect(parseLayers('  ')).toEqual([]);
  });
});

describe('validateUpdate: valid updates pass through typed', () => {
  it('a mixed update comes back with the right types', () => {
    const out = validateUpdate(gaussian1dSchema, {
      seed: 42, mu: 1.5, sigma: '0.5', hiddenD: '32,16', activation: 'relu', decay: true, batch: 64, lrD: 0.0002,
    });
    expect(out).toEqual({
      seed: 42, mu: 1.5, sigma: 0.5, hiddenD: '32,16', activation: 'relu', decay: true, batch: 64, lrD: 0.0002,
    });
  });

  it('an empty update is an empty result', () => {
    expect(validateUpdate(gaussian1dSchema, {})).toEqual({});
  });
});

describe('coerce (lenient, for links)', () => {
  const spec = (key: string): ParamSpec => findSpec(tiny, key)!;

  it('clamps and rounds numbers, saying so', () => {
    expect(coerce(spec('rate'), '5', 'lenient')).toEqual({ ok: true, value: 1, adjusted: expect.stringContaining('rate') });
    expect(coerce(spec('count'), '2.6', 'lenient')).toMatchObject({ ok: true, value: 3 });
    expect(coerce(spec('count'), '0.2', 'lenient')).toMatchObject({ ok: true, value: 1 });
    expect(coerce(spec('count'), '99.7', 'lenient')).toMatchObject({ ok: true, value: 10 });
    expect(coerce(spec('rate'), '0.5', 'lenient')).toEqual({ ok: true, value: 0.5 });
  });

  it('still refuses wrong types', () => {
    expect(coerce(spec('rate'), 'abc', 'lenient').ok).toBe(false);
    expect(coerce(spec('mode'), 'c', 'lenient').ok).toBe(false);
    expect(coerce(spec('flag'), 'maybe', 'lenient').ok).toBe(false);
    expect(coerce(spec('layers'), '1,2,3', 'lenient').ok).toBe(false);
  });

  it('clamps layer sizes into [1, maxUnits]', () => {
    expect(coerce(spec('layers'), '0,99', 'lenient')).toMatchObject({ ok: true, value: '1,10' });
  });
});

describe('gaussian1dSchema is self-consistent', () => {
  it('has unique keys that do not clash with page keys', () => {
    const keys = gaussian1dSchema.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of ['experiment', 'preset', 'autoplay']) expect(keys).not.toContain(k);
  });

  it('every default is valid (min ≤ default ≤ max, integer where required, a listed option, a valid layer list)', () => {
    for (const e of gaussian1dSchema.entries) {
      if (e.kind === 'number') {
        expect(e.min).toBeLessThan(e.max);
        expect(e.default).toBeGreaterThanOrEqual(e.min);
        expect(e.default).toBeLessThanOrEqual(e.max);
        if (e.integer) expect(Number.isInteger(e.default)).toBe(true);
      }
      if (e.kind === 'choice') expect(e.options.map((o) => o.value)).toContain(e.default);
    }
    expect(validateUpdate(gaussian1dSchema, defaultParams(gaussian1dSchema))).toEqual(defaultParams(gaussian1dSchema));
  });

  it('the default preset exists', () => {
    expect(Object.prototype.hasOwnProperty.call(gaussian1dSchema.presets, gaussian1dSchema.defaultPreset)).toBe(true);
  });

  for (const name of Object.keys(gaussian1dSchema.presets)) {
    it(`preset "${name}" passes validateUpdate unchanged, alone and laid over the defaults`, () => {
      const p = gaussian1dSchema.presets[name].params;
      expect(validateUpdate(gaussian1dSchema, p)).toEqual(p);
      const full = presetParams(gaussian1dSchema, name);
      expect(validateUpdate(gaussian1dSchema, full)).toEqual(full);
      expect(Object.keys(full).sort()).toEqual(gaussian1dSchema.entries.map((e) => e.key).sort());
    });
  }

  it('presetParams falls back to the defaults for unknown or inherited names', () => {
    const d = defaultParams(gaussian1dSchema);
    expect(presetParams(gaussian1dSchema, 'nope')).toEqual(d);
    expect(presetParams(gaussian1dSchema, 'toString')).toEqual(d);
    expect(presetParams(gaussian1dSchema, '__proto__')).toEqual(d);
  });

  it("the jang preset holds Eric Jang's recipe", () => {
    const j = presetParams(gaussian1dSchema, 'jang');
    expect(j).toMatchObject({
      hiddenD: '6,5', hiddenG: '6,5', init: 'normal', dOutput: 'tanhClip', gOutput: 'tanh5', optimizerD: 'momentum',
      momentum: 0.6, decay: true, decayRate: 0.95, decaySteps: 2500, batch: 200, prior: 'stratified', zRange: 5,
      pretrainD: true, pretrainSteps: 1000,
    });
  });
});
