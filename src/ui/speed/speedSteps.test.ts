import { describe, expect, it } from 'vitest';
import { nextSpeed, speedCost } from './speedSteps';

describe('speed control', () => {
  it('+ and − walk 1, 10, 100, auto, max and stop at the ends', () => {
    expect(nextSpeed('auto', 1)).toBe('max');
    expect(nextSpeed('max', 1)).toBe('max');
    expect(nextSpeed('auto', -1)).toBe('100');
    expect(nextSpeed('10', -1)).toBe('1');
    expect(nextSpeed('1', -1)).toBe('1');
    expect(nextSpeed('nonsense', 1)).toBe('max');
  });

  it('says what a speed costs', () => {
    expect(speedCost('auto', 30.4, 180.2, 6, true)).toBe('auto: 30 fps, 180 steps/s (6 per frame)');
    expect(speedCost('1', 24, 24, 1, true)).toBe('1: 24 fps, 24 steps/s');
    expect(speedCost('max', 0, 0, 1, false)).toBe('max: paused');
    // just after Play or a speed change nothing of the new speed has been counted yet
    expect(speedCost('auto', 0, 0, 6, true)).toBe('auto: measuring…');
    expect(speedCost('1', 2, 0, 1, true)).toBe('1: 2 fps, 0 steps/s');
  });
});
