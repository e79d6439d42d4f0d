// GLSL pieces of the fused WebGL training kernels: activations, their derivatives written with the activation's
// output, G's output functions, and ∂L/∂logit for each D head and loss. Each mirrors a tensor formula of the plain
// fast path (core/backprop.ts, core/fastGan.ts); e2e/fused.spec.ts holds the two equal.
import { LEAKY_ALPHA, type Activation } from '../activations';
import type { GeneratorOutput } from '../generatorOutput';
import type { DiscriminatorHead, GeneratorLoss } from '../losses';

/** A GLSL float literal for a JavaScript number (1 → "1.0"). */
export function glslFloat(x: number): string {
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** Shared helper functions; tanh as tfjs's own WebGL kernel writes it (no overflow for large |x|). */
export const HELPERS = `
float tanh_(float x) {
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
}
float sigmoid_(float x) { return 1.0 / (1.0 + exp(-x)); }
`;

/** act(a) for a hidden layer. */
export function activation(act: Activation, a: string): string {
  switch (act) {
    case 'tanh':
      return `tanh_(${a})`;
    case 'sigmoid':
      return `sigmoid_(${a})`;
    case 'relu': // NaN passes through, as in tfjs's kernels (the app detects divergence by it)
      return `(${a} < 0.0 ? 0.0 : ${a})`;
    case 'leakyRelu':
      return `(${a} < 0.0 ? ${glslFloat(LEAKY_ALPHA)} * ${a} : ${a})`;
    case 'linear':
      return a;
  }
}

/**
 * act'(a) written with h = act(a): tanh 1 − h², sigmoid h(1 − h); ReLU-type from the sign of h, which is the sign
 * of a (relu 1 where a > 0, leaky ReLU 1 there and α elsewhere; NaN stays NaN, as tf.step keeps it).
 */
export function activationSlope(act: Activation, h: string): string {
  switch (act) {
    case 'tanh':
      return `(1.0 - ${h} * ${h})`;
    case 'sigmoid':
      return `(${h} * (1.0 - ${h}))`;
    case 'relu':
      return `(isnan(${h}) ? ${h} : ${h} > 0.0 ? 1.0 : 0.0)`;
    case 'leakyRelu':
      return `(isnan(${h}) ? ${h} : ${h} > 0.0 ? 1.0 : ${glslFloat(LEAKY_ALPHA)})`;
    case 'linear':
      return '1.0';
  }
}

/** G's output function x = out(o): linear o, tanh5 5·tanh(o), sigmoid σ(o). */
export function generatorOutput(kind: GeneratorOutput, o: string): string {
  switch (kind) {
    case 'linear':
      return o;
    case 'tanh5':
      return `(5.0 * tanh_(${o}))`;
    case 'sigmoid':
      return `sigmoid_(${o})`;
  }
}

/** out'(o) written with x = out(o): linear 1; 5·tanh: 5 − x²/5; sigmoid: x(1 − x). */
export function generatorOutputSlope(kind: GeneratorOutput, x: string): string {
  switch (kind) {
    case 'linear':
      return '1.0';
    case 'tanh5':
      return `(5.0 - 0.2 * ${x} * ${x})`;
    case 'sigmoid':
      return `(${x} * (1.0 - ${x}))`;
  }
}

/**
 * A GLSL function `float lossDelta(float l, float y)`: ∂L_D/∂l for one row of D's logits l with label y
 * (y = the real label for real rows, 0 for fakes), the batch size B baked in:
 *   sigmoid:  (σ(l) − y)/B
 *   tanhClip: −(m/B)[y(1/t − t) − (1−y)(1 + t)],  t = tanh l, m = 1 where 0.01 < t < 0.99 (the clip passes)
 * A NaN logit gives a NaN δ, as the tensor formula does.
 */
export function discriminatorDelta(head: DiscriminatorHead, batch: number): string {
  const inv = glslFloat(1 / batch);
  if (head === 'sigmoid') return `float lossDelta(float l, float y) { return (sigmoid_(l) - y) * ${inv}; }`;
  return `float lossDelta(float l, float y) {
  float t = tanh_(l);
  if (isnan(t)) return t;
  if (!(t > 0.01 && t < 0.99)) return 0.0;
  return -${inv} * (y * (1.0 / t - t) - (1.0 - y) * (1.0 + t));
}`;
}

/**
 * A GLSL function `float lossDelta(float l, float y)` (y unused): ∂L_G/∂l for D's logit l on a fake:
 *   sigmoid, non-saturating (−log D): (σ(l) − 1)/B;   sigmoid, minimax (log(1−D)): −σ(l)/B
 *   tanhClip, non-saturating: −(m/B)(1/t − t);         tanhClip, minimax: −(m/B)(1 + t)
 */
export function generatorDelta(head: DiscriminatorHead, kind: GeneratorLoss, batch: number): string {
  const inv = glslFloat(1 / batch);
  if (head === 'sigmoid') {
    const body = kind === 'nonsaturating' ? `(sigmoid_(l) - 1.0) * ${inv}` : `-sigmoid_(l) * ${inv}`;
    return `float lossDelta(float l, float y) { return ${body}; }`;
  }
  const inner = kind === 'nonsaturating' ? '(1.0 / t - t)' : '(1.0 + t)';
  return `float lossDelta(float l, float y) {
  float t = tanh_(l);
  if (isnan(t)) return t;
  if (!(t > 0.01 && t < 0.99)) return 0.0;
  return -${inv} * ${inner};
}`;
}
