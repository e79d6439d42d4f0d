import type { ComponentType, ReactNode } from 'react';
import type { SnapshotBase } from '../../engine/types';
import type { MetricHistory } from '../../engine/history';
import type { Series } from '../../panels/LineChart';
import type { Params } from '../../params/schema';
import type { PaperRowFigures } from '../../panels/PaperTable';
import type { CompareParts } from '../views/compareParts';

/** What an experiment's main panel of run B is told: B's frame and parameters, and what A's plot shows (CompareParts.aside). */
export type AsideProps<S extends SnapshotBase> = { snapshot: S; params: Params } & Parameters<NonNullable<CompareParts['aside']>>[0];

/**
 * An experiment's share of a comparison (experiments/<id>/compare.tsx, loaded when a comparison first runs): which of
 * run B's figures join A's charts and which panels of B's are drawn beside or after A's. CompareView adds the losses,
 * the banner and the captions.
 */
export interface CompareKit<S extends SnapshotBase> {
  /** B's figures in the divergence chart: the two that say most (none where the experiment draws no such chart). */
  divergence(history: MetricHistory): Series[];
  /** B's curves laid over A's density panel, given a caption naming B's setting. */
  density?(snapshot: S, setting: string): NonNullable<CompareParts['density']>;
  /** B's row of the paper table (MNIST's Parzen-window figure), null until computed; absent where there is no table. */
  paperRow?(snapshot: S): PaperRowFigures | null;
  /** B's main panel, set beside A's (the 2-D plot, the digit grid). */
  Aside?: ComponentType<AsideProps<S>>;
  /** B's panels that do not overlay A's (its figures, its z → x map, …); each in a box headed by `caption`. */
  Panels: ComponentType<{ snapshot: S; caption: ReactNode }>;
}
