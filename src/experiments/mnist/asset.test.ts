import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeDigits, digitImage, fnv1a, PIXELS } from './asset';
import { publicFile, readDigitsBuffer } from '../../testing/mnistAssets';
import { DIGITS_FILE } from './loader';
import { gunzip } from './gunzip';

function labelCounts(labels: Uint8Array): number[] {
  const c = new Array<number>(10).fill(0);
  for (const l of labels) c[l]++;
  return c;
}

describe('MNIST asset', () => {
  const data = decodeDigits(readDigitsBuffer());

  it('decodes 9,000 training and 1,000 held-out 28×28 digits with labels 0–9', () => {
    expect(data.train.count).toBe(9000);
    expect(data.heldOut.count).toBe(1000);
    expect(data.train.pixels.length).toBe(9000 * PIXELS);
    expect(data.heldOut.pixels.length).toBe(1000 * PIXELS);
    expect(data.train.labels.length).toBe(9000);
    const train = labelCounts(data.train.labels);
    const held = labelCounts(data.heldOut.labels);
    // Every class is present in both parts in roughly its MNIST share (about 10%).
    train.forEach((n) => expect(n).toBeGreaterThan(700));
    held.forEach((n) => expect(n).toBeGreaterThan(60));
    expect(train.reduce((a, b) => a + b) + held.reduce((a, b) => a + b)).toBe(10000);
  });

  it('gives pixels in [0, 1] that look like digits (dark background, some ink)', () => {
    const img = digitImage(data.heldOut, 0);
    expect(img.length).toBe(PIXELS);
    expect(Math.min(...img)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...img)).toBeLessThanOrEqual(1);
    expect(Math.max(...img)).toBeGreaterThan(0.9);
    const ink = img.reduce((a, b) => a + b, 0) / PIXELS;
    expect(ink).toBeGreaterThan(0.03);
    expect(ink).toBeLessThan(0.4);
    expect(img[0]).toBe(0); // corner pixel is background
  });

  it('verifies its checksum: a changed byte or a cut file is refused with a clear message', () => {
    const bytes = new Uint8Array(readDigitsBuffer());
    expect(fnv1a(bytes.subarray(32))).toBe(data.checksum);
    const corrupt = bytes.slice();
    corrupt[5000] ^= 0xff;
    expect(() => decodeDigits(corrupt.buffer)).toThrow(/corrupt/);
    expect(() => decodeDigits(bytes.slice(0, 100000).buffer)).toThrow(/truncated/);
    const wrong = bytes.slice();
    wrong[0] = 0;
    expect(() => decodeDigits(wrong.buffer)).toThrow(/not the digit asset/);
    expect(() => decodeDigits(new ArrayBuffer(4))).toThrow(/too short/);
  });

  it('is split deterministically: rebuilding gives the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnist-asset-'));
    const script = fileURLToPath(new URL('../../../scripts/build-mnist-asset.mjs', import.meta.url));
    const outs = ['a.bin', 'b.bin'].map((name) => {
      const out = join(dir, name);
      execFileSync(process.execPath, [script, '--out', out]);
      return readFileSync(out);
    });
    expect(outs[0].equals(outs[1])).toBe(true);
    expect(outs[0].equals(readFileSync(publicFile(DIGITS_FILE)))).toBe(true);
  });
});

describe('the shipped, compressed digit file', () => {
  it('is gzip, about a fifth of the raw size, and decompresses in the page (DecompressionStream) to the checked asset', async () => {
    const packed = readFileSync(publicFile(DIGITS_FILE));
    expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
    const raw = await gunzip(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength) as ArrayBuffer);
    expect(packed.length).toBeLessThan(raw.byteLength / 4);
    expect(decodeDigits(raw).train.count).toBe(9000);
  });

  it('refuses a damaged compressed file; bytes that are not gzip pass through to the checksum', async () => {
    const packed = new Uint8Array(readFileSync(publicFile(DIGITS_FILE)));
    const cut = packed.slice(0, packed.length >> 1);
    await expect(gunzip(cut.buffer)).rejects.toThrow(/damaged/);
    const raw = readDigitsBuffer();
    expect(await gunzip(raw)).toBe(raw);
  });
});
