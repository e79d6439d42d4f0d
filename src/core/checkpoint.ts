// Checkpoint files: one JSON document with a format tag, a version, the experiment, its full parameters, the run's
// counters (step, update counts) and every tensor of the run state as base64 little-endian float32.
import type { RunState, SavedTensor } from './state';
import { base64ToBytes, bytesToBase64 } from './base64';

export const CHECKPOINT_FORMAT = 'gan-playground-checkpoint';
export const CHECKPOINT_VERSION = 1;
/** Larger files are refused before parsing (the biggest model here is far smaller). */
export const MAX_CHECKPOINT_CHARS = 64 * 1024 * 1024;
const MAX_TENSORS = 4096;
const MAX_RANK = 8;

export type CheckpointParams = Record<string, number | string | boolean>;

export interface Checkpoint {
  experiment: string;
  preset: string;
  params: CheckpointParams;
  state: RunState;
}

export type DecodeResult = { ok: true; checkpoint: Checkpoint } | { ok: false; error: string };

export function encodeCheckpoint(c: Checkpoint): string {
  return JSON.stringify({
    format: CHECKPOINT_FORMAT,
    version: CHECKPOINT_VERSION,
    experiment: c.experiment,
    preset: c.preset,
    params: c.params,
    counters: c.state.counters,
    tensors: c.state.tensors.map((t) => ({ shape: t.shape, data: float32ToBase64(t.values) })),
  });
}

/** Parses and checks a checkpoint file's text; never throws. */
export function decodeCheckpoint(text: string): DecodeResult {
  try {
    return { ok: true, checkpoint: decodeOrThrow(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function decodeOrThrow(text: string): Checkpoint {
  if (text.length > MAX_CHECKPOINT_CHARS) throw new Error(`The file is too big for a checkpoint (${text.length} characters).`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('The file is not JSON, so it is not a checkpoint.');
  }
  if (!isRecord(doc) || doc.format !== CHECKPOINT_FORMAT) throw new Error('The file is not a GAN Playground checkpoint (format tag missing).');
  if (doc.version !== CHECKPOINT_VERSION) throw new Error(`Checkpoint version ${String(doc.version).slice(0, 20)} is not supported (expected ${CHECKPOINT_VERSION}).`);
  if (typeof doc.experiment !== 'string' || doc.experiment.length > 64) throw new Error('The checkpoint names no experiment.');
  const preset = typeof doc.preset === 'string' && doc.preset.length <= 64 ? doc.preset : '';
  if (!isRecord(doc.params)) throw new Error('The checkpoint has no parameters.');
  const params: CheckpointParams = {};
  for (const [k, v] of Object.entries(doc.params)) {
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') throw new Error(`Parameter "${k.slice(0, 40)}" has a value of the wrong type.`);
    params[k] = v;
  }
  if (!isRecord(doc.counters)) throw new Error('The checkpoint has no step counters.');
  const counters: Record<string, number> = {};
  for (const [k, v] of Object.entries(doc.counters)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`Counter "${k.slice(0, 40)}" is not a count.`);
    counters[k] = v;
  }
  if (!Array.isArray(doc.tensors) || doc.tensors.length > MAX_TENSORS) throw new Error('The checkpoint has no tensor list.');
  const tensors = doc.tensors.map((t: unknown, i: number) => decodeTensor(t, i));
  return { experiment: doc.experiment, preset, params, state: { counters, tensors } };
}

function decodeTensor(t: unknown, i: number): SavedTensor {
  if (!isRecord(t) || !Array.isArray(t.shape) || typeof t.data !== 'string') throw new Error(`Tensor ${i} is malformed.`);
  const shape = t.shape;
  if (shape.length > MAX_RANK || !shape.every((d): d is number => Number.isInteger(d) && d > 0)) throw new Error(`Tensor ${i} has an invalid shape.`);
  const size = shape.reduce((a, b) => a * b, 1);
  const values = base64ToFloat32(t.data, i);
  if (values.length !== size) throw new Error(`Tensor ${i} has ${values.length} values; its shape [${shape.join(', ')}] needs ${size}.`);
  for (const v of values) if (!Number.isFinite(v)) throw new Error(`Tensor ${i} holds a value that is not finite.`);
  return { shape, values };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function float32ToBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return bytesToBase64(bytes);
}

export function base64ToFloat32(text: string, index = 0): Float32Array {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(text);
  } catch {
    throw new Error(`Tensor ${index} is not valid base64.`);
  }
  if (bytes.length % 4 !== 0) throw new Error(`Tensor ${index} has a byte count that is not a multiple of 4.`);
  const view = new DataView(bytes.buffer);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}
