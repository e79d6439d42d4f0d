// The page's networks as Keras layer stacks: hidden layers with the network's activation, then the output head
// and the data maps written as layers, so that the stack computes exactly what the page computes (x = G(z) in the
// user's units; D(x) as the page reports it).
import { LEAKY_ALPHA, type Activation } from '../activations';
import { CLIP_HI, CLIP_LO } from '../losses';
import { TANH5_SCALE } from '../generatorOutput';
import type { LayerSlots } from '../packedMlp';
import { affineLayer, type Affine, type DenseActivation, type DenseLayer, type LayerStack, type StackLayer } from './stack';

/**
 * How a network's last layer o becomes what the page reports:
 *  linear: o (G's linear output; a critic's score);  sigmoid: σ(o);  tanh5: 5·tanh(o) (core/generatorOutput);
 *  tanhClip: clip(tanh(o), 0.01, 0.99) (core/losses).
 */
export type OutputHead = 'linear' | 'sigmoid' | 'tanh5' | 'tanhClip';

export interface NetworkDescription {
  name: string;
  hidden: Activation;
  head: OutputHead;
  /** Layer shapes and offsets inside θ (PackedMlp.layout), and θ itself. */
  layout: readonly LayerSlots[];
  theta: Float32Array;
  /** Applied to the input before the first layer (D reads the user's units through the 2-D normaliser). */
  inputMap?: Affine;
  /** Applied after the head (G's samples go back to the user's units). */
  outputMap?: Affine;
}

/** The network as a layer stack whose output equals the page's, within float32 rounding. */
export function networkStack(net: NetworkDescription): LayerStack {
  const layers: StackLayer[] = [];
  if (net.inputMap) layers.push(affineLayer(net.inputMap));
  const last = net.layout.length - 1;
  net.layout.forEach((slots, i) => {
    const kernel = net.theta.slice(slots.wAt, slots.wAt + slots.fanIn * slots.fanOut);
    const bias = net.theta.slice(slots.bAt, slots.bAt + slots.fanOut);
    const dense = (activation: DenseActivation): DenseLayer => ({ kind: 'dense', fanIn: slots.fanIn, units: slots.fanOut, activation, kernel, bias });
    if (i < last) layers.push(...hiddenLayers(net.hidden, dense));
    else layers.push(...headLayers(net.head, dense, slots.fanOut));
  });
  if (net.outputMap) layers.push(affineLayer(net.outputMap));
  return { name: net.name, inputDim: net.layout[0].fanIn, layers };
}

/** Keras has no leaky-ReLU activation name: a linear Dense followed by a LeakyReLU layer (α = 0.2). */
function hiddenLayers(act: Activation, dense: (a: DenseActivation) => DenseLayer): StackLayer[] {
  return act === 'leakyRelu' ? [dense('linear'), { kind: 'leakyRelu', alpha: LEAKY_ALPHA }] : [dense(act)];
}

function headLayers(head: OutputHead, dense: (a: DenseActivation) => DenseLayer, n: number): StackLayer[] {
  const constant = (scale: number, shift: number) => affineLayer({ scale: Array(n).fill(scale), shift: Array(n).fill(shift) });
  switch (head) {
    case 'linear':
      return [dense('linear')];
    case 'sigmoid':
      return [dense('sigmoid')];
    case 'tanh5':
      return [dense('tanh'), constant(TANH5_SCALE, 0)];
    case 'tanhClip':
      // clip(y, lo, hi) = lo + min(max(y − lo, 0), hi − lo): a shift, a capped ReLU, a shift back
      return [dense('tanh'), constant(1, -CLIP_LO), { kind: 'relu', maxValue: CLIP_HI - CLIP_LO }, constant(1, CLIP_LO)];
  }
}
