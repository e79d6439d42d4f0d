// GLSL of the tiled training kernels (core/tiled/tiledSteps.ts). Layouts, for T tile rows (8 where the context
// has 8 render targets, else 4: core/tiled/context.ts):
//  - a tiled matrix M[rows, cols] is an RGBA32F 2-D array of T layers, cols/4 texels wide and rows/T high:
//    M[r, c] is component c%4 of texel (c/4, r/T) in layer r%T. One fragment at (x, y) writes the T×4 tile
//    rows Ty … Ty+T−1, columns 4x … 4x+3, one layer per render target.
//  - a weight matrix W[fanIn, fanOut] (a layer of a network) is an RGBA32F 2-D texture, fanOut/4 wide, fanIn high.
//  - θ, the optimizer's slots and the data are tfjs tensors: unpacked R32F textures holding flat index i at texel
//    (i % width, i / width).
// Sizes are baked into the source (shapes never change, so each shader compiles once).
import { HELPERS } from '../fused/glsl';
import { stateNames } from '../fused/programs';
import type { LayerSlots } from '../packedMlp';
import { optimizerRecord, optimizerGlsl, type OptimizerKind } from '../optimizers';

/** f(t) for each of the T layers of a tile (T = the context's tile rows, core/tiled/context.ts). */
const each = (T: number, f: (t: number) => string, sep = '\n  ') => Array.from({ length: T }, (_, t) => f(t)).join(sep);

function header(outputs: number, samplers: Record<string, 'flat' | 'tiled' | 'weights'>, uniforms: string[] = []): string {
  const decl = Object.entries(samplers)
    .map(([name, kind]) => `uniform highp ${kind === 'tiled' ? 'sampler2DArray' : 'sampler2D'} ${name};`)
    .join('\n');
  return `#version 300 es
precision highp float;
precision highp int;
${decl}
${uniforms.map((u) => `uniform float ${u};`).join('\n')}
${Array.from({ length: outputs }, (_, t) => `layout(location = ${t}) out vec4 out${t};`).join('\n')}
${HELPERS}`;
}

/** `float name(int i)`: element i of a flat tfjs tensor texture `tex` of width `width`. */
function flatReader(name: string, tex: string, width: number): string {
  return `float ${name}(int i) { return texelFetch(${tex}, ivec2(i % ${width}, i / ${width}), 0).r; }`;
}

/**
 * The normalized coordinate of texel centre i along a side of n texels, (i + 0.5)/n. The product loops sample
 * with texture() at texel centres (NEAREST filtering, so exact) rather than texelFetch: SwiftShader's texture()
 * path is about 1.5× faster for these loops (measured in a matrix-product microbenchmark on this renderer).
 */
function centre(i: string, n: number): string {
  return `((float(${i}) + 0.5) * ${(1 / n).toPrecision(9)})`;
}

/** A loop over k = 0 … count−1 of `body`, two iterations per pass when count is even (less loop overhead). */
function loop(count: number, body: string): string {
  if (count % 2 !== 0) return `for (int k = 0; k < ${count}; k++) {\n${body}\n  }`;
  return `for (int k2 = 0; k2 < ${count}; k2 += 2) {\n  { int k = k2;\n${body}\n  }\n  { int k = k2 + 1;\n${body}\n  } }`;
}

/** vec4 versions of a scalar GLSL expression of `v` (an activation or its slope). */
function componentwise(name: string, expr: (v: string) => string): string {
  return `float ${name}1(float v) { return ${expr('v')}; }
vec4 ${name}(vec4 v) { return vec4(${name}1(v.x), ${name}1(v.y), ${name}1(v.z), ${name}1(v.w)); }`;
}

/**
 * A flat [rows, cols] tfjs tensor (`src`, texture width `width`) into a tiled matrix, written at tile rows
 * y0 … (the upper half of D's stacked batch is the real digits, the lower G's samples) and texel columns x0 …
 * (a conditional GAN's label columns, beside G's samples).
 */
