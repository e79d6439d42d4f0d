// Shared geometry for the SVG charts: a fixed viewBox that scales to the panel's width.

export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export function makeFrame(width: number, height: number, right = 16): ChartFrame {
  return { width, height, margin: { top: 12, right, bottom: 36, left: 48 } };
}

export function innerWidth(f: ChartFrame): number {
  return f.width - f.margin.left - f.margin.right;
}

export function innerHeight(f: ChartFrame): number {
  return f.height - f.margin.top - f.margin.bottom;
}

/** Line styles that stay apart in greyscale: each differs in dash pattern and weight as well as colour. */
export const STYLE = {
  data: { stroke: '#1d3557', width: 3, dash: '' },
  generated: { stroke: '#e76f51', width: 2, dash: '' },
  generatedFill: '#f4a98a',
  discriminator: { stroke: '#2a9d8f', width: 2.5, dash: '9 3 2 3' },
  optimal: { stroke: '#6a3d9a', width: 2, dash: '5 4' },
  half: { stroke: '#777', width: 1, dash: '2 3' },
} as const;

export function finiteExtent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}
