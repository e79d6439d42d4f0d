import type { ReactNode } from 'react';
import type { LegendItem } from '../../panels/Legend';
import type { Series } from '../../panels/LineChart';
import type { DensityScales } from '../../panels/DensityPanel';
import type { Layers } from '../../panels/ScatterPlot';
import type { Params } from '../../params/schema';
import type { PaperRowFigures } from '../../panels/PaperTable';

/**
 * What run B of a comparison adds to an experiment's panels (ui/compare/CompareView.tsx builds it, loaded on first
 * use): curves laid over A's where one chart reads better, and B's own main panel beside A's where two do.
 */
export interface CompareParts {
  /** B's curves drawn in the density panel, with their legend rows. */
  density?: { draw: (scales: DensityScales) => ReactNode; legend: LegendItem[] };
  /** B's losses, in the loss chart with A's. */
  losses: Series[];
  /** B's divergences, in the divergence chart with A's. */
  divergence: Series[];
  /**
   * B's main panel (the 2-D plot, the digit grid), set beside A's; told the layers A's plot shows and how a parameter
   * set colours the heat map (so that this code needs no objective records, which live with TensorFlow.js).
   */
  /** B's row of the paper table (MNIST: the Parzen-window figure, null until computed) and its setting. */
  paper?: { row: PaperRowFigures | null; setting: string };
  /** B's other panels (its figures, its z → x map, its class histogram, …), after A's. */
  panels?: ReactNode;
  aside?: (shared: {
    layers?: Layers;
    criticOf?: (params: Params) => { boundary: number } | undefined;
    /** The step of the saved grid picked in A's sample grid (MNIST), which B's follows; null when live. */
    gridStep?: number | null;
  }) => ReactNode;
}