export function tileFromFlat(T: number, cols: number, width: number, y0: number, x0 = 0): string {
  return `${header(T, { src: 'flat' })}
${flatReader('at', 'src', width)}
void main() {
  int x = int(gl_FragCoord.x) - ${x0};
  int y = int(gl_FragCoord.y) - ${y0};
  ${each(T, (t) => `{ int i = (${T} * y + ${t}) * ${cols} + 4 * x; out${t} = vec4(at(i), at(i + 1), at(i + 2), at(i + 3)); }`)}
}`;
}

/** Layer W of a network out of its flat θ (texture width `width`), as a weight matrix. */
export function weightsFromFlat(layer: LayerSlots, width: number): string {
  return `${header(1, { theta: 'flat' })}
${flatReader('at', 'theta', width)}
void main() {
  int i = ${layer.wAt} + int(gl_FragCoord.y) * ${layer.fanOut} + 4 * int(gl_FragCoord.x);
  out0 = vec4(at(i), at(i + 1), at(i + 2), at(i + 3));
}`;
}

/**
 * One dense layer, out = act(A·W + b): A tiled [rows, fanIn], W the layer's weights, b read from θ; out tiled
 * [rows, fanOut], written at tile rows y0 … . Per 4 values of the shared dimension a fragment fetches T texels of A
 * and 4 of W for 16·T multiply-adds (T = 8: 128; tf.matMul's packed kernel: 2 fetches for 8).
 */
export function denseForward(T: number, layer: LayerSlots, rows: number, thetaWidth: number, act: (v: string) => string, y0: number): string {
  const [inQuads, outQuads] = [layer.fanIn / 4, layer.fanOut / 4];
  return `${header(T, { A: 'tiled', W: 'weights', theta: 'flat' })}
${flatReader('th', 'theta', thetaWidth)}
${componentwise('act', act)}
void main() {
  int x = int(gl_FragCoord.x);
  int y = int(gl_FragCoord.y) - ${y0};
  float wu = ${centre('x', outQuads)};
  float av = ${centre('y', rows / T)};
  ${each(T, (t) => `vec4 s${t} = vec4(0.0);`, ' ')}
  ${loop(inQuads, `
    float au = ${centre('k', inQuads)};
    vec4 w0 = texture(W, vec2(wu, ${centre('4 * k', layer.fanIn)}));
    vec4 w1 = texture(W, vec2(wu, ${centre('4 * k + 1', layer.fanIn)}));
    vec4 w2 = texture(W, vec2(wu, ${centre('4 * k + 2', layer.fanIn)}));
    vec4 w3 = texture(W, vec2(wu, ${centre('4 * k + 3', layer.fanIn)}));
    ${each(T, (t) => `{ vec4 a = texture(A, vec3(au, av, ${t}.0)); s${t} += a.x * w0 + a.y * w1 + a.z * w2 + a.w * w3; }`, '\n    ')}`)}
  int b = ${layer.bAt} + 4 * x;
  vec4 bias = vec4(th(b), th(b + 1), th(b + 2), th(b + 3));
  ${each(T, (t) => `out${t} = act(s${t} + bias);`)}
}`;
}

/**
 * Back through one layer: δ_in = (δ·Wᵀ) ⊙ slope(h), δ tiled [rows, fanOut], h tiled [rows, fanIn] (the layer's
 * input, whose activation's derivative `slope` is written with its output), δ_in tiled [rows, fanIn].
 */
export function denseBackward(T: number, layer: LayerSlots, rows: number, slope: (h: string) => string): string {
  const outQuads = layer.fanOut / 4;
  return `${header(T, { D: 'tiled', W: 'weights', H: 'tiled' })}
${componentwise('slope', slope)}
void main() {
  int x = int(gl_FragCoord.x);
  int y = int(gl_FragCoord.y);
  float dv = ${centre('y', rows / T)};
  ${[0, 1, 2, 3].map((j) => `float wv${j} = ${centre(`4 * x + ${j}`, layer.fanIn)};`).join(' ')}
  ${each(T, (t) => `vec4 s${t} = vec4(0.0);`, ' ')}
  ${loop(outQuads, `
    float u = ${centre('k', outQuads)};
    vec4 w0 = texture(W, vec2(u, wv0));
    vec4 w1 = texture(W, vec2(u, wv1));
    vec4 w2 = texture(W, vec2(u, wv2));
    vec4 w3 = texture(W, vec2(u, wv3));
    ${each(T, (t) => `{ vec4 d = texture(D, vec3(u, dv, ${t}.0)); s${t} += vec4(dot(d, w0), dot(d, w1), dot(d, w2), dot(d, w3)); }`, '\n    ')}`)}
  ${each(T, (t) => `out${t} = s${t} * slope(texelFetch(H, ivec3(x, y, ${t}), 0));`)}
}`;
}

