// What one GAN objective is, as every training path, chart and explanation reads it. One file per objective in this
// folder holds a record of this shape; nothing else writes a loss formula.
import type { Scalar, Tensor, Tensor2D } from '../tf';
import type { DiscriminatorHead } from '../losses';
import type { Network } from '../network';

/** The objectives, in the order the loss menu lists them. */
export const OBJECTIVE_IDS = ['nonsaturating', 'minimax', 'lsgan', 'hinge', 'wgan', 'wgangp'] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];

/**
 * The objectives that only the autodiff path trains (their records give no `gradients`/`glsl`): the fused and tiled
 * parity checks in the browser skip them. objectives.test.ts holds this list equal to the registry.
 */
export const AUTODIFF_ONLY_IDS: readonly ObjectiveId[] = ['wgangp'];

/** The objectives the fast paths (fused, tiled, tensor) train. */
export const FAST_PATH_OBJECTIVE_IDS: readonly ObjectiveId[] = OBJECTIVE_IDS.filter((id) => !AUTODIFF_ONLY_IDS.includes(id));

/**
 * How the objective reads D's last layer l:
 *  probability: D's head (core/losses.ts: sigmoid or clipped tanh) turns l into D(x) ∈ [0, 1];
 *  score:       D(x) = l, a raw, unbounded critic score (the head does not apply).
 */
export type OutputKind = 'probability' | 'score';

/**
 * ∂ℓ/∂l of the per-row terms of the losses: L_D = mean_real ℓ_real(l) + mean_fake ℓ_fake(l), L_G = mean_fake ℓ_G(l).
 * The training paths divide by the batch size B (the mean) themselves. `y` is the target for real rows (the real
 * label: 1, or less for one-sided label smoothing).
 */
export interface TermGradients {
  real(l: Tensor, y: number): Tensor;
  fake(l: Tensor): Tensor;
  generator(l: Tensor): Tensor;
}

/**
 * Three per-row terms as GLSL function bodies (after the pattern of tfjs's unary-op snippets): `real` is the body of
 * `float f(float l, float y)`, `fake` and `generator` of `float f(float l)`. They may call the helpers of
 * core/fused/glsl.ts (tanh_, sigmoid_, softplus_). core/fused/glsl.ts wraps them once for every kernel that needs
 * them. An objective gives its derivatives ℓ′ in this shape (`glsl`) and, optionally, its terms ℓ themselves
 * (`valueGlsl`).
 */
export interface TermGlsl {
  real: string;
  fake: string;
  generator: string;
}

/** The values the charts draw at equilibrium (p_g = p_data); null where the objective has none. */
export interface ReferenceValues {
  /** L_D at equilibrium. */
  d: number | null;
  /** L_G at equilibrium. */
  g: number | null;
  /**
   * D(x) everywhere at equilibrium (½), or null. Where it is set, the best D for a fixed G is also
   * D*(x) = p_data/(p_data + p_g) (Goodfellow et al. 2014, Prop. 1; Mao et al. 2017, eq. 4 with a = 0, b = 1).
   */
  output: number | null;
  /** The D value halfway between its real and fake targets, where D is undecided: the heat map's contour. */
  boundary: number;
}

/** The losses as ε-guarded logs of D's probability (MNIST's "value-function" form), where the objective has one. */
export interface ValueForm {
  discriminatorLoss(lReal: Tensor, lFake: Tensor, realLabel: number): Scalar;
  generatorLoss(lFake: Tensor): Scalar;
}

/** A penalty on D's input gradient (Gulrajani et al. 2017): λ·E[(‖∇_x̂ D(x̂)‖₂ − 1)²] on interpolates x̂. */
export interface GradientPenalty {
  (d: Network, xReal: Tensor2D, fake: Tensor2D, eps: Tensor2D, weight: number): Scalar;
}

export interface Objective {
  id: ObjectiveId;
  /** The menu label. */
  label: string;
  /** KaTeX for L_D and L_G, written with D(·) (a probability or a score, as `output` says). */
  formula: { d: string; g: string };
  output: OutputKind;
  reference: ReferenceValues;
  /** What the equilibrium p_g = p_data looks like, in a sentence (the explanation panel's). */
  equilibrium: string;
  /** L_D on D's last-layer values of real and fake rows (realLabel: the real rows' target, 1 unless smoothed). */
  discriminatorLoss(lReal: Tensor, lFake: Tensor, head: DiscriminatorHead, realLabel: number): Scalar;
  /** L_G on D's last-layer values of generated rows. */
  generatorLoss(lFake: Tensor, head: DiscriminatorHead): Scalar;
  /**
   * ∂ℓ/∂l per row as tensor code (the head is ignored by score objectives). Absent: "autodiff only" — the fast
   * paths cannot train this objective, and core/fastGan.ts routes its updates to autodiff (core/gan.ts).
   */
  gradients?(head: DiscriminatorHead): TermGradients;
  /** ∂ℓ/∂l per row as GLSL (the head is ignored by score objectives). Absent: "autodiff only", as for `gradients`. */
  glsl?(head: DiscriminatorHead): TermGlsl;
  /**
   * A term of L_D that reads D itself, not only its scores (WGAN-GP's gradient penalty), added to
   * discriminatorLoss; autodiff only. `eps` holds one interpolation weight per row, `weight` is λ (`gpWeight`).
   */
  penalty?: GradientPenalty;
  /**
   * The per-row terms ℓ themselves as GLSL, the same functions as discriminatorLoss/generatorLoss above: the fused path
   * computes a frame's loss value from them in one program (core/fused/programs.ts, lossValueProgram). Without them
   * the value is computed by the tensor code above.
   */
  valueGlsl?(head: DiscriminatorHead): TermGlsl;
  /**
   * Whether the critic's weights are clipped to [−clip, clip] after every D update (WGAN, Arjovsky et al. 2017,
   * Algorithm 1): the live parameter `clip`, applied by core/gan.ts's clipCritic on every training path.
   */
  weightClipping?: boolean;
  /**
   * Whether the critic's E_x[D(x)] − E_z[D(G(z))] estimates W1(p_data, p_g) (WGAN and WGAN-GP, by the
   * Kantorovich–Rubinstein duality for a 1-Lipschitz D): the 1-D experiment reports it as `w1Critic`. It is the
   * Wasserstein term alone, never L_D with a penalty added.
   */
  estimatesW1?: boolean;
  /** The literal ε-guarded form of the same losses (probability objectives). */
  valueForm?: ValueForm;
}
