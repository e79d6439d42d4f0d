// The fused WebGL programs of the small-network training path. Each reads a network's weights straight out of its
// packed parameter vector θ (core/packedMlp.ts: per layer W row-major, then b) at offsets baked into the source, so
// no slice kernels run. Sizes are baked in (shapes never change, so each shader compiles once); anything that
// changes per step (η, the real label) is a uniform. All programs read and write unpacked textures.
import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';
import type { LayerSlots } from '../packedMlp';
import { optimizerRecord, optimizerGlsl, type OptimizerKind } from '../optimizers';
import { HELPERS } from './glsl';

/** Rows of a layer's input: one tensor, or (split = B) D's stacked batch read as real rows < B, then fake rows. */
export type Split = number | null;

function getter(name: string): string {
  return `get${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Declares `float fn(int r, int c)` reading row r, column c of a layer input called `base` (two tensors if split). */
function rowReader(fn: string, base: string, split: Split): { names: string[]; code: string } {
  if (split === null) return { names: [base], code: `float ${fn}(int r, int c) { return ${getter(base)}(r, c); }` };
  const [a, b] = [`${base}Real`, `${base}Fake`];
  return {
    names: [a, b],
    code: `float ${fn}(int r, int c) { return r < ${split} ? ${getter(a)}(r, c) : ${getter(b)}(r - ${split}, c); }`,
  };
}

/** The pre-activation a[r, j] = b_j + Σ_i in[r, i]·W[i, j] of one layer, as a GLSL statement declaring `a`. */
function preActivation(layer: LayerSlots, row: string, col: string): string {
  return `float a = getTheta(${layer.bAt} + ${col});
  for (int i = 0; i < ${layer.fanIn}; i++) a += inAt(${row}, i) * getTheta(${layer.wAt} + i * ${layer.fanOut} + ${col});`;
}

/** One dense layer, h = act(in·W + b), with bias and activation (or G's output function) fused: [rows, fanOut]. */
export function denseProgram(layer: LayerSlots, rows: number, split: Split, act: (a: string) => string): GPGPUProgram {
  const input = rowReader('inAt', 'layerIn', split);
  return {
    variableNames: ['theta', ...input.names],
    outputShape: [rows, layer.fanOut],
    userCode: `${HELPERS}
${input.code}
void main() {
  ivec2 rc = getOutputCoords();
  ${preActivation(layer, 'rc.x', 'rc.y')}
  setOutput(${act('a')});
}`,
  };
}

/**
 * D's last layer fused with the loss: δ[r] = ∂L/∂l_r for the value l_r = b + Σ_i in[r, i]·w_i, [rows, 1].
 * `lossDelta` is a GLSL `float lossDelta(float l, bool real, float y)` (glsl.ts); rows < `labelled` are real rows,
 * with target y = uLabel.
 */
export function lossDeltaProgram(layer: LayerSlots, rows: number, split: Split, lossDelta: string, labelled: number): GPGPUProgram {
  const input = rowReader('inAt', 'layerIn', split);
  return {
    variableNames: ['theta', ...input.names],
    outputShape: [rows, 1],
    customUniforms: [{ name: 'uLabel', type: 'float' }],
    userCode: `${HELPERS}
${input.code}
${lossDelta}
void main() {
  ivec2 rc = getOutputCoords();
  ${preActivation(layer, 'rc.x', '0')}
  setOutput(lossDelta(a, rc.x < ${labelled}, uLabel));
}`,
  };
}

/**
 * D's last layer fused with the loss value: L = Σ_r lossValue(l_r, r < labelled, y) over the rows, [1, 1] — one
 * program for the value a frame shows, where the tensor ops of the same sum ran about eight. `lossValue` is a GLSL
 * `float lossValue(float l, bool real, float y)` (glsl.ts, discriminatorValue / generatorValue).
 */
export function lossValueProgram(layer: LayerSlots, rows: number, split: Split, lossValue: string, labelled: number): GPGPUProgram {
  const input = rowReader('inAt', 'layerIn', split);
  return {
    variableNames: ['theta', ...input.names],
    outputShape: [1, 1],
    customUniforms: [{ name: 'uLabel', type: 'float' }],
    userCode: `${HELPERS}
${input.code}
${lossValue}
void main() {
  float sum = 0.0;
  for (int r = 0; r < ${rows}; r++) {
    ${preActivation(layer, 'r', '0')}
    sum += lossValue(a, r < ${labelled}, uLabel);
  }
  setOutput(sum);
}`,
  };
}

/**
 * Back through one layer: δ_in[r, i] = (Σ_j δ[r, j]·W[i, j]) · slope(h[r, i]), where h is the layer's input
 * (the previous layer's activation, or G's output when going on into G) and `slope` its derivative written with h.
 */
export function backwardProgram(layer: LayerSlots, rows: number, slope: (h: string) => string): GPGPUProgram {
  return {
    variableNames: ['theta', 'delta', 'layerIn'],
    outputShape: [rows, layer.fanIn],
    userCode: `
void main() {
  ivec2 rc = getOutputCoords();
  int w = ${layer.wAt} + rc.y * ${layer.fanOut};
  float s = 0.0;
  for (int j = 0; j < ${layer.fanOut}; j++) s += getDelta(rc.x, j) * getTheta(w + j);
  float h = getLayerIn(rc.x, rc.y);
  setOutput(s * ${slope('h')});
}`,
  };
}

/** How many values per parameter the update writes (θ, then the optimizer's slots), and the trailing scalars. */
export function updateRows(kind: OptimizerKind): { rows: number; tail: number } {
  const { slots, powers } = optimizerRecord(kind);
  return { rows: 1 + slots, tail: powers ? 2 : 0 };
}

/** The optimizer state an update reads, as the kernels' sampler names: its slots (m, s) and Adam's powers. */
export function stateNames(kind: OptimizerKind): string[] {
  const { slots, powers } = optimizerRecord(kind);
  return [...['slotM', 'slotS'].slice(0, slots), ...(powers ? ['powB1', 'powB2'] : [])];
}

/** The GLSL that sums ∂L/∂θ_p for the parameters of layer l: ∂L/∂W[i,j] = Σ_r in[r,i]·δ[r,j], ∂L/∂b_j = Σ_r δ[r,j]. */
function layerGradient(layer: LayerSlots, l: number, rows: number): string {
  const weights = layer.fanIn * layer.fanOut;
  const delta = getter(`delta${l}`);
  return `if (p < ${layer.bAt + layer.fanOut}) {
    int q = p - ${layer.wAt};
    if (q < ${weights}) {
      int i = q / ${layer.fanOut};
      int j = q - i * ${layer.fanOut};
      for (int r = 0; r < ${rows}; r++) g += in${l}At(r, i) * ${delta}(r, j);
    } else {
      int j = q - ${weights};
      for (int r = 0; r < ${rows}; r++) g += ${delta}(r, j);
    }
    return g;
  }`;
}

/**
 * The whole optimizer step of one network in one kernel. Output: [θ′; slot1′; slot2′; β1ᵗ⁺¹; β2ᵗ⁺¹] flat, as many
 * rows of θ's length as the optimizer has (updateRows). Each texel finds its parameter p and layer from its index,
 * sums p's gradient over the batch from the layer's input and δ, and applies (core/optimizers.ts):
 * the optimizer's update as core/optimizers.ts writes it once in GLSL for this kernel and the tiled one
 * (optimizerGlsl).
 * Each slot row recomputes the gradient: redundant, and cheap while the network is small.
 */
export function updateProgram(layers: readonly LayerSlots[], size: number, rows: number, split: Split, kind: OptimizerKind): GPGPUProgram {
  const { rows: slots, tail } = updateRows(kind);
  const state = stateNames(kind);
  const readers = layers.map((_, l) => rowReader(`in${l}At`, `in${l}`, l === 0 ? split : null));
  const variableNames = ['theta', ...state, ...readers.flatMap((r, l) => [...r.names, `delta${l}`])];
  const next = optimizerGlsl(kind, { first: 'getSlotM(p)', second: 'getSlotS(p)', beta1Power: 'getPowB1()', beta2Power: 'getPowB2()' });
  // row 0 θ, row 1 the first slot, row 2 the second
  const write = ['thetaNext', 'slot == 0 ? thetaNext : slot1Next', 'slot == 0 ? thetaNext : slot == 1 ? slot1Next : slot2Next'][slots - 1];
  const apply = `${next}
  setOutput(${write});`;
  const powers = tail
    ? `if (k >= ${slots * size}) {
    setOutput(k == ${slots * size} ? getPowB1() * uA : getPowB2() * uB);
    return;
  }`
    : '';
  return {
    variableNames,
    outputShape: [slots * size + tail],
    customUniforms: optimizerRecord(kind).uniforms.map(({ name }) => ({ name, type: 'float' as const })),
    userCode: `
${readers.map((r) => r.code).join('\n')}
float gradient(int p) {
  float g = 0.0;
  ${layers.map((layer, l) => layerGradient(layer, l, rows)).join('\n  ')}
  return g;
}
void main() {
  int k = getOutputCoords();
  ${powers}
  int slot = k / ${size};
  int p = k - slot * ${size};
  float g = gradient(p);
  float th = getTheta(p);
  ${apply}
}`,
  };
}
