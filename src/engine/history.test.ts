import { describe, expect, it } from 'vitest';
import { MetricHistory } from './history';

describe('MetricHistory', () => {
  it('stays within its capacity and keeps the first and latest points', () => {
    const h = new MetricHistory(100);
    for (let s = 0; s < 10_000; s++) h.push(s, { loss: s });
    expect(h.length).toBeLessThanOrEqual(100);
    const { steps } = h.series('loss');
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(9999);
    // steps stay in order after thinning
    expect(steps.every((v, i) => i === 0 || v > steps[i - 1])).toBe(true);
  });

  it('skips missing and non-finite values in a series', () => {
    const h = new MetricHistory();
    h.push(0, { a: 1 });
    h.push(1, { a: NaN, b: 2 });
    h.push(2, { a: 3 });
    expect(h.series('a')).toEqual({ steps: [0, 2], values: [1, 3] });
    expect(h.series('b')).toEqual({ steps: [1], values: [2] });
  });

  it('replaces a point pushed twice for the same step', () => {
    const h = new MetricHistory();
    h.push(5, { a: 1 });
    h.push(5, { a: 2 });
    expect(h.series('a')).toEqual({ steps: [5], values: [2] });
  });
});
