// The MNIST experiment's on-demand analyses, which the panels run on the current run through session.analyse (queued
// between other operations). The run's class loads on demand, so it is only named as a type here.
import type { TrainingRun } from '../../engine/types';
import type { MnistRun } from './run';
import type { PaperRow } from './snapshot';

/** Whether a run is the MNIST run, by what it can do. */
export function isMnistRun(run: TrainingRun): run is MnistRun {
  return 'paperRow' in run && typeof run.paperRow === 'function';
}

/** Table 1 of Goodfellow et al. 2014 for this run (MnistRun.paperRow); the row also appears in the next frames. */
export async function computePaperRow(run: TrainingRun, onProgress?: (done: number, total: number) => void): Promise<PaperRow> {
  if (!isMnistRun(run)) throw new Error('The Parzen estimate needs the MNIST experiment');
  return run.paperRow(onProgress);
}
