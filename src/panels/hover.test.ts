import { describe, expect, it } from 'vitest';
import { gridCell, heatAt, moveCursor, nearestPoint, nearestSegment, nextIndex } from './hover';
import { probeScatter, probeText } from './ScatterHover';
import { scaleLinear } from 'd3-scale';

describe('keyboard cursor over a chart', () => {
  it('enters at an end, moves by one (Shift: ten), clamps, and Escape leaves', () => {
    expect(nextIndex('ArrowRight', false, null, 5)).toBe(0);
    expect(nextIndex('ArrowLeft', false, null, 5)).toBe(4);
    expect(nextIndex('ArrowRight', false, 2, 5)).toBe(3);
    expect(nextIndex('ArrowRight', true, 2, 50)).toBe(12);
    expect(nextIndex('ArrowRight', false, 4, 5)).toBe(4);
    expect(nextIndex('ArrowLeft', true, 3, 5)).toBe(0);
    expect(nextIndex('End', false, 0, 5)).toBe(4);
    expect(nextIndex('Home', false, 3, 5)).toBe(0);
    expect(nextIndex('Escape', false, 3, 5)).toBeNull();
    expect(nextIndex('d', false, 3, 5)).toBeUndefined(); // the page's own shortcuts pass through
    expect(nextIndex('ArrowRight', false, null, 0)).toBeUndefined();
  });
});

describe('z → x mapping: the line under the pointer', () => {
  // Two crossing lines: 0 runs from 0 (top) to 100 (bottom), 1 from 100 to 0; line 2 has a non-finite end.
  const top = [0, 100, 50];
  const bottom = [100, 0, NaN];
  it('measures at the pointer height, so crossing lines are told apart', () => {
    expect(nearestSegment(top, bottom, 0, 10)).toBe(0); // at the top, x = 10 is near line 0's start
    expect(nearestSegment(top, bottom, 1, 10)).toBe(1); // at the bottom the same x is near line 1's end
    expect(nearestSegment(top, bottom, 0.25, 30)).toBe(0); // line 0 at 25, line 1 at 75
  });
  it('clamps the height and skips non-finite lines', () => {
    expect(nearestSegment(top, bottom, -3, 48)).toBe(0);
    expect(nearestSegment([NaN], [NaN], 0.5, 0)).toBeNull();
  });
});

describe('2-D plot: D(x) at a point and the nearest sample', () => {
  const view = { x: [-2, 2] as [number, number], y: [0, 4] as [number, number] };
  // 2 × 2 cells; row 0 is the bottom row.
  const heat = Float32Array.from([0.1, 0.2, 0.3, 0.4]);
  it('reads the heat cell under the point, rows counted upwards, and nothing outside the view', () => {
    expect(heatAt(heat, 2, view, -1, 1)).toBeCloseTo(0.1);
    expect(heatAt(heat, 2, view, 1, 1)).toBeCloseTo(0.2);
    expect(heatAt(heat, 2, view, -1, 3)).toBeCloseTo(0.3);
    expect(heatAt(heat, 2, view, 2, 4)).toBeCloseTo(0.4); // the far edge belongs to the last cell
    expect(heatAt(heat, 2, view, 2.1, 1)).toBeNull();
    expect(heatAt(heat, 2, view, NaN, 1)).toBeNull();
  });
  it('finds the nearest point in screen units', () => {
    const pts = Float64Array.from([0, 0, 1, 1, 5, 5]);
    const id = (v: number) => v;
    const hit = nearestPoint(pts, 0.9, 1.2, id, id)!;
    expect(hit.index).toBe(1);
    expect(hit.distance).toBeCloseTo(Math.hypot(0.1, 0.2), 12);
    expect(nearestPoint(new Float64Array(0), 0, 0, id, id)).toBeNull();
  });
  it('probe: names the closest visible sample within the radius, and D(x) when the D layer is on', () => {
    const x = scaleLinear().domain(view.x).range([0, 400]);
    const y = scaleLinear().domain(view.y).range([400, 0]);
    const data = { real: Float64Array.from([1, 1]), fake: Float64Array.from([1.05, 1]), heat, heatCells: 2, view };
    const all = { real: true, fake: true, heat: true };
    const p = probeScatter([1.06, 1], x, y, all, data);
    expect(p.nearest).toEqual({ kind: 'generated', x: 1.05, y: 1 });
    expect(p.d).toBeCloseTo(0.2);
    expect(probeText(p)).toBe('x 1.06, y 1.00 · D(x) = 0.200 · generated sample at (1.05, 1.00)');
    // Generated layer hidden: the real sample is named instead; D layer hidden: no D(x).
    const q = probeScatter([1.06, 1], x, y, { real: true, fake: false, heat: false }, data);
    expect(q.nearest?.kind).toBe('real');
    expect(q.d).toBeNull();
    // Far from every sample (more than the radius in screen units): none is named.
    expect(probeScatter([-1.5, 3.5], x, y, all, data).nearest).toBeNull();
  });
  it('keyboard cursor starts at the centre and moves one cell per key, inside the view', () => {
    expect(moveCursor('ArrowUp', false, null, view, 40)).toEqual([0, 2]);
    expect(moveCursor('ArrowRight', false, [0, 2], view, 40)).toEqual([0.1, 2]);
    expect(moveCursor('ArrowDown', true, [0, 2], view, 40)).toEqual([0, 1.5]);
    expect(moveCursor('ArrowLeft', true, [-1.9, 2], view, 40)).toEqual([-2, 2]);
    expect(moveCursor('Escape', false, [0, 2], view, 40)).toBeNull();
    expect(moveCursor('g', false, [0, 2], view, 40)).toBeUndefined();
  });
});

describe('digit grids: the digit under the pointer', () => {
  it('maps a fraction across and down to a row-major index, nothing outside', () => {
    expect(gridCell(0, 0, 8, 8)).toBe(0);
    expect(gridCell(0.99, 0, 8, 8)).toBe(7);
    expect(gridCell(0.3, 0.5, 8, 8)).toBe(4 * 8 + 2);
    expect(gridCell(1, 0.5, 8, 8)).toBeNull();
    expect(gridCell(-0.01, 0.5, 8, 8)).toBeNull();
  });
});
