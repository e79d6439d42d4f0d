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

  it("finds the newest frame at or before a step (run B's frame for the step A's timeline shows)", () => {
    const t = new SnapshotTimeline<{ step: number }>(10, 10);
    for (const step of [0, 10, 20, 30]) t.push({ step });
    expect(t.atStep(20)?.step).toBe(20);
    expect(t.atStep(25)?.step).toBe(20);
    expect(t.atStep(1000)?.step).toBe(30);
    expect(t.atStep(-1)).toBeUndefined();
  });

  it('starts over when the step goes back (reset)', () => {
    const t = new SnapshotTimeline<{ step: number }>(10, 1);
    for (let s = 0; s < 5; s++) t.push({ step: s });
    t.push({ step: 0 });
    expect(t.length).toBe(1);
  });
});
