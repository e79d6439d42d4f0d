import { tf, variableFrom, type Tensor, type Variable } from './tf';

export const OPTIMIZERS = ['sgd', 'momentum', 'adam', 'rmsprop'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

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

export const DEFAULT_OPTIMIZER: OptimizerConfig = {
  kind: 'adam',
  learningRate: 1e-3,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  rho: 0.9,
};

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

/**
 * Gradient-descent updates written as plain tensor ops on a fixed list of variables, with the learning rate held
 * in a variable so changing it live costs one assignment and never a new shader or optimizer.
 *   sgd:      θ ← θ − η g
 *   momentum: v ← μ v + g;            θ ← θ − η v                 (TensorFlow's MomentumOptimizer)
 *   adam:     m ← β1 m + (1−β1) g;    s ← β2 s + (1−β2) g²
 *             θ ← θ − η · (m / (1−β1ᵗ)) / (√(s / (1−β2ᵗ)) + ε)   (Kingma & Ba 2015, tfjs's ε placement)
 *   rmsprop:  s ← ρ s + (1−ρ) g²;     θ ← θ − η g / √(s + ε)      (Hinton's RMSProp as Arjovsky et al. 2017,
 *             Algorithm 1 uses it, and tf.train.rmsprop with momentum 0; ρ = 0.9, ε = 1e-8 by default)
 * The GLSL of the fused and tiled updates (core/fused/glsl.ts: optimizerGlsl) writes the same formulas once for both.
 */
export class ParameterOptimizer {
  private readonly lr: Variable;
  private lrValue: number;
  private readonly slots1: Variable[] = [];
  private readonly slots2: Variable[] = [];
  private readonly beta1Power: Variable | null = null;
  private readonly beta2Power: Variable | null = null;

  constructor(
    private readonly vars: Variable[],
    readonly config: OptimizerConfig,
  ) {
    this.lrValue = config.learningRate;
    this.lr = variableFrom(tf.scalar(config.learningRate), false);
    if (config.kind !== 'sgd') {
      for (const v of vars) this.slots1.push(variableFrom(tf.zerosLike(v), false));
    }
    if (config.kind === 'adam') {
      for (const v of vars) this.slots2.push(variableFrom(tf.zerosLike(v), false));
      this.beta1Power = variableFrom(tf.scalar(1), false);
      this.beta2Power = variableFrom(tf.scalar(1), false);
    }
  }

  get learningRate(): number {
    return this.lrValue;
  }

  /** Changes η; a no-op when unchanged, so it is cheap to call every step (e.g. for a decay schedule). */
  setLearningRate(lr: number): void {
    if (lr === this.lrValue) return;
    this.lrValue = lr;
    tf.tidy(() => this.lr.assign(tf.scalar(lr)));
  }

  /** Applies one update given gradients aligned with the variable list. Disposes nothing the caller owns. */
  apply(grads: Tensor[]): void {
    const { kind, momentum, beta1, beta2, epsilon, rho } = this.config;
    tf.tidy(() => {
      let adam: { stepSize: Tensor; epsHat: Tensor } | null = null;
      if (kind === 'adam') {
        this.beta1Power!.assign(tf.mul(this.beta1Power!, beta1));
        this.beta2Power!.assign(tf.mul(this.beta2Power!, beta2));
        const root = tf.sqrt(tf.sub(1, this.beta2Power!));
        adam = { stepSize: tf.div(tf.mul(this.lr, root), tf.sub(1, this.beta1Power!)), epsHat: tf.mul(root, epsilon) };
      }
      this.vars.forEach((v, i) => {
        const g = grads[i];
        if (kind === 'sgd') {
          v.assign(tf.sub(v, tf.mul(this.lr, g)));
        } else if (kind === 'momentum') {
          const vel = tf.add(tf.mul(this.slots1[i], momentum), g);
          this.slots1[i].assign(vel);
          v.assign(tf.sub(v, tf.mul(this.lr, vel)));
        } else if (kind === 'rmsprop') {
          const s = tf.add(tf.mul(this.slots1[i], rho), tf.mul(tf.square(g), 1 - rho));
          this.slots1[i].assign(s);
          v.assign(tf.sub(v, tf.div(tf.mul(this.lr, g), tf.sqrt(tf.add(s, epsilon)))));
        } else {
          const m = tf.add(tf.mul(this.slots1[i], beta1), tf.mul(g, 1 - beta1));
          const s = tf.add(tf.mul(this.slots2[i], beta2), tf.mul(tf.square(g), 1 - beta2));
          this.slots1[i].assign(m);
          this.slots2[i].assign(s);
          // θ ← θ − α̂ · m / (√s + ε̂), with the bias corrections folded into two scalars (computed once):
          // α̂ = η·√(1−β2ᵗ)/(1−β1ᵗ), ε̂ = ε·√(1−β2ᵗ). Algebraically identical to the form above.
          v.assign(tf.sub(v, tf.mul(adam!.stepSize, tf.div(m, tf.add(tf.sqrt(s), adam!.epsHat)))));
        }
      });
    });
  }

  /** The state of variable i, for an update computed elsewhere that assigns the new values back. */
  slotState(i = 0): SlotState {
    return {
      config: this.config,
      learningRate: this.lrValue,
      variable: this.vars[i],
      first: this.slots1[i] ?? null,
      second: this.slots2[i] ?? null,
      beta1Power: this.beta1Power,
      beta2Power: this.beta2Power,
    };
  }

  /** Minimises f over this optimizer's variables: one gradient evaluation and one update. Returns f's value. */
  minimize(f: () => tf.Scalar): tf.Scalar {
    const { value, grads } = tf.variableGrads(f, this.vars);
    this.apply(this.vars.map((v) => grads[v.name]));
    tf.dispose(Object.values(grads));
    return value;
  }

  /** The optimizer's state (momentum / Adam moments and the bias-correction powers), in a fixed order. */
  stateVariables(): Variable[] {
    const powers = this.beta1Power && this.beta2Power ? [this.beta1Power, this.beta2Power] : [];
    return [...this.slots1, ...this.slots2, ...powers];
  }

  dispose(): void {
    tf.dispose([this.lr, ...this.slots1, ...this.slots2]);
    if (this.beta1Power) this.beta1Power.dispose();
    if (this.beta2Power) this.beta2Power.dispose();
  }
}

/** Staircase exponential decay (TensorFlow's exponential_decay with staircase=True): η₀ · rate^⌊step/every⌋. */
export function staircaseDecay(lr0: number, step: number, rate: number, every: number): number {
  return lr0 * Math.pow(rate, Math.floor(step / every));
}

/** Whether going from config a to b must start the optimizer's state afresh (a new learning rate need not). */
export function optimizerStateChanged(a: OptimizerConfig, b: OptimizerConfig): boolean {
  return a.kind !== b.kind || a.momentum !== b.momentum || a.beta1 !== b.beta1 || a.beta2 !== b.beta2 || a.rho !== b.rho;
}
