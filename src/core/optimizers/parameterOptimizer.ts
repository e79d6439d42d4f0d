import { tf, variableFrom, type Tensor, type Variable } from '../tf';
import { optimizerRecord } from './registry';
import type { BiasCorrection, OptimizerConfig, OptimizerRecord, SlotState } from './types';

/**
 * Gradient-descent updates written as plain tensor ops on a fixed list of variables, with the learning rate held
 * in a variable so changing it live costs one assignment and never a new shader or optimizer. The update itself is
 * the optimizer record's (sgd.ts, momentum.ts, rmsprop.ts, adam.ts: each formula beside its GLSL); this class keeps
 * the state the record asks for — its slots per variable and Adam's powers β1ᵗ, β2ᵗ.
 */
export class ParameterOptimizer {
  private readonly record: OptimizerRecord;
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
    this.record = optimizerRecord(config.kind);
    this.lr = variableFrom(tf.scalar(config.learningRate), false);
    if (this.record.slots >= 1) {
      for (const v of vars) this.slots1.push(variableFrom(tf.zerosLike(v), false));
    }
    if (this.record.slots === 2) {
      for (const v of vars) this.slots2.push(variableFrom(tf.zerosLike(v), false));
    }
    if (this.record.powers) {
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
    const { config, record } = this;
    tf.tidy(() => {
      let correction: BiasCorrection | null = null;
      if (this.beta1Power && this.beta2Power && record.correction) {
        this.beta1Power.assign(tf.mul(this.beta1Power, config.beta1));
        this.beta2Power.assign(tf.mul(this.beta2Power, config.beta2));
        correction = record.correction(this.lr, this.beta1Power, this.beta2Power, config);
      }
      this.vars.forEach((variable, i) => {
        const slots = [this.slots1[i], this.slots2[i]].slice(0, record.slots);
        record.update({ variable, g: grads[i], slots, lr: this.lr, config, correction });
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
