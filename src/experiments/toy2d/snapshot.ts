import type { SnapshotBase } from '../../engine/types';
import type { DatasetId } from './datasets';

export interface ViewBox {
  x: [number, number];
  y: [number, number];
}

/** One frame of the 2-D experiment, as plain arrays in the data's own units. Points are row-major [x0, y0, x1, …]. */
export interface Toy2dSnapshot extends SnapshotBase {
  experiment: 'toy2d';
  dataset: DatasetId;
  view: ViewBox;
  real: Float64Array;
  fake: Float64Array;
  /** D(x) on a cells×cells grid over the view: heat[j·cells + i] at the centre of column i (x) and row j (y, upwards). */
  heat: Float32Array;
  heatCells: number;
  /** G applied to a regular z-grid: each polyline is one grid line of z, row-major points. */
  manifold: Float64Array[];
  /** Arrows (x, y, dx, dy): −∇ₓ of G's loss at generated points, mapped to the data's units (length not scaled). */
  arrows: Float64Array;
  /** Mixture centres and σ, for the coverage figures and mode markers; null for data that are not a mixture. */
  modes: [number, number][] | null;
  sigma: number;
  /** Fewer than the minimum number of points drawn: training waits. */
  waitingForData: boolean;
}
