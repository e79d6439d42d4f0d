// Names of what the export menu writes. While comparing, run B's panels are offered as "<panel> (B)" and every file
// says whose it is: mnist-samples-B-step-120.png beside mnist-samples-A-step-120.png.
import { safeName } from './download';

const B_SUFFIX = ' (B)';

/** The name the menu offers for a panel on the page (`inRunB`: the panel sits in run B's part of a comparison). */
export function offeredPanel(panel: string, inRunB: boolean): string {
  return inRunB ? panel + B_SUFFIX : panel;
}

/** An offered name back as the panel's data-panel name and whose it is. */
export function choosePanel(offered: string): { panel: string; runB: boolean } {
  return offered.endsWith(B_SUFFIX) ? { panel: offered.slice(0, -B_SUFFIX.length), runB: true } : { panel: offered, runB: false };
}

/**
 * A file's name without its extension: the experiment, what it holds, whose run it is while comparing ('A' or 'B';
 * null when not comparing: the names stay as they were) and the step.
 */
export function exportStem(experiment: string, what: string, run: 'A' | 'B' | null, step: number | string): string {
  return safeName(experiment, what, ...(run ? [run] : []), 'step', String(step));
}
