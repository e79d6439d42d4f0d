import { describe, expect, it } from 'vitest';
import { TURNS, RollingRows } from './rollingRows';

describe('frames refreshed in turns', () => {
  const cells = 6;

  it('evaluates the whole grid first, when not live and after forget(), and otherwise merges one share per frame', () => {
    const grid = new RollingRows(cells, cells);
    expect(grid.next(true)).toBeNull();
    grid.merge(null, new Float32Array(cells * cells).fill(1));
    expect(grid.next(false)).toBeNull();
    const share = grid.next(true);
    expect(share).toBe(0);
    const rows = Math.ceil(cells / TURNS);
    const map = grid.merge(share, new Float32Array(rows * cells).fill(2));
    for (let j = 0; j < cells; j++) expect(map[j * cells + 3]).toBe(j % TURNS === 0 ? 2 : 1);
    expect(grid.next(true)).toBe(1);
    map[0] = 99; // a copy: the panels may keep it
    expect(grid.merge(null, new Float32Array(cells * cells).fill(3))[0]).toBe(3);
    grid.forget();
    expect(grid.next(true)).toBeNull();
  });

  it('keeps points of two values each: a share of 10 points is every fourth, and the rest keep their last values', () => {
    const samples = new RollingRows(10, 2);
    expect(samples.count(samples.next(true))).toBe(10); // nothing known yet: all of them
    samples.merge(null, Float64Array.from({ length: 20 }, (_, k) => k));
    const share = samples.next(true);
    expect(share).toBe(0);
    expect(samples.count(share)).toBe(3); // points 0, 4, 8
    const all = samples.merge(share, [-1, -2, -3, -4, -5, -6]);
    expect(Array.from(all.subarray(0, 2))).toEqual([-1, -2]);
    expect(Array.from(all.subarray(8, 10))).toEqual([-3, -4]);
    expect(Array.from(all.subarray(16, 18))).toEqual([-5, -6]);
    expect(Array.from(all.subarray(2, 8))).toEqual([2, 3, 4, 5, 6, 7]);
    expect(all).toBeInstanceOf(Float64Array);
    expect([1, 2, 3].map((s) => samples.count(s))).toEqual([3, 2, 2]); // 1, 5, 9 · 2, 6 · 3, 7
  });
});