/**
 * ∂L/∂W = Aᵀ·δ over the batch, A tiled [rows, fanIn], δ tiled [rows, fanOut]; written tiled over fanIn:
 * ∂L/∂W[i, j] is component j%4 of texel (j/4, i/T) in layer i%T. A fragment at row y sums the T rows i = T·y … of
 * ∂L/∂W, T/4 quads of A's columns (rows of a last tile beyond fanIn are not used).
 */
export function weightGradient(T: number, layer: LayerSlots, rows: number): string {
  const quads = layer.fanIn / 4;
  const perFragment = T / 4;
  const quad = (q: number) => `float a${q}u = ${centre(q === 0 ? 'k0' : `min(k0 + ${q}, ${quads - 1})`, quads)};`;
  const accumulate = (t: number) =>
    Array.from({ length: perFragment }, (_, q) => `vec4 a${q} = texture(A, vec3(a${q}u, v, ${t}.0));`).join(' ') +
    ` vec4 d = texture(D, vec3(du, v, ${t}.0));\n      ` +
    Array.from({ length: T }, (_, i) => `s${i} += a${i >> 2}.${'xyzw'[i & 3]} * d;`).join(' ');
  return `${header(T, { A: 'tiled', D: 'tiled' })}
void main() {
  int k0 = ${perFragment} * int(gl_FragCoord.y);
  ${Array.from({ length: perFragment }, (_, q) => quad(q)).join('\n  ')}
  float du = ${centre('int(gl_FragCoord.x)', layer.fanOut / 4)};
  ${each(T, (t) => `vec4 s${t} = vec4(0.0);`, ' ')}
  for (int r = 0; r < ${rows / T}; r++) {
    float v = ${centre('r', rows / T)};
    ${each(T, (t) => `{ ${accumulate(t)} }`, '\n    ')}
  }
  ${each(T, (t) => `out${t} = s${t};`)}
}`;
}

/**
 * D's last layer (one output) and the loss together: δ_r = lossDelta(l_r, real_r, uLabel) for the value
 * l_r = b + Σ_i h[r, i]·w_i, h tiled [rows, fanIn]; rows < labelled are real rows. δ is tiled [rows, 4] with the
 * value in x. `lossDelta` is the GLSL function of fused/glsl.ts (from the objective's own GLSL).
 */
export function headDelta(T: number, layer: LayerSlots, thetaWidth: number, lossDelta: string, labelled: number): string {
  return `${header(T, { H: 'tiled', theta: 'flat' }, ['uLabel'])}
${flatReader('th', 'theta', thetaWidth)}
${lossDelta}
void main() {
  int y = int(gl_FragCoord.y);
  float bias = th(${layer.bAt});
  ${each(T, (t) => `float l${t} = bias;`, ' ')}
  for (int k = 0; k < ${layer.fanIn / 4}; k++) {
    int i = ${layer.wAt} + 4 * k;
    vec4 w = vec4(th(i), th(i + 1), th(i + 2), th(i + 3));
    ${each(T, (t) => `l${t} += dot(texelFetch(H, ivec3(k, y, ${t}), 0), w);`, '\n    ')}
  }
  ${each(T, (t) => `out${t} = vec4(lossDelta(l${t}, ${T} * y + ${t} < ${labelled}, uLabel));`)}
}`;
}

