// Hand-written back-propagation for PackedMlp: the gradients the tape would compute, in far fewer kernels.
// Small networks are limited by how many kernels run per step, not by arithmetic, so the fast training path
// (core/fastGan.ts) uses this instead of tf.variableGrads. core/backprop.test.ts holds it equal to autodiff.
import { tf, type Tensor, type Tensor1D, type Tensor2D } from './tf';
import { activationRecord } from './activations';
import type { Network } from './network';

/** What the forward pass keeps for the backward pass. */
export interface Trace {
  /** The input of each layer (layer 0's is the network input). */
  inputs: Tensor2D[];
  /** Each hidden layer's pre-activation a = hW + b (needed by ReLU-type derivatives). */
  pre: Tensor2D[];
  /** Each hidden layer's output h = act(a). */
  post: Tensor2D[];
  /** Each layer's weight matrix (a view of θ), reused by the backward pass. */
  weights: Tensor2D[];
  /** The last layer's output (linear). */
  out: Tensor2D;
}

/** Forward pass that keeps every intermediate (no tf.tidy: the caller disposes them, normally in its own tidy). */
export function forwardTrace(net: Network, x: Tensor2D): Trace {
  const trace: Trace = { inputs: [], pre: [], post: [], weights: [], out: x };
  const last = net.depth - 1;
  let h = x;
  for (let i = 0; i <= last; i++) {
    const { w, b } = net.layerView(i);
    trace.inputs.push(h);
    trace.weights.push(w);
    const a = tf.fused.matMul({ a: h, b: w, bias: b }) as Tensor2D;
    if (i === last) {
      trace.out = a;
    } else {
      h = activationRecord(net.spec.hidden).apply(a);
      trace.pre.push(a);
      trace.post.push(h);
    }
  }
  return trace;
}

export interface Gradients {
  /** ∂L/∂θ in θ's packed layout, when asked for. */
  dTheta: Tensor1D | null;
  /** ∂L/∂x for the network's input, when asked for. */
  dInput: Tensor2D | null;
}

/**
 * Back-propagates δ = ∂L/∂out through the network: for layer l (from the last),
 *   ∂L/∂W_l = h_{l−1}ᵀ δ_l,   ∂L/∂b_l = Σ_rows δ_l,   δ_{l−1} = (δ_l W_lᵀ) ⊙ act'(a_{l−1}).
 */
export function backward(net: Network, trace: Trace, dOut: Tensor2D, wantTheta: boolean, wantInput: boolean): Gradients {
  const pieces: Tensor[] = [];
  let delta = dOut;
  let dInput: Tensor2D | null = null;
  for (let i = net.depth - 1; i >= 0; i--) {
    const w = trace.weights[i];
    if (wantTheta) {
      const dW = tf.matMul(trace.inputs[i], delta, true, false);
      const db = tf.sum(delta, 0);
      pieces.push(db, tf.reshape(dW, [-1]));
    }
    if (i > 0 || wantInput) {
      const back = tf.matMul(delta, w, false, true) as Tensor2D;
      if (i > 0) delta = activationRecord(net.spec.hidden).backprop(back, trace.pre[i - 1], trace.post[i - 1]);
      else dInput = back;
    }
  }
  // pieces were gathered last layer first as [b, W]; θ's layout is first layer first as [W, b]
  const dTheta = wantTheta ? (tf.concat(pieces.reverse()) as Tensor1D) : null;
  return { dTheta, dInput };
}
