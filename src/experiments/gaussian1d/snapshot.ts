import type { SnapshotBase } from '../../engine/types';
import type { DensityFigures } from './analysis';

/** One frame of the 1-D experiment, as plain arrays. */
export interface Gaussian1dSnapshot extends SnapshotBase, DensityFigures {
  experiment: 'gaussian1d';
  /** Evenly spaced x over the view, and D(x) on it. */
  grid: Float64Array;
  dGrid: Float64Array;
  /** The z → x = G(z) map on an even z grid. */
  mapZ: Float64Array;
  mapX: Float64Array;
  /** The `empirical` target is chosen but no values have been given: training waits (and js, w1 are not reported). */
  waitingForData?: boolean;
}
