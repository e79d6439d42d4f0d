import { describe, expect, it } from 'vitest';
import { frameIndexAtStep } from './gridTimeline';

describe('frameIndexAtStep', () => {
  it("finds run B's saved grid for the step picked in run A's timeline, or the newest one before it", () => {
    const frames = [{ step: 0 }, { step: 50 }, { step: 100 }];
    expect(frameIndexAtStep(frames, 50)).toBe(1);
    expect(frameIndexAtStep(frames, 99)).toBe(1);
    expect(frameIndexAtStep(frames, 500)).toBe(2);
    expect(frameIndexAtStep(frames, -1)).toBeNull();
    expect(frameIndexAtStep([], 10)).toBeNull();
  });
});
