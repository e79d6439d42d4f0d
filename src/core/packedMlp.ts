import { tf, variableFrom, type Tensor, type Tensor2D, type Variable } from './tf';
import { activate } from './activations';
import { initialWeights, type MlpSpec } from './mlp';
import type { Network } from './network';

/** Where layer i's parameters sit inside θ. */
export interface LayerSlots {
  fanIn: number;
  fanOut: number;
  /** Offsets of W (fanIn·fanOut values, row-major) and b (fanOut values) inside θ. */
  wAt: number;
  bAt: number;
}

/**
 * The same multi-layer perceptron as Mlp, with every weight and bias packed into ONE flat variable θ
 * (per layer: W row-major, then b). The forward pass reads each layer as a slice of θ, so the gradient is one
 * tensor and an optimizer update is a handful of kernels for the whole network instead of a handful per layer —
 * small networks are limited by kernel launches, not arithmetic. Initial values equal Mlp's for the same spec.
 */
export class PackedMlp implements Network {
  readonly theta: Variable;
  private readonly layers: LayerSlots[] = [];

  constructor(readonly spec: MlpSpec) {
    const { sizes } = spec;
    if (sizes.length < 2) throw new Error('An MLP needs at least an input and an output size');
    let at = 0;
    const parts: Tensor[] = [];
    for (let i = 0; i < sizes.length - 1; i++) {
      const fanIn = sizes[i];
      const fanOut = sizes[i + 1];
      this.layers.push({ fanIn, fanOut, wAt: at, bAt: at + fanIn * fanOut });
      at += fanIn * fanOut + fanOut;
      const w = initialWeights(fanIn, fanOut, spec.initializer, (spec.seed + 7919 * i) >>> 0);
      parts.push(tf.reshape(w, [-1]), tf.zeros([fanOut]));
      w.dispose();
    }
    this.theta = variableFrom(tf.concat(parts), true, `${spec.name}_theta_${uid()}`);
    tf.dispose(parts);
  }

  get variables(): Variable[] {
    return [this.theta];
  }

  /** Number of parameters (the length of θ). */
  get size(): number {
    return this.theta.size;
  }

  /** Number of layers (weight matrices). */
  get depth(): number {
    return this.layers.length;
  }

  /** Each layer's fan-in, fan-out and offsets of W and b inside θ (what a kernel reading θ directly needs). */
  get layout(): readonly LayerSlots[] {
    return this.layers;
  }

  /** Layer i's weight matrix and bias as views (slices) of θ; the caller disposes them (normally by tf.tidy). */
  layerView(i: number): { w: Tensor2D; b: Tensor } {
    const l = this.layers[i];
    return {
      w: tf.reshape(tf.slice(this.theta, [l.wAt], [l.fanIn * l.fanOut]), [l.fanIn, l.fanOut]) as Tensor2D,
      b: tf.slice(this.theta, [l.bAt], [l.fanOut]),
    };
  }

  apply(x: Tensor2D): Tensor2D {
    return tf.tidy(() => {
      let h: Tensor2D = x;
      const last = this.layers.length - 1;
      this.layers.forEach((_, i) => {
        const { w, b } = this.layerView(i);
        const act = i === last ? 'linear' : this.spec.hidden;
        // Fused matmul+bias(+relu): one kernel on WebGL; fused gradients exist only for linear and relu.
        const fusedAct = act === 'relu' ? 'relu' : 'linear';
        h = tf.fused.matMul({ a: h, b: w, bias: b, activation: fusedAct }) as Tensor2D;
        if (act !== 'relu' && act !== 'linear') h = activate(h, act) as Tensor2D;
      });
      return h;
    });
  }

  dispose(): void {
    this.theta.dispose();
  }
}

let counter = 0;
function uid(): number {
  return counter++;
}
