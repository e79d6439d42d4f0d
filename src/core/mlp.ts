import { tf, variableFrom, type Tensor, type Tensor2D, type Variable } from './tf';
import { activate, type Activation } from './activations';
import type { Network } from './network';

import type { Initializer } from './names';

export { INITIALIZERS, type Initializer } from './names';

export interface MlpSpec {
  /** Layer widths from input to output, e.g. [1, 6, 5, 1]. */
  sizes: number[];
  /** Activation of every hidden layer; the output layer is left linear (heads are applied by the caller). */
  hidden: Activation;
  initializer: Initializer;
  seed: number;
  name: string;
}

/**
 * Weights for a layer of shape [fanIn, fanOut]:
 *  glorot: U(±√(6/(fanIn+fanOut)))  (Glorot & Bengio 2010)
 *  he:     N(0, √(2/fanIn))         (what the MNIST tutorials call "xavier")
 *  normal: N(0, 1)                  (Eric Jang's 1-D tutorial)
 */
export function initialWeights(fanIn: number, fanOut: number, init: Initializer, seed: number): Tensor2D {
  switch (init) {
    case 'glorot': {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      return tf.randomUniform([fanIn, fanOut], -limit, limit, 'float32', seed);
    }
    case 'he':
      return tf.randomNormal([fanIn, fanOut], 0, Math.sqrt(2 / fanIn), 'float32', seed);
    case 'normal':
      return tf.randomNormal([fanIn, fanOut], 0, 1, 'float32', seed);
  }
}

/** A multi-layer perceptron whose parameters are tf.Variables, one weight matrix and bias per layer. */
export class Mlp implements Network {
  readonly weights: Variable[] = [];
  readonly biases: Variable[] = [];

  constructor(readonly spec: MlpSpec) {
    const { sizes } = spec;
    if (sizes.length < 2) throw new Error('An MLP needs at least an input and an output size');
    for (let i = 0; i < sizes.length - 1; i++) {
      const w = initialWeights(sizes[i], sizes[i + 1], spec.initializer, (spec.seed + 7919 * i) >>> 0);
      this.weights.push(variableFrom(w, true, `${spec.name}_w${i}_${uid()}`));
      this.biases.push(variableFrom(tf.zeros([sizes[i + 1]]), true, `${spec.name}_b${i}_${uid()}`));
    }
  }

  get variables(): Variable[] {
    const out: Variable[] = [];
    for (let i = 0; i < this.weights.length; i++) out.push(this.weights[i], this.biases[i]);
    return out;
  }

  get depth(): number {
    return this.weights.length;
  }

  /** Layer i's weight matrix and bias (the variables themselves). */
  layerView(i: number): { w: Tensor2D; b: Tensor } {
    return { w: this.weights[i] as Tensor2D, b: this.biases[i] };
  }

  /** Forward pass: hidden layers use the spec's activation, the last layer is linear (logits / raw output). */
  apply(x: Tensor2D): Tensor2D {
    return tf.tidy(() => {
      let h: Tensor = x;
      const last = this.weights.length - 1;
      for (let i = 0; i <= last; i++) {
        const act = i === last ? 'linear' : this.spec.hidden;
        // Fused matmul+bias (+relu) is one kernel on WebGL; fused gradients exist only for linear and relu.
        const fusedAct = act === 'relu' ? 'relu' : 'linear';
        h = tf.fused.matMul({ a: h as Tensor2D, b: this.weights[i], bias: this.biases[i], activation: fusedAct });
        if (act !== 'relu') h = activate(h, act);
      }
      return h as Tensor2D;
    });
  }

  /** Copies every parameter of `other` (same shapes) into this network. */
  copyFrom(other: Mlp): void {
    const mine = this.variables;
    other.variables.forEach((v, i) => mine[i].assign(v));
  }

  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

let counter = 0;
function uid(): number {
  return counter++;
}
