// Unit tests read the MNIST experiment's static assets from disk (the page fetches them).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { decodeDigits } from '../experiments/mnist/asset';
import { decodeClassifier } from '../experiments/mnist/classifier';
import { CLASSIFIER_FILE, DIGITS_FILE, type AssetLoader, type MnistAssets } from '../experiments/mnist/loader';

export function publicFile(file: string): string {
  return fileURLToPath(new URL(`../../public/${file}`, import.meta.url));
}

/** A public file's bytes; a .gz file (the digits) decompressed, as the page does. */
function readBuffer(file: string): ArrayBuffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(publicFile(file));
  } catch {
    throw new Error(`public/${file} is missing: run "npm run data" first`);
  }
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

let cached: MnistAssets | null = null;

export function readAssets(): MnistAssets {
  cached ??= { digits: decodeDigits(readBuffer(DIGITS_FILE)), classifier: decodeClassifier(readBuffer(CLASSIFIER_FILE)) };
  return cached;
}

export function readDigitsBuffer(): ArrayBuffer {
  return readBuffer(DIGITS_FILE);
}

export const diskAssets: AssetLoader = async () => readAssets();
