import { describe, expect, it } from 'vitest';
import { SnapshotTimeline } from './timeline';

describe('SnapshotTimeline', () => {
  it('keeps a frame every interval steps, stays bounded, and keeps the first and newest frames', () => {
    const t = new SnapshotTimeline<{ step: number }>(10, 5);
    for (let s = 0; s <= 1000; s++) t.push({ step: s });
    expect(t.length).toBeLessThanOrEqual(10);
    expect(t.at(0)!.step).toBe(0);
    const steps = Array.from({ length: t.length }, (_, i) => t.at(i)!.step);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(steps[steps.length - 1]).toBeGreaterThan(800);
  });

  it('starts over when the step goes back (reset)', () => {
    const t = new SnapshotTimeline<{ step: number }>(10, 1);
    for (let s = 0; s < 5; s++) t.push({ step: s });
    t.push({ step: 0 });
    expect(t.length).toBe(1);
  });
});
