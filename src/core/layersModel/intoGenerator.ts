// A layer stack (e.g. trained elsewhere and converted, or exported from here) as the page's generator θ, or an
// Error saying why it does not fit. The stack must compute what the page's G computes: the same layer sizes, the
// same hidden activation and output head; linear Dense layers after the last activation are composed into one
// affine map, which a linear head folds into the last layer and a non-linear head must match exactly.
import { LEAKY_ALPHA, type Activation } from '../activations';
import { TANH5_SCALE, type GeneratorOutput } from '../generatorOutput';
import type { LayerSlots } from '../packedMlp';
import type { Affine, DenseLayer, LayerStack } from './stack';

export interface GeneratorShape {
  /** Layer widths from z to x. */
  sizes: number[];
  hidden: Activation;
  head: GeneratorOutput;
  /** The page's map from the head's output to the user's units (2-D normaliser), if any. */
  outputMap?: Affine;
  /** Where each layer sits in θ (PackedMlp.layout) and θ's length. */
  layout: readonly LayerSlots[];
  thetaSize: number;
}

/** A Dense layer and the activation layers after it, read as one activation. */
interface Block {
  dense: DenseLayer;
  activation: Activation | 'other';
}

const TOLERANCE = 1e-5;

/** θ for the page's generator from the stack; throws an Error naming the first mismatch. */
export function generatorTheta(stack: LayerStack, shape: GeneratorShape): Float32Array {
  const blocks = toBlocks(stack);
  const hiddenCount = shape.sizes.length - 2;
  const outBlock = blocks[hiddenCount];
  const trailing = blocks.slice(hiddenCount + 1);
  const modelSizes = [stack.inputDim, ...blocks.slice(0, hiddenCount + 1).map((b) => b.dense.units)];
  const sizesFit = outBlock && modelSizes.length === shape.sizes.length && modelSizes.every((n, i) => n === shape.sizes[i]);
  if (!sizesFit) {
    throw new Error(`The model's layers are ${modelSizes.join(' → ')}; this generator's are ${shape.sizes.join(' → ')} (set hiddenG, and zDim where there is one, to match).`);
  }
  if (!trailing.every((b) => b.activation === 'linear')) {
    throw new Error(`The model has ${trailing.length} more layer(s) after ${shape.sizes.length - 1} and they are not all linear; this generator has ${shape.sizes.length - 1} layers.`);
  }
  blocks.slice(0, hiddenCount).forEach((b, i) => {
    if (b.activation !== shape.hidden) throw new Error(`Hidden layer ${i + 1} of the model uses ${b.activation}; this generator's hidden layers use ${shape.hidden} (the activation parameter).`);
  });
  const want = headActivation(shape.head);
  if (outBlock.activation !== want) {
    throw new Error(`The model's last layer uses ${outBlock.activation}; this generator's output needs ${want} (its output head is ${shape.head}).`);
  }
  const after = composeAffine(trailing.map((b) => b.dense), outBlock.dense.units);
  if (after.rows !== outBlock.dense.units || after.cols !== outBlock.dense.units) {
    throw new Error(`The model's output has ${after.cols} values; this generator's has ${outBlock.dense.units}.`);
  }
  const pageMap = headMap(shape);
  const last = shape.head === 'linear' ? foldLinear(outBlock.dense, after, pageMap) : checkMap(outBlock.dense, after, pageMap, shape.head);
  const theta = new Float32Array(shape.thetaSize);
  shape.layout.forEach((slots, i) => {
    const dense = i === hiddenCount ? last : blocks[i].dense;
    theta.set(dense.kernel, slots.wAt);
    theta.set(dense.bias, slots.bAt);
  });
  return theta;
}

function toBlocks(stack: LayerStack): Block[] {
  const blocks: { dense: DenseLayer; after: string[] }[] = [];
  stack.layers.forEach((l, i) => {
    if (l.kind === 'dense') blocks.push({ dense: l, after: [] });
    else if (!blocks.length) throw new Error(`Layer ${i} is an activation before any Dense layer.`);
    else blocks[blocks.length - 1].after.push(l.kind === 'leakyRelu' ? `leakyRelu:${l.alpha}` : `relu:${l.maxValue}`);
  });
  return blocks.map(({ dense, after }) => ({ dense, activation: blockActivation(dense, after) }));
}