/** D's logits into a [rows, 1] tfjs tensor (texture width `outWidth`), for the loss on the step a frame shows. */
export function logits(T: number, layer: LayerSlots, rows: number, thetaWidth: number, outWidth: number): string {
  return `${header(1, { H: 'tiled', theta: 'flat' })}
${flatReader('th', 'theta', thetaWidth)}
void main() {
  int r = int(gl_FragCoord.y) * ${outWidth} + int(gl_FragCoord.x);
  if (r >= ${rows}) { out0 = vec4(0.0); return; }
  float l = th(${layer.bAt});
  for (int k = 0; k < ${layer.fanIn / 4}; k++) {
    int i = ${layer.wAt} + 4 * k;
    l += dot(texelFetch(H, ivec3(k, r / ${T}, r % ${T}), 0), vec4(th(i), th(i + 1), th(i + 2), th(i + 3)));
  }
  out0 = vec4(l);
}`;
}

/** Back from D's logit δ (tiled, value in x) into its last hidden layer: δ_in[r, i] = δ_r · w_i · slope(h[r, i]). */
export function headBackward(T: number, layer: LayerSlots, thetaWidth: number, slope: (h: string) => string): string {
  return `${header(T, { D: 'tiled', H: 'tiled', theta: 'flat' })}
${flatReader('th', 'theta', thetaWidth)}
${componentwise('slope', slope)}
void main() {
  int x = int(gl_FragCoord.x);
  int y = int(gl_FragCoord.y);
  int i = ${layer.wAt} + 4 * x;
  vec4 w = vec4(th(i), th(i + 1), th(i + 2), th(i + 3));
  ${each(T, (t) => `out${t} = texelFetch(D, ivec3(0, y, ${t}), 0).x * w * slope(texelFetch(H, ivec3(x, y, ${t}), 0));`)}
}`;
}

/**
 * Sums over the batch a tiled layer's bias gradient, ∂L/∂b[j] = Σ_r δ[r, j] (δ tiled [rows, fanOut]), or for D's
 * one-output head ∂L/∂w_i = Σ_r h[r, i]·δ_r and then ∂L/∂b = Σ_r δ_r (h tiled [rows, fanIn], δ tiled with the value
 * in x). Output: one RGBA row, fanOut/4 texels (a tiled layer), or fanIn/4 + 1 (the head: w, then b in x).
 */
export function batchSums(T: number, layer: LayerSlots, rows: number, head: boolean): string {
  const sum = head
    ? `if (x == ${layer.fanIn / 4}) s.x += texelFetch(D, ivec3(0, r, t), 0).x;
      else s += texelFetch(H, ivec3(x, r, t), 0) * texelFetch(D, ivec3(0, r, t), 0).x;`
    : 's += texelFetch(D, ivec3(x, r, t), 0);';
  return `${header(1, head ? { H: 'tiled', D: 'tiled' } : { D: 'tiled' })}
void main() {
  int x = int(gl_FragCoord.x);
  vec4 s = vec4(0.0);
  for (int r = 0; r < ${rows / T}; r++) {
    for (int t = 0; t < ${T}; t++) {
      ${sum}
    }
  }
  out0 = s;
}`;
}

/** GLSL for a / n and a % n (a ≥ 0): shifts and masks when n is a power of two (integer division is slow in software). */
function divide(a: string, n: number): string {
  return (n & (n - 1)) === 0 ? `(${a} >> ${Math.log2(n)})` : `(${a} / ${n})`;
}
function remainder(a: string, n: number): string {
  return (n & (n - 1)) === 0 ? `(${a} & ${n - 1})` : `(${a} - ${n} * (${a} / ${n}))`;
}

/** The GLSL reading ∂L/∂θ_p for parameter p of layer l: from its tiled ∂L/∂W (G{l}) or batch sums (S{l}). */
function layerGradient(T: number, layer: LayerSlots, l: number, head: boolean): string {
  const weights = layer.fanIn * layer.fanOut;
  const weight = head
    ? `return texelFetch(S${l}, ivec2(${divide('q', 4)}, 0), 0)[${remainder('q', 4)}];`
    : `int i = ${divide('q', layer.fanOut)}; int j = q - i * ${layer.fanOut};
      return texture(G${l}, vec3(${centre(divide('j', 4), layer.fanOut / 4)}, ${centre(divide('i', T), Math.ceil(layer.fanIn / T))}, float(${remainder('i', T)})))[${remainder('j', 4)}];`;
  const bias = head ? `texelFetch(S${l}, ivec2(${layer.fanIn / 4}, 0), 0).x` : `texelFetch(S${l}, ivec2(${divide('j', 4)}, 0), 0)[${remainder('j', 4)}]`;
  return `if (p < ${layer.bAt + layer.fanOut}) {
    int q = p - ${layer.wAt};
    if (q < ${weights}) {
      ${weight}
    }
    int j = q - ${weights};
    return ${bias};
  }`;
}

