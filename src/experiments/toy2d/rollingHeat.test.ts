import { describe, expect, it } from 'vitest';
import { gridShare, HEAT_TURNS, RollingHeat } from './rollingHeat';

describe('the heat map refreshed in turns', () => {
  const cells = 6;
  const grid = Float32Array.from({ length: 2 * cells * cells }, (_, k) => k);

  it('gives each turn the rows j ≡ share (mod HEAT_TURNS), every row exactly once', () => {
    const seen: number[] = [];
    for (let share = 0; share < HEAT_TURNS; share++) {
      const part = gridShare(grid, cells, share);
      for (let p = 0; p < part.length; p += 2 * cells) {
        const j = part[p] / (2 * cells);
        expect(j % HEAT_TURNS).toBe(share);
        expect(Array.from(part.subarray(p, p + 2 * cells))).toEqual(Array.from(grid.subarray(j * 2 * cells, (j + 1) * 2 * cells)));
        seen.push(j);
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: cells }, (_, j) => j));
  });

  it('evaluates the whole grid first, when not live and after forget(), and otherwise merges one share per frame', () => {
    const heat = new RollingHeat(cells);
    expect(heat.next(true)).toBeNull();
    heat.merge(null, new Float32Array(cells * cells).fill(1));
    expect(heat.next(false)).toBeNull();
    const share = heat.next(true);
    expect(share).toBe(0);
    const rows = Math.ceil(cells / HEAT_TURNS);
    const map = heat.merge(share, new Float32Array(rows * cells).fill(2));
    for (let j = 0; j < cells; j++) expect(map[j * cells + 3]).toBe(j % HEAT_TURNS === 0 ? 2 : 1);
    expect(heat.next(true)).toBe(1);
    map[0] = 99; // a copy: the panels may keep it
    expect(heat.merge(null, new Float32Array(cells * cells).fill(3))[0]).toBe(3);
    heat.forget();
    expect(heat.next(true)).toBeNull();
  });
});
