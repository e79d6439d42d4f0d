import { describe, expect, it } from 'vitest';
import { PARZEN_CENTRES, PARZEN_FULL_CENTRES } from '../experiments/mnist/snapshot';
import { checkedParzenSamples, isParzenRun, parzenTimeoutMs } from './parzen';

describe('the Parzen row request', () => {
  it('takes whole numbers of generated digits from 100 to 10,000 and refuses the rest, saying why', () => {
    expect(checkedParzenSamples(PARZEN_CENTRES)).toBe(2000);
    expect(checkedParzenSamples(PARZEN_FULL_CENTRES)).toBe(10_000);
    expect(checkedParzenSamples(100)).toBe(100);
    for (const bad of [99, 10_001, 2000.5, NaN, '2000', null]) {
      expect(() => checkedParzenSamples(bad)).toThrow(/whole number from 100 to 10,000/);
    }
  });

  it('gives the slower row more time, and knows a run that can compute it', () => {
    expect(parzenTimeoutMs(PARZEN_FULL_CENTRES)).toBe(5 * parzenTimeoutMs(PARZEN_CENTRES));
    expect(isParzenRun({ paperRow: async () => ({}) })).toBe(true);
    expect(isParzenRun({ trainSteps: () => undefined })).toBe(false);
  });
});
