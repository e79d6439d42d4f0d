import { describe, expect, it } from 'vitest';
import { contourSegments } from './contour';

describe('marching squares', () => {
  it('finds the circle where a radial field crosses the level', () => {
    const n = 41;
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = Math.hypot(i - 20, j - 20) / 10;
    const segs = contourSegments(values, n, 1);
    expect(segs.length).toBeGreaterThan(40);
    for (const [x0, y0, x1, y1] of segs) {
      expect(Math.hypot(x0 - 20, y0 - 20)).toBeCloseTo(10, 0);
      expect(Math.hypot(x1 - 20, y1 - 20)).toBeCloseTo(10, 0);
    }
  });
  it('finds a straight line exactly and nothing for a field that never crosses', () => {
    const n = 5;
    const values = Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1)); // = x / 4
    const segs = contourSegments(values, n, 0.5);
    expect(segs).toHaveLength(4);
    segs.forEach(([x0, , x1]) => {
      expect(x0).toBeCloseTo(2, 12);
      expect(x1).toBeCloseTo(2, 12);
    });
    expect(contourSegments(new Array(25).fill(0.2), n, 0.5)).toEqual([]);
  });
});
