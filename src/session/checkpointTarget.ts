import type { Checkpoint } from '../core/checkpoint';
import type { Experiment, SnapshotBase } from '../engine/types';
import { findExperiment } from '../experiments/registry';
import { presetParams, type Params } from '../params/schema';
import { validateUpdate } from '../params/validate';

export interface CheckpointTarget {
  experiment: Experiment<SnapshotBase>;
  preset: string;
  params: Params;
}

/**
 * What a decoded checkpoint asks for, checked against the schema: a known experiment and every parameter valid
 * (the strict rules of setParams). Throws an Error saying what does not fit.
 */
export function checkpointTarget(c: Checkpoint): CheckpointTarget {
  const experiment = findExperiment(c.experiment);
  if (!experiment) throw new Error(`The checkpoint is for an unknown experiment "${c.experiment.slice(0, 40)}".`);
  const { schema } = experiment;
  let params: Params;
  try {
    params = { ...presetParams(schema, schema.defaultPreset), ...validateUpdate(schema, c.params) };
  } catch (e) {
    throw new Error(`The checkpoint's parameters do not fit: ${e instanceof Error ? e.message : String(e)}`);
  }
  const preset = Object.prototype.hasOwnProperty.call(schema.presets, c.preset) ? c.preset : schema.defaultPreset;
  return { experiment, preset, params };
}
