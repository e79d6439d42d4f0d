import { describe, expect, it } from 'vitest';
import { MetricHistory } from './history';
import { historyToCsv } from './historyCsv';

describe('historyToCsv', () => {
  it('writes a header and one row per point, blank where a value is missing or not finite', () => {
    const h = new MetricHistory();
    h.push(0, { js: 0.5 });
    h.push(10, { dLoss: 1.25, js: NaN });
    expect(historyToCsv(h.all())).toBe('step,dLoss,js\n0,,0.5\n10,1.25,\n');
  });

  it('an empty history is just the header', () => {
    expect(historyToCsv([])).toBe('step\n');
  });
});
