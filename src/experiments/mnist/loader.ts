// Loads the MNIST experiment's two static assets (digits and classifier weights) once per page, with progress.
// Relative URLs under the site's base, so the page works from any sub-path; nothing comes from the internet.
import type { ProgressListener } from '../../engine/types';
import { decodeDigits, type MnistData } from './asset';
import { gunzip } from './gunzip';
import { decodeClassifier, type ClassifierWeights } from './classifier';

export interface MnistAssets {
  digits: MnistData;
  classifier: ClassifierWeights;
}

export type AssetLoader = (onProgress?: ProgressListener) => Promise<MnistAssets>;

/** gzip-compressed; decompressed in the page (gunzip.ts). */
export const DIGITS_FILE = 'data/mnist-digits.bin.gz';
export const CLASSIFIER_FILE = 'data/digit-classifier.bin';

/** Fetches a file, reporting bytes received (when the server says how many to expect). */
export async function fetchBytes(file: string, label: string, onProgress?: ProgressListener): Promise<ArrayBuffer> {
  const url = `${import.meta.env.BASE_URL}${file}`;
  onProgress?.(0, 1, label);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`${file} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!response.ok) throw new Error(`${file} is missing from the site (HTTP ${response.status})`);
  // Content-Length counts the bytes on the wire: with a compressing server the body can be longer, so it only
  // drives the progress bar.
  const total = Number(response.headers.get('content-length') ?? 0);
  if (!response.body || !total) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.length;
    onProgress?.(Math.min(done, total), total, label);
  }
  const out = new Uint8Array(done);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out.buffer;
}

async function fetchAssets(onProgress?: ProgressListener): Promise<MnistAssets> {
  try {
    const digits = decodeDigits(await gunzip(await fetchBytes(DIGITS_FILE, 'Loading MNIST digits', onProgress)));
    const classifier = decodeClassifier(await fetchBytes(CLASSIFIER_FILE, 'Loading the digit classifier', onProgress));
    return { digits, classifier };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`The MNIST data could not be loaded: ${reason}. Rebuild the site with "npm run build" (it writes ${DIGITS_FILE}).`);
  }
}

let cached: Promise<MnistAssets> | null = null;

/** The page's loader: fetches once, then reuses (a failed load is retried next time). */
export const browserAssets: AssetLoader = (onProgress) => {
  if (!cached) {
    cached = fetchAssets(onProgress);
    cached.catch(() => (cached = null));
  }
  return cached;
};