function blockActivation(dense: DenseLayer, after: string[]): Activation | 'other' {
  if (after.length === 0) return dense.activation;
  if (after.length > 1 || dense.activation !== 'linear') return 'other';
  if (after[0] === 'relu:null') return 'relu';
  const [kind, value] = after[0].split(':');
  return kind === 'leakyRelu' && Math.abs(Number(value) - LEAKY_ALPHA) < 1e-6 ? 'leakyRelu' : 'other';
}

function headActivation(head: GeneratorOutput): Activation {
  return head === 'linear' ? 'linear' : head === 'sigmoid' ? 'sigmoid' : 'tanh';
}

/** What the page applies after the head's non-linearity: 5·(·) for tanh5, then the output map. */
function headMap(shape: GeneratorShape): Affine {
  const n = shape.sizes[shape.sizes.length - 1];
  const k = shape.head === 'tanh5' ? TANH5_SCALE : 1;
  const map = shape.outputMap ?? { scale: Array(n).fill(1), shift: Array(n).fill(0) };
  return { scale: map.scale.map((s) => k * s), shift: map.shift.slice() };
}

/** A matrix M (rows × cols, row-major) and offset t: y = x·M + t. */
interface Linear {
  rows: number;
  cols: number;
  m: Float64Array;
  t: Float64Array;
}

/** Composes linear Dense layers into one affine map (the identity when there are none). */
function composeAffine(layers: DenseLayer[], n: number): Linear {
  let acc: Linear = { rows: n, cols: n, m: identity(n), t: new Float64Array(n) };
  for (const l of layers) {
    if (l.fanIn !== acc.cols) throw new Error(`A linear layer takes ${l.fanIn} inputs; the layer before gives ${acc.cols}.`);
    const m = new Float64Array(acc.rows * l.units);
    const t = Float64Array.from(l.bias);
    for (let i = 0; i < acc.rows; i++) {
      for (let k = 0; k < acc.cols; k++) {
        const a = acc.m[i * acc.cols + k];
        if (a !== 0) for (let j = 0; j < l.units; j++) m[i * l.units + j] += a * l.kernel[k * l.units + j];
      }
    }
    for (let k = 0; k < acc.cols; k++) for (let j = 0; j < l.units; j++) t[j] += acc.t[k] * l.kernel[k * l.units + j];
    acc = { rows: acc.rows, cols: l.units, m, t };
  }
  return acc;
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  return m;
}

/**
 * Linear head: the model gives x = (h·W + b)·M + t and the page x = o·diag(s) + c, so the page's last layer is
 * o = ((h·W + b)·M + t − c) / s, i.e. W' = W·M / s, b' = (b·M + t − c) / s (per output column).
 */
function foldLinear(dense: DenseLayer, after: Linear, page: Affine): DenseLayer {
  const n = after.cols;
  const kernel = new Float32Array(dense.fanIn * n);
  const bias = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    let b = after.t[j];
    for (let k = 0; k < dense.units; k++) b += dense.bias[k] * after.m[k * n + j];
    bias[j] = (b - page.shift[j]) / page.scale[j];
    for (let i = 0; i < dense.fanIn; i++) {
      let w = 0;
      for (let k = 0; k < dense.units; k++) w += dense.kernel[i * dense.units + k] * after.m[k * n + j];
      kernel[i * n + j] = w / page.scale[j];
    }
  }
  return { ...dense, units: n, kernel, bias };
}

/** Non-linear head: what follows the activation must be the page's own map (e.g. ×5 for tanh5). */
function checkMap(dense: DenseLayer, after: Linear, page: Affine, head: GeneratorOutput): DenseLayer {
  const n = after.cols;
  const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (!near(after.m[i * n + j], i === j ? page.scale[j] : 0) || (i === 0 && !near(after.t[j], page.shift[j]))) {
        throw new Error(`After its last activation the model scales its output differently from this generator's ${head} head (expected ×${page.scale[j]} + ${page.shift[j]} on output ${j}).`);
      }
    }
  }
  return dense;
}
