// A preset's figures at fixed checkpoints, the same on every backend: the measurement behind the presets'
// descriptions (bench page `ganBench.trace` on WebGL, src/bench/trace.measure.test.ts on the CPU backend).
import type { SnapshotBase, TrainingRun } from '../engine/types';
import { isSnapshotOf } from '../engine/snapshotOf';
import { mnist } from '../experiments/mnist';

/** One checkpoint: the snapshot's metrics, and the class histogram where the experiment judges its samples. */
export interface TracePoint {
  step: number;
  metrics: Record<string, number>;
  classCounts?: number[];
}

/** A run that can be asked to judge its samples at the next snapshot (MNIST's class histogram). */
interface Evaluating {
  requestEvaluation(): void;
}

const evaluates = (run: object): run is Evaluating => 'requestEvaluation' in run && typeof run.requestEvaluation === 'function';

/** The class histogram's counts, in a frame of the experiment that judges its samples (MNIST's, by its id). */
const classCountsOf = (snap: SnapshotBase): number[] | undefined =>
  isSnapshotOf(mnist, snap) && snap.classes ? snap.classes.counts : undefined;

/** Trains `run` to each checkpoint in turn (ascending) and reads its figures there. */
export async function traceRun(run: TrainingRun, checkpoints: number[]): Promise<TracePoint[]> {
  const out: TracePoint[] = [];
  for (const step of checkpoints) {
    if (step > run.step) run.trainSteps(step - run.step);
    if (evaluates(run)) run.requestEvaluation();
    const snap = await run.snapshot();
    out.push({ step: snap.step, metrics: snap.metrics, classCounts: classCountsOf(snap) });
  }
  return out;
}

/** Checkpoints every `every` steps up to `until`. */
export function checkpoints(every: number, until: number): number[] {
  return Array.from({ length: Math.floor(until / every) }, (_, i) => (i + 1) * every);
}
