// The compare link key and setCompare's checks: run B changes exactly one setting the schema accepts.
import { describe, expect, it } from 'vitest';
import { gaussian1dSchema } from '../experiments/gaussian1d/schema';
import { toy2dSchema } from '../experiments/toy2d/schema';
import { comparableKeys, compareFromLink, compareLinkText, parseCompareLink, paramsOfB, validateCompare } from './compare';
import { presetParams, type Params } from './schema';
import { parseQuery, toQuery } from './url';

const S = gaussian1dSchema;
const SATURATING = presetParams(S, 'saturating');

describe('compare links', () => {
  it('reads compare=<key>:<value> through the schema, as setParams checks it', () => {
    const url = parseQuery(S, '?experiment=gaussian1d&preset=saturating&compare=loss:nonsaturating');
    expect(url.notices).toEqual([]);
    expect(url.params.loss).toBe('minimax');
    expect(url.compareText).toBe('loss:nonsaturating');
    expect(compareFromLink(S, url)).toEqual({ ok: true, update: { loss: 'nonsaturating' } });
  });

  it('reads numbers and layer lists (whose commas stay in the value)', () => {
    expect(parseCompareLink(S, 'lrG:0.01', SATURATING)).toEqual({ ok: true, update: { lrG: 0.01 } });
    expect(parseCompareLink(S, 'hiddenG:16,16', SATURATING)).toEqual({ ok: true, update: { hiddenG: '16,16' } });
    expect(parseCompareLink(S, 'pretrainD:1', { ...SATURATING, pretrainD: false })).toEqual({ ok: true, update: { pretrainD: true } });
  });

  it.each([
    ['loss:bogus', /loss must be one of/],
    ['lrD:5', /lrD must be between/],
    ['nope:1', /Unknown parameter "nope"/],
    ['seed:2', /"seed" cannot be compared: run B shares run A’s seed/],
    ['experiment:toy2d', /"experiment" cannot be compared/],
    ['speed:10', /"speed" cannot be compared/],
    ['loss:minimax', /"loss" is minimax in run A already/],
    ['loss', /compare must read <key>:<value>/],
    [':nonsaturating', /compare must read <key>:<value>/],
    [`${'x'.repeat(300)}:1`, /Unknown parameter "x{40}…"/],
  ])('refuses %s with its reason, and drops it', (text, reason) => {
    const r = parseCompareLink(S, text, SATURATING);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
    const url = parseQuery(S, `?preset=saturating&compare=${encodeURIComponent(text)}`);
    expect(compareFromLink(S, url)).toEqual(r);
    // the rest of the link is read as if the key were absent
    expect(url.notices).toEqual([]);
    expect(url.params).toEqual(SATURATING);
  });

  it('round-trips through toQuery and parseQuery', () => {
    const updates: Params[] = [{ loss: 'nonsaturating' }, { lrG: 0.0123 }, { hiddenD: '8,4' }, { k: SATURATING.k === 1 ? 2 : 1 }];
    for (const update of updates) {
      const query = toQuery(S, 'gaussian1d', 'saturating', SATURATING, { presenter: false, hide: { all: false, keys: [] }, compare: update });
      expect(query).toContain(`compare=${encodeURIComponent(compareLinkText(update))}`);
      const back = parseQuery(S, `?${query}`);
      expect(back.notices).toEqual([]);
      expect(compareFromLink(S, back)).toEqual({ ok: true, update });
      expect(back.params).toEqual(SATURATING);
    }
  });

  it('writes no compare key when none runs, and reads none', () => {
    const query = toQuery(S, 'gaussian1d', 'saturating', SATURATING);
    expect(query).not.toContain('compare');
    expect(compareFromLink(S, parseQuery(S, query))).toBeNull();
  });
});

describe('setCompare checks', () => {
  it('takes exactly one setting', () => {
    expect(() => validateCompare(S, {}, SATURATING)).toThrow(/exactly one setting; 0 were given/);
    expect(() => validateCompare(S, { loss: 'nonsaturating', k: 2 }, SATURATING)).toThrow(/exactly one setting; 2 were given/);
    expect(() => validateCompare(S, [] as unknown as Record<string, unknown>, SATURATING)).toThrow(/takes an object/);
  });

  it('is strict, as setParams is: nothing is clamped', () => {
    expect(() => validateCompare(S, { lrD: 2 }, SATURATING)).toThrow(/Invalid value for "lrD"/);
    expect(() => validateCompare(S, { k: 1.5 }, SATURATING)).toThrow(/whole number/);
  });

  it('allows settings that rebuild the networks (run B is always built afresh), never the seed', () => {
    expect(validateCompare(toy2dSchema, { hiddenG: '32,32' }, presetParams(toy2dSchema, toy2dSchema.defaultPreset))).toEqual({ hiddenG: '32,32' });
    expect(comparableKeys(S)).toContain('hiddenD');
    expect(comparableKeys(S)).not.toContain('seed');
    expect(comparableKeys(S)).not.toContain('speed');
  });

  it("lays run B's setting over run A's parameters, changing nothing else", () => {
    const b = paramsOfB(SATURATING, { loss: 'nonsaturating' });
    const changed = Object.keys(b).filter((k) => b[k] !== SATURATING[k]);
    expect(changed).toEqual(['loss']);
    expect(b.seed).toBe(SATURATING.seed);
  });
});
