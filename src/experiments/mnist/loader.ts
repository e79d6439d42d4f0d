// Loads the MNIST experiment's two static assets (digits and classifier weights) once per page, with progress.
// Relative URLs under the site's base, so the page works from any sub-path; nothing comes from the internet.
import type { ProgressListener } from '../../engine/types';
import { fetchBytes } from '../../engine/fetchBytes';
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
