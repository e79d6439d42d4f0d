// The Parzen-window row of Goodfellow et al.'s Table 1 for the current run (MNIST only): what the session needs to
// ask a run for it, and the checks on the number of generated digits.
import type { PaperRow } from '../experiments/mnist/snapshot';
import { PARZEN_CENTRES, PARZEN_FULL_CENTRES } from '../experiments/mnist/snapshot';

/** A run that can compute the row (the MNIST run). */
export interface ParzenRun {
  paperRow(onProgress: ((done: number, total: number) => void) | undefined, centreCount: number): Promise<PaperRow>;
}

export function isParzenRun(run: object): run is ParzenRun {
  return 'paperRow' in run && typeof run.paperRow === 'function';
}

/** Fewest generated digits a row may use: below this σ's choice is noise. */
export const MIN_PARZEN_CENTRES = 100;

/** `samples` as a number of generated digits; an Error saying what is wrong otherwise. */
export function checkedParzenSamples(samples: unknown): number {
  if (typeof samples !== 'number' || !Number.isInteger(samples) || samples < MIN_PARZEN_CENTRES || samples > PARZEN_FULL_CENTRES) {
    const got = typeof samples === 'string' ? `"${samples}"` : String(samples);
    throw new Error(`parzen({ samples }): samples must be a whole number from ${MIN_PARZEN_CENTRES} to ${PARZEN_FULL_CENTRES.toLocaleString('en')} (got ${got})`);
  }
  return samples;
}

/**
 * How long the row may take before the operation queue gives it up: the quick row takes ~15 s in software WebGL,
 * and the time grows with the number of generated digits.
 */
export function parzenTimeoutMs(samples: number): number {
  return 60_000 * Math.max(1, samples / PARZEN_CENTRES);
}
