import { describe, expect, it } from 'vitest';
import { padBox, placeIn, unionBox } from './layout';

describe('export layout', () => {
  it('maps a layer shown over part of a chart into the chart’s viewBox units', () => {
    // A 560×520 viewBox shown at 280×260 page pixels, at (100, 50); the heat map covers the plot area inside it.
    const frame = { left: 100, top: 50, width: 280, height: 260 };
    const heat = { left: 124, top: 56, width: 250, height: 240 };
    expect(placeIn(frame, { width: 560, height: 520 }, heat)).toEqual({ x: 48, y: 12, width: 500, height: 480 });
  });

  it('keeps page pixels when the drawing is in page pixels, and survives an empty frame', () => {
    const frame = { left: 10, top: 20, width: 300, height: 200 };
    expect(placeIn(frame, { width: 300, height: 200 }, { left: 15, top: 30, width: 40, height: 20 })).toEqual({ x: 5, y: 10, width: 40, height: 20 });
    expect(placeIn({ left: 0, top: 0, width: 0, height: 0 }, { width: 10, height: 10 }, { left: 2, top: 3, width: 4, height: 5 })).toEqual({ x: 2, y: 3, width: 4, height: 5 });
  });

  it('bounds two grids side by side, then pads it with room for a caption', () => {
    const a = { left: 10, top: 40, width: 230, height: 230 };
    const b = { left: 255, top: 40, width: 230, height: 230 };
    const u = unionBox([a, b]);
    expect(u).toEqual({ left: 10, top: 40, width: 475, height: 230 });
    expect(padBox(u, 8, 24)).toEqual({ left: 2, top: 8, width: 491, height: 270 });
    expect(() => unionBox([])).toThrow(/Nothing to export/);
  });
});
