// GLSL pieces of the fused WebGL training kernels: the activations' GLSL (read from core/activations), G's output
// functions, and the wrapper that turns an objective's GLSL (core/objectives) into ∂L/∂l. Each
// mirrors a tensor formula of the plain fast path (core/backprop.ts, core/objectives); e2e/fused.spec.ts holds the
// two equal.
import { activationRecord, type Activation } from '../activations';
import { glslFloat } from '../glslFloat';
import type { GeneratorOutput } from '../generatorOutput';
import type { DiscriminatorHead } from '../losses';
import { fastGlsl, type Objective } from '../objectives';

/** Shared helper functions; tanh as tfjs's own WebGL kernel writes it (no overflow for large |x|). */
export const HELPERS = `
float tanh_(float x) {
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
}
float sigmoid_(float x) { return 1.0 / (1.0 + exp(-x)); }
float softplus_(float x) { return max(x, 0.0) + log(1.0 + exp(-abs(x))); }
`;

/** act(a) for a hidden layer: the activation record's GLSL (core/activations). */
export function activation(act: Activation, a: string): string {
  return activationRecord(act).glsl.apply(a);
}

/** act'(a) written with h = act(a), from the same record. */
export function activationSlope(act: Activation, h: string): string {
  return activationRecord(act).glsl.slope(h);
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
 * A GLSL function `float lossDelta(float l, bool real, float y)`: ∂L_D/∂l for one row of D's last-layer values,
 * a real row (target y, the real label) or a fake one, with the batch mean's 1/B baked in. The per-row derivatives
 * are the objective's own GLSL (core/objectives); every kernel that needs them (fused, tiled) includes this.
 */
export function discriminatorDelta(obj: Objective, head: DiscriminatorHead, batch: number): string {
  const code = fastGlsl(obj, head);
  return `float realTerm_(float l, float y) {
  ${code.real}
}
float fakeTerm_(float l) {
  ${code.fake}
}
float lossDelta(float l, bool real, float y) { return (real ? realTerm_(l, y) : fakeTerm_(l)) * ${glslFloat(1 / batch)}; }`;
}

/** The same function for G's loss on D's values at B fakes (`real` and `y` unused): ∂L_G/∂l. */
export function generatorDelta(obj: Objective, head: DiscriminatorHead, batch: number): string {
  return `float generatorTerm_(float l) {
  ${fastGlsl(obj, head).generator}
}
float lossDelta(float l, bool real, float y) { return generatorTerm_(l) * ${glslFloat(1 / batch)}; }`;
}

/**
 * A GLSL function `float lossValue(float l, bool real, float y)`: one row's share of L_D, ℓ_real(l, y)/B or
 * ℓ_fake(l)/B, from the objective's value terms (core/objectives); null where the objective has none. A NaN l gives
 * NaN, so a diverged D shows as a NaN loss, as the tensor code's.
 */
export function discriminatorValue(obj: Objective, head: DiscriminatorHead, batch: number): string | null {
  const code = obj.valueGlsl?.(head);
  if (!code) return null;
  return `float realValue_(float l, float y) {
  ${code.real}
}
float fakeValue_(float l) {
  ${code.fake}
}
float lossValue(float l, bool real, float y) {
  if (isnan(l)) return l;
  return (real ? realValue_(l, y) : fakeValue_(l)) * ${glslFloat(1 / batch)};
}`;
}

/** The same for G's loss on D's values at B fakes: ℓ_G(l)/B (`real` and `y` unused). */
export function generatorValue(obj: Objective, head: DiscriminatorHead, batch: number): string | null {
  const code = obj.valueGlsl?.(head);
  if (!code) return null;
  return `float generatorValue_(float l) {
  ${code.generator}
}
float lossValue(float l, bool real, float y) {
  if (isnan(l)) return l;
  return generatorValue_(l) * ${glslFloat(1 / batch)};
}`;
}
