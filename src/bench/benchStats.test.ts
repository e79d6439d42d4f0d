import { describe, expect, it } from 'vitest';
import { drawnFrameStats, quantile } from '../../scripts/benchStats.mjs';

/** n animation frames at 60 Hz; `changed(i)` says whether the panel changed in frame i. */
function frames(n: number, changed: (i: number) => boolean) {
  const times = Array.from({ length: n }, (_, i) => ((i + 1) * 1000) / 60);
  return { times, changed: times.map((_, i) => changed(i)) };
}

describe('drawnFrameStats', () => {
  it('counts a change every third frame at 60 Hz as 20 redraws/s, 50 ms apart', () => {
    const f = frames(60, (i) => i % 3 === 2);
    const s = drawnFrameStats(f.times, f.changed, 1000);
    expect(s.frames).toBe(60);
    expect(s.drawnFrames).toBe(20);
    expect(s.redrawsPerSecond).toBeCloseTo(20, 9);
    expect(s.p50DrawnIntervalMs).toBeCloseTo(50, 9);
    expect(s.p95DrawnIntervalMs).toBeCloseTo(50, 9);
  });

  it('shows a rare long gap in p95 but not in p50', () => {
    // drawn every 2nd frame (33.3 ms) except for one 200 ms gap (frames 49 → 61), over 2 s
    const f = frames(120, (i) => i % 2 === 1 && !(i > 50 && i < 60));
    const s = drawnFrameStats(f.times, f.changed, 2000);
    expect(s.drawnFrames).toBe(55);
    expect(s.redrawsPerSecond).toBeCloseTo(27.5, 9);
    expect(s.p50DrawnIntervalMs).toBeCloseTo(1000 / 30, 9);
    expect(s.p95DrawnIntervalMs).toBeCloseTo(1000 / 30, 9); // 1 long gap in 54 intervals stays above the 95th percentile
    // three such gaps in 44 intervals reach it
    const longer = frames(120, (i) => i % 2 === 1 && !(i > 20 && i < 30) && !(i > 50 && i < 60) && !(i > 80 && i < 90));
    expect(drawnFrameStats(longer.times, longer.changed, 2000).p95DrawnIntervalMs).toBeCloseTo(200, 9);
  });

  it('gives no intervals with fewer than two drawn frames', () => {
    const none = frames(30, () => false);
    expect(drawnFrameStats(none.times, none.changed, 500)).toMatchObject({ drawnFrames: 0, redrawsPerSecond: 0, p50DrawnIntervalMs: null });
    const one = frames(30, (i) => i === 4);
    expect(drawnFrameStats(one.times, one.changed, 500)).toMatchObject({ drawnFrames: 1, redrawsPerSecond: 2, p95DrawnIntervalMs: null });
  });

  it('rejects mismatched inputs', () => {
    expect(() => drawnFrameStats([1, 2], [true], 100)).toThrow();
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(xs, 0.5)).toBe(5);
    expect(quantile(xs, 0.95)).toBe(10);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNull();
  });
});
