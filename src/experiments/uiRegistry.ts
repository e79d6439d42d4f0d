// The UI half of every experiment in registry.ts, in the same order (uiRegistry.test.ts checks both lists agree).
// Only the ui layer imports this file: the session, the API and the benchmarks read registry.ts, which has no React.
import type { ExperimentUi } from '../ui/views/experimentUi';
import { gaussian1dUi } from './gaussian1d/ui';
import { toy2dUi } from './toy2d/ui';
import { mnistUi } from './mnist/ui';

/** Each experiment's panels, explanation and comparison parts, in menu order. */
export const EXPERIMENT_UIS: readonly ExperimentUi[] = [gaussian1dUi, toy2dUi, mnistUi];

export function findExperimentUi(id: string): ExperimentUi | undefined {
  return EXPERIMENT_UIS.find((ui) => ui.id === id);
}
