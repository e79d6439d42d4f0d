// Trains the small digit classifier the MNIST experiment uses to judge generated digits (class histogram,
// classifier score). Deterministic: fixed seed, fixed shuffles, TensorFlow.js's CPU backend. Reads the training
// split of public/data/mnist-digits.bin.gz (run scripts/build-mnist-asset.mjs first), writes
// public/data/digit-classifier.bin, and prints the accuracy on the 1,000 held-out digits.
//
// Network: 784 → 128 ReLU → 10 softmax, He-normal init, Adam (1e-3, β 0.9/0.999), batch 64, cross-entropy.
// Weights layout (little-endian), decoded by src/experiments/mnist/classifier.ts:
//   "MCLF", u32 version (1), u32 L (number of layers), L+1 × u32 sizes, then per layer W (fanIn × fanOut, row-major)
//   and b (fanOut) as float32.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './rng.mjs';
import { readAssetFile } from './build-mnist-asset.mjs';

// The packages' CommonJS builds carry every kernel (but no gradients: backpropagation is written out below).
const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');

const HERE = dirname(fileURLToPath(import.meta.url));
const ASSET = resolve(HERE, '../public/data/mnist-digits.bin.gz');
const OUT = resolve(HERE, '../public/data/digit-classifier.bin');
const SIZES = [784, 128, 10];
const EPOCHS = 12;
const BATCH = 64;
const SEED = 7;

function readSplit() {
  const bytes = readAssetFile(ASSET);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8, true);
  const trainCount = view.getUint32(12, true);
  const labels = bytes.subarray(32, 32 + count);
  const pixels = bytes.subarray(32 + count);
  const part = (from, to) => ({
    x: Float32Array.from(pixels.subarray(from * 784, to * 784), (v) => v / 255),
    y: Int32Array.from(labels.subarray(from, to)),
    n: to - from,
  });
  return { train: part(0, trainCount), heldOut: part(trainCount, count) };
}

/**
 * Cross-entropy gradients of the 2-layer net, by hand: with p = softmax(logits) and one-hot y,
 * ∂L/∂logits = (p − y)/B; ∂L/∂W2 = hᵀ·that; ∂L/∂h = that·W2ᵀ masked by h > 0; ∂L/∂W1 = xᵀ·∂L/∂h.
 */
function gradients([w1, b1, w2, b2], x, y) {
  const h = tf.relu(tf.add(tf.matMul(x, w1), b1));
  const p = tf.softmax(tf.add(tf.matMul(h, w2), b2));
  const dLogits = tf.div(tf.sub(p, y), x.shape[0]);
  const dH = tf.mul(tf.matMul(dLogits, w2, false, true), tf.cast(tf.greater(h, 0), 'float32'));
  return [tf.matMul(x, dH, true, false), tf.sum(dH, 0), tf.matMul(h, dLogits, true, false), tf.sum(dLogits, 0)];
}

/** Adam (Kingma & Ba 2015) with bias correction. */
function adamStep(params, slots, grads, t) {
  const [lr, b1, b2, eps] = [1e-3, 0.9, 0.999, 1e-8];
  params.forEach((p, i) => {
    const m = tf.add(tf.mul(slots[i].m, b1), tf.mul(grads[i], 1 - b1));
    const v = tf.add(tf.mul(slots[i].v, b2), tf.mul(tf.square(grads[i]), 1 - b2));
    tf.dispose([slots[i].m, slots[i].v]);
    slots[i].m = tf.keep(m);
    slots[i].v = tf.keep(v);
    const step = tf.div(tf.mul(tf.div(m, 1 - b1 ** t), lr), tf.add(tf.sqrt(tf.div(v, 1 - b2 ** t)), eps));
    p.assign(tf.sub(p, step));
  });
}

function forward(params, x) {
  const h = tf.relu(tf.add(tf.matMul(x, params[0]), params[1]));
  return tf.add(tf.matMul(h, params[2]), params[3]);
}

async function main() {
  await tf.setBackend('cpu');
  const { train, heldOut } = readSplit();
  const params = [];
  for (let i = 0; i < SIZES.length - 1; i++) {
    params.push(tf.variable(tf.randomNormal([SIZES[i], SIZES[i + 1]], 0, Math.sqrt(2 / SIZES[i]), 'float32', SEED + i)));
    params.push(tf.variable(tf.zeros([SIZES[i + 1]])));
  }
  const adam = params.map((p) => ({ m: tf.zerosLike(p), v: tf.zerosLike(p) }));
  const xAll = tf.tensor2d(train.x, [train.n, 784]);
  const yAll = tf.oneHot(tf.tensor1d(train.y, 'int32'), 10);
  const rand = mulberry32(SEED);
  let t = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = Array.from({ length: train.n }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let start = 0; start < train.n; start += BATCH) {
      t++;
      tf.tidy(() => {
        const idx = tf.tensor1d(order.slice(start, start + BATCH), 'int32');
        const grads = gradients(params, tf.gather(xAll, idx), tf.gather(yAll, idx));
        adamStep(params, adam, grads, t);
      });
    }
    const acc = accuracy(params, heldOut);
    console.log(`epoch ${epoch + 1}/${EPOCHS}: held-out accuracy ${(100 * acc).toFixed(1)}%`);
  }
  writeFileSync(OUT, await encode(params));
  console.log(`wrote ${OUT}; held-out accuracy ${(100 * accuracy(params, heldOut)).toFixed(1)}% on ${heldOut.n} digits`);
}

function accuracy(params, set) {
  return tf.tidy(() => {
    const pred = tf.argMax(forward(params, tf.tensor2d(set.x, [set.n, 784])), 1);
    const right = tf.sum(tf.cast(tf.equal(pred, tf.tensor1d(set.y, 'int32')), 'float32'));
    return right.dataSync()[0] / set.n;
  });
}

async function encode(params) {
  const layers = SIZES.length - 1;
  const header = new Uint32Array(3 + SIZES.length);
  header.set([0, 1, layers, ...SIZES]);
  const arrays = await Promise.all(params.map((p) => p.data()));
  const floats = arrays.reduce((n, a) => n + a.length, 0);
  const out = new Uint8Array(header.byteLength + 4 * floats);
  const view = new DataView(out.buffer);
  out.set([0x4d, 0x43, 0x4c, 0x46], 0); // "MCLF"
  for (let i = 1; i < header.length; i++) view.setUint32(4 * i, header[i], true);
  let o = header.byteLength;
  for (const a of arrays) for (const v of a) (view.setFloat32(o, v, true), (o += 4));
  return out;
}

main();
