import { describe, expect, it } from 'vitest';
import { sampleLabel } from './apiArguments';

describe('sample(n, { label }) options', () => {
  it('reads a digit 0–9, or none', () => {
    expect(sampleLabel(undefined)).toBeUndefined();
    expect(sampleLabel({})).toBeUndefined();
    expect(sampleLabel({ label: 0 })).toBe(0);
    expect(sampleLabel({ label: 9 })).toBe(9);
  });

  it('refuses anything else with a reason', () => {
    for (const label of [10, -1, 2.5, '3', NaN, null]) expect(() => sampleLabel({ label }), String(label)).toThrow(/whole number from 0 to 9/);
    expect(() => sampleLabel(3)).toThrow(/must be an object/);
    expect(() => sampleLabel({ digit: 3 })).toThrow(/unknown option "digit"/);
  });
});
