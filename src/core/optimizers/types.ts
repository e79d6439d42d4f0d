import type { Tensor, Variable } from '../tf';
import type { OptimizerKind } from '../names';

export interface OptimizerConfig {
  kind: OptimizerKind;
  learningRate: number;
  /** Momentum coefficient μ (momentum optimizer). */
  momentum: number;
  /** Adam's decay rates β1, β2 and ε. */
  beta1: number;
  beta2: number;
  /** ε of Adam and RMSProp. */
  epsilon: number;
  /** RMSProp's decay ρ of the running mean square. */
  rho: number;
}

/**
 * What a kernel that applies the update itself (core/fused) reads and replaces for one variable: the variable,
 * its slots (momentum velocity, Adam's m or RMSProp's mean square s; Adam's s), η, and Adam's bias-correction powers β1ᵗ, β2ᵗ.
 */
export interface SlotState {
  config: OptimizerConfig;
  learningRate: number;
  variable: Variable;
  first: Variable | null;
  second: Variable | null;
  beta1Power: Variable | null;
  beta2Power: Variable | null;
}

/** GLSL expressions for the state an update kernel reads for one parameter (p in scope): its slots and Adam's powers. */
export interface SlotReaders {
  /** The first slot: momentum's velocity v, Adam's m or RMSProp's s. */
  first: string;
  /** Adam's s. */
  second: string;
  /** Adam's β1ᵗ and β2ᵗ before this step. */
  beta1Power: string;
  beta2Power: string;
}

/** A uniform the GLSL update reads and the value it takes from the optimizer's state. */
export interface UpdateUniform {
  name: 'uLr' | 'uA' | 'uB' | 'uEps';
  value: (s: SlotState) => number;
}

/** Adam's bias corrections folded into two scalars, computed once per step: α̂ = η√(1−β2ᵗ)/(1−β1ᵗ), ε̂ = ε√(1−β2ᵗ). */
export interface BiasCorrection {
  stepSize: Tensor;
  epsHat: Tensor;
}

/** What one tensor update reads for one variable. */
export interface UpdateInputs {
  variable: Variable;
  /** ∂L/∂θ for this variable. */
  g: Tensor;
  /** The variable's slots, `slots` of them (momentum's v or RMSProp's s; Adam's m and s). */
  slots: readonly Variable[];
  /** η, held in a variable so changing it live costs one assignment. */
  lr: Tensor;
  config: OptimizerConfig;
  /** This step's bias correction, for an optimizer that keeps the powers (Adam); null otherwise. */
  correction: BiasCorrection | null;
}

/**
 * Everything about one optimizer, for every training path: its state (how many slots per variable, whether it keeps
 * β1ᵗ and β2ᵗ), the update as tensor code (ParameterOptimizer, the tensor and autodiff paths) and as GLSL statements
 * for one parameter (the fused and tiled WebGL update kernels), with the uniforms that GLSL reads. The two forms are
 * written side by side in the record's file; e2e/fused.spec.ts and e2e/tiled.spec.ts hold the kernels equal to the
 * tensor code, and optimizers.test.ts holds the tensor code equal to tfjs's own optimizers.
 */
export interface OptimizerRecord {
  id: OptimizerKind;
  /** Slots per variable: momentum's v or RMSProp's s (1); Adam's m and s (2). */
  slots: 0 | 1 | 2;
  /** Whether it keeps the bias-correction powers β1ᵗ, β2ᵗ (Adam). */
  powers: boolean;
  /** The bias correction after the powers have advanced to this step (only where `powers`). */
  correction?(lr: Tensor, beta1Power: Tensor, beta2Power: Tensor, config: OptimizerConfig): BiasCorrection;
  /** One update of one variable, assigning the variable and its slots. */
  update(u: UpdateInputs): void;
  /**
   * The same update as GLSL statements for one parameter. In scope: th (θ), g (∂L/∂θ) and the uniforms listed in
   * `uniforms` (uLr = η; uA = μ, ρ or β1; uB = β2; uEps = ε). Declares thetaNext, and slot1Next / slot2Next where
   * the optimizer has slots.
   */
  glsl(read: SlotReaders): string;
  uniforms: readonly UpdateUniform[];
}
