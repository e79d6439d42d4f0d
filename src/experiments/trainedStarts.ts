// The trained starts shipped with the site (public/trained/), one per preset where waiting hurts. Each file is
// written by scripts/train-starts.mjs (checkpoint, metric history and sample-grid timeline of one fixed-seed run);
// trainedStarts.test.ts checks that every file listed here exists and matches its entry.

export interface TrainedStartEntry {
  experiment: string;
  preset: string;
  /** Under public/trained/. */
  file: string;
  /** The step the checkpoint was saved at. */
  steps: number;
}

export const TRAINED_STARTS: readonly TrainedStartEntry[] = [
  // 69 KB; WebGL in software, seed 1: 8 of 8 modes captured, 12% of samples within 3σ of a mode
  { experiment: 'toy2d', preset: 'ring8', file: 'toy2d-ring8.json', steps: 2000 },
  // 6.3 MB (3.5 MB gzip: weights and Adam state of both nets, 41 sample grids); trained in 50 s on an NVIDIA H200 in
  // Chromium (WebGL through ANGLE/Vulkan), seed 1: classifier score 4.8 at step 20,000
  { experiment: 'mnist', preset: 'vanilla', file: 'mnist-vanilla.json', steps: 20000 },
  // 19.0 MB (10.1 MB gzip: weights and Adam state of both nets, about a million parameters, and 41 sample grids);
  // trained in 63 minutes in Chromium's software WebGL on a 2-core machine, seed 1: D wins within the first hundred
  // steps and G never recovers — from step 800 to 10,000 the classifier score stays at most 1.2 (one kind of
  // sample) and D's loss has a median of 2e-7; at step 10,000 D's loss is 6e-8 and G's 16.8
  { experiment: 'mnist', preset: 'deep', file: 'mnist-deep.json', steps: 10000 },
];

export const TRAINED_DIR = 'trained';

export function trainedStartFor(experiment: string, preset: string): TrainedStartEntry | undefined {
  return TRAINED_STARTS.find((t) => t.experiment === experiment && t.preset === preset);
}
