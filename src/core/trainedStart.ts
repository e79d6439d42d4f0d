// Trained starts: a checkpoint together with the story of the run that trained it — its metric history (the loss
// and divergence charts) and, where the experiment keeps one, its timeline of sample grids — so that a lecture can
// open on a trained model and still show how it got there. scripts/train-starts.mjs writes them; the page loads
// them with `start=trained`.
import { base64ToBytes, bytesToBase64 } from './base64';
import { decodeCheckpoint, type Checkpoint } from './checkpoint';

export const TRAINED_START_FORMAT = 'gan-playground-trained-start';
export const TRAINED_START_VERSION = 1;
const MAX_HISTORY = 5000;
const MAX_FRAMES = 256;
const MAX_FRAME_BYTES = 1 << 20;

export interface HistoryRow {
  step: number;
  values: Record<string, number>;
}

/** One saved sample grid: pixels 0…255. */
export interface GridFrame {
  step: number;
  pixels: Uint8Array;
}

export interface TrainedStart {
  checkpoint: Checkpoint;
  history: HistoryRow[];
  timeline: GridFrame[];
  /** Where it was trained (the backend and renderer), as the script read it. */
  trainedOn: string;
}

/** The file's text: the checkpoint's own JSON (core/checkpoint.ts) inside, the history rows, the frames as base64. */
export function encodeTrainedStart(checkpointText: string, history: readonly HistoryRow[], timeline: readonly GridFrame[], trainedOn: string): string {
  const checkpoint: unknown = JSON.parse(checkpointText);
  return JSON.stringify({
    format: TRAINED_START_FORMAT,
    version: TRAINED_START_VERSION,
    trainedOn,
    checkpoint,
    history: history.map((h) => ({ step: h.step, values: h.values })),
    timeline: timeline.map((f) => ({ step: f.step, pixels: bytesToBase64(f.pixels) })),
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function count(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

/** Parses and checks a trained start; throws an Error saying what is wrong. */
export function decodeTrainedStart(text: string): TrainedStart {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('The trained start is not JSON.');
  }
  if (!isRecord(doc) || doc.format !== TRAINED_START_FORMAT) throw new Error('The file is not a GAN Playground trained start.');
  if (doc.version !== TRAINED_START_VERSION) throw new Error(`Trained start version ${String(doc.version).slice(0, 20)} is not supported.`);
  const decoded = decodeCheckpoint(JSON.stringify(doc.checkpoint));
  if (!decoded.ok) throw new Error(`Its checkpoint: ${decoded.error}`);
  if (!Array.isArray(doc.history) || doc.history.length > MAX_HISTORY) throw new Error('The trained start has no history.');
  const history = doc.history.map((row: unknown, i: number): HistoryRow => {
    if (!isRecord(row) || !count(row.step) || !isRecord(row.values)) throw new Error(`History row ${i} is malformed.`);
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(row.values)) if (typeof v === 'number' && Number.isFinite(v)) values[k] = v;
    return { step: row.step, values };
  });
  const frames = doc.timeline ?? [];
  if (!Array.isArray(frames) || frames.length > MAX_FRAMES) throw new Error('The trained start has a malformed timeline.');
  const timeline = frames.map((f: unknown, i: number): GridFrame => {
    if (!isRecord(f) || !count(f.step) || typeof f.pixels !== 'string' || f.pixels.length > (MAX_FRAME_BYTES * 4) / 3 + 4) {
      throw new Error(`Timeline frame ${i} is malformed.`);
    }
    try {
      return { step: f.step, pixels: base64ToBytes(f.pixels) };
    } catch {
      throw new Error(`Timeline frame ${i} is not valid base64.`);
    }
  });
  return { checkpoint: decoded.checkpoint, history, timeline, trainedOn: typeof doc.trainedOn === 'string' ? doc.trainedOn.slice(0, 200) : '' };
}
