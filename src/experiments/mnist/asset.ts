// The MNIST asset: 10,000 real digits as uint8 pixels and labels, split 9,000 training / 1,000 held out.
// Written by scripts/build-mnist-asset.mjs (which documents the byte layout); decoded and checked here.

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
const HEADER_BYTES = 32;
const MAGIC = 'MNST';

/** A set of digits: image i is pixels[i·784 … (i+1)·784), row-major, 0…255. */
export interface DigitSet {
  count: number;
  labels: Uint8Array;
  pixels: Uint8Array;
}

export interface MnistData {
  train: DigitSet;
  heldOut: DigitSet;
  checksum: number;
}

/** FNV-1a, 32 bits, the checksum the asset script writes. */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Decodes and verifies the asset; any mismatch throws an Error that says what is wrong. */
export function decodeDigits(buffer: ArrayBuffer): MnistData {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < HEADER_BYTES) throw new Error(`the file is ${bytes.length} bytes long, too short to be the digit asset`);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC) throw new Error('the file is not the digit asset (wrong magic bytes)');
  const view = new DataView(buffer);
  const u32 = (i: number) => view.getUint32(4 + 4 * i, true);
  const [version, count, trainCount, rows, cols, checksum] = [u32(0), u32(1), u32(2), u32(3), u32(4), u32(5)];
  if (version !== 1) throw new Error(`the digit asset has version ${version}; this page reads version 1`);
  if (rows !== SIDE || cols !== SIDE) throw new Error(`the digits are ${rows}×${cols}, not 28×28`);
  if (trainCount > count) throw new Error('the digit asset’s header is inconsistent');
  const expected = HEADER_BYTES + count + count * PIXELS;
  if (bytes.length !== expected) throw new Error(`the digit asset is ${bytes.length} bytes; its header promises ${expected} (truncated?)`);
  const payload = bytes.subarray(HEADER_BYTES);
  const actual = fnv1a(payload);
  if (actual !== checksum) throw new Error(`the digit asset is corrupt (checksum ${actual.toString(16)}, expected ${checksum.toString(16)})`);
  const labels = payload.subarray(0, count);
  const pixels = payload.subarray(count);
  const part = (from: number, to: number): DigitSet => ({
    count: to - from,
    labels: labels.slice(from, to),
    pixels: pixels.slice(from * PIXELS, to * PIXELS),
  });
  return { train: part(0, trainCount), heldOut: part(trainCount, count), checksum };
}

/** Digit i of a set as 784 floats in [0, 1]. */
export function digitImage(set: DigitSet, i: number): Float32Array {
  const out = new Float32Array(PIXELS);
  const base = i * PIXELS;
  for (let p = 0; p < PIXELS; p++) out[p] = set.pixels[base + p] / 255;
  return out;
}

/** The first n digits of a set as one row-major float array in [0, 1], ready for a tensor. */
export function digitRows(set: DigitSet, n = set.count): Float32Array {
  const m = Math.min(n, set.count) * PIXELS;
  const out = new Float32Array(m);
  for (let p = 0; p < m; p++) out[p] = set.pixels[p] / 255;
  return out;
}