/** `float name(int p)` reading θ or a slot: at this fragment's own texel when laid out like the output. */
function stateReader(name: string, tex: string, width: number, out: [number, number]): string {
  if (width !== out[0]) return flatReader(name, tex, width);
  return `float ${name}(int p) { return texture(${tex}, gl_FragCoord.xy * vec2(${(1 / out[0]).toPrecision(9)}, ${(1 / out[1]).toPrecision(9)})).r; }`;
}

/**
 * The optimizer step of one network in one draw, written into new θ and slot tensors (render targets 0, 1, 2) of
 * texture size `out` (width, height). Each fragment finds its parameter p, reads its gradient (the tiled ∂L/∂W, or the batch
 * sums of biases and D's head) and applies (core/optimizers.ts):
 * the optimizer's update as core/optimizers.ts writes it once in GLSL for this kernel and the fused one
 * (optimizerGlsl).
 * `widths` are the texture widths of θ and its slots as read (θ, then m, then s).
 */
export function update(T: number, layers: readonly LayerSlots[], size: number, kind: OptimizerKind, widths: number[], out: [number, number]): string {
  const record = optimizerRecord(kind);
  const outputs = 1 + record.slots;
  const samplers: Record<string, 'flat' | 'tiled'> = { theta: 'flat' };
  for (const name of stateNames(kind)) samplers[name] = 'flat';
  const isHead = (layer: LayerSlots) => layer.fanOut % 4 !== 0;
  layers.forEach((layer, l) => {
    if (!isHead(layer)) samplers[`G${l}`] = 'tiled';
    samplers[`S${l}`] = 'flat';
  });
  const next = optimizerGlsl(kind, {
    first: 'readM(p)', second: 'readS(p)', beta1Power: 'texelFetch(powB1, ivec2(0), 0).r', beta2Power: 'texelFetch(powB2, ivec2(0), 0).r',
  });
  const apply = `${next}
  ${['thetaNext', 'slot1Next', 'slot2Next'].slice(0, outputs).map((v, t) => `out${t} = vec4(${v});`).join('\n  ')}`;
  return `${header(outputs, samplers, record.uniforms.map(({ name }) => name))}
${stateReader('theta_', 'theta', widths[0], out)}
${record.slots >= 1 ? stateReader('readM', 'slotM', widths[1], out) : ''}
${record.slots === 2 ? stateReader('readS', 'slotS', widths[2], out) : ''}
float gradient(int p) {
  ${layers.map((layer, l) => layerGradient(T, layer, l, isHead(layer))).join('\n  ')}
  return 0.0;
}
void main() {
  int p = int(gl_FragCoord.y) * ${out[0]} + int(gl_FragCoord.x);
  if (p >= ${size}) {
    ${Array.from({ length: outputs }, (_, t) => `out${t} = vec4(0.0);`).join(' ')}
    return;
  }
  float g = gradient(p);
  float th = theta_(p);
  ${apply}
}`;
}

/** Adam's bias-correction powers after one more step, β1ᵗ⁺¹ = β1ᵗ·β1 and β2ᵗ⁺¹ = β2ᵗ·β2, into two new scalars. */
export function nextPowers(): string {
  return `${header(2, { powB1: 'flat', powB2: 'flat' }, ['uA', 'uB'])}
void main() {
  out0 = vec4(texelFetch(powB1, ivec2(0), 0).r * uA);
  out1 = vec4(texelFetch(powB2, ivec2(0), 0).r * uB);
}`;
}
