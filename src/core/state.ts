import { tf, type Variable } from './tf';

/** One tensor of a saved state, as plain numbers. */
export interface SavedTensor {
  shape: number[];
  values: Float32Array;
}

/**
 * A training run's full state: every parameter and optimizer slot in a fixed order, plus counters (step, update
 * counts). Plain data, so it can live on the CPU (context-loss recovery, roll-back) or in a file (checkpoints).
 */
export interface RunState {
  counters: Record<string, number>;
  tensors: SavedTensor[];
}

/** Reads variables back asynchronously (no dataSync), in order. */
export async function readVariables(vars: readonly Variable[]): Promise<SavedTensor[]> {
  return Promise.all(
    vars.map(async (v) => ({ shape: v.shape.slice(), values: Float32Array.from(await v.data<'float32'>()) })),
  );
}

/**
 * Writes saved tensors into variables. Every shape and value is checked first; on any mismatch an Error is thrown
 * and no variable has changed.
 */
export function writeVariables(vars: readonly Variable[], saved: readonly SavedTensor[]): void {
  if (saved.length !== vars.length) {
    throw new Error(`The saved state has ${saved.length} tensors; this model needs ${vars.length}.`);
  }
  vars.forEach((v, i) => {
    const s = saved[i];
    const same = s.shape.length === v.shape.length && s.shape.every((d, j) => d === v.shape[j]);
    if (!same) throw new Error(`Saved tensor ${i} has shape [${s.shape}]; the model needs [${v.shape}].`);
    if (s.values.length !== v.size) throw new Error(`Saved tensor ${i} has ${s.values.length} values; needs ${v.size}.`);
    for (let j = 0; j < s.values.length; j++) {
      if (!Number.isFinite(s.values[j])) throw new Error(`Saved tensor ${i} holds a value that is not finite.`);
    }
  });
  tf.tidy(() => vars.forEach((v, i) => v.assign(tf.tensor(saved[i].values, saved[i].shape, 'float32'))));
}
