// A network as a stack of Keras layers (Dense, LeakyReLU, ReLU): what a TensorFlow.js LayersModel file holds, in
// plain data. core/layersModel/ writes it as model.json + weights.bin (encode.ts), reads such files (decode.ts),
// builds it from the page's networks (fromNetwork.ts) and turns one back into a generator's θ (intoGenerator.ts).

/** Activations a Dense layer carries by name (Keras names them the same). */
export type DenseActivation = 'linear' | 'tanh' | 'relu' | 'sigmoid';
export const DENSE_ACTIVATIONS: readonly DenseActivation[] = ['linear', 'tanh', 'relu', 'sigmoid'];

/** y = act(x·W + b); W is fanIn × units, row-major. */
export interface DenseLayer {
  kind: 'dense';
  fanIn: number;
  units: number;
  activation: DenseActivation;
  kernel: Float32Array;
  bias: Float32Array;
}

/** y = x for x ≥ 0, α·x below (Keras LeakyReLU). */
export interface LeakyReluLayer {
  kind: 'leakyRelu';
  alpha: number;
}

/** y = min(max(x, 0), maxValue) (Keras ReLU; no cap when maxValue is null). */
export interface ReluLayer {
  kind: 'relu';
  maxValue: number | null;
}

export type StackLayer = DenseLayer | LeakyReluLayer | ReluLayer;

export interface LayerStack {
  /** The model's name in model.json. */
  name: string;
  inputDim: number;
  layers: StackLayer[];
}

/** A per-column affine map y_j = x_j·scale_j + shift_j (e.g. the 2-D experiment's data normaliser). */
export interface Affine {
  scale: number[];
  shift: number[];
}

/** The affine map as a linear Dense layer with a diagonal kernel. */
export function affineLayer(map: Affine): DenseLayer {
  const n = map.scale.length;
  const kernel = new Float32Array(n * n);
  for (let j = 0; j < n; j++) kernel[j * n + j] = map.scale[j];
  return { kind: 'dense', fanIn: n, units: n, activation: 'linear', kernel, bias: Float32Array.from(map.shift) };
}

/** The inverse map x = (y − shift) / scale, i.e. scale' = 1/scale, shift' = −shift/scale. */
export function inverseAffine(map: Affine): Affine {
  return { scale: map.scale.map((s) => 1 / s), shift: map.shift.map((c, j) => -c / map.scale[j]) };
}

/** Runs the stack on rows of inputs in plain JavaScript (float64): a reference independent of TensorFlow.js. */
export function runStack(stack: LayerStack, rows: number[][]): number[][] {
  return rows.map((row) => {
    let h = row.slice();
    for (const l of stack.layers) {
      if (l.kind === 'dense') {
        const out = Array.from(l.bias);
        for (let i = 0; i < l.fanIn; i++) for (let j = 0; j < l.units; j++) out[j] += h[i] * l.kernel[i * l.units + j];
        h = out.map((v) => denseActivation(l.activation, v));
      } else if (l.kind === 'leakyRelu') {
        h = h.map((v) => (v >= 0 ? v : l.alpha * v));
      } else {
        const cap = l.maxValue ?? Infinity;
        h = h.map((v) => Math.min(Math.max(v, 0), cap));
      }
    }
    return h;
  });
}

function denseActivation(a: DenseActivation, v: number): number {
  switch (a) {
    case 'linear':
      return v;
    case 'tanh':
      return Math.tanh(v);
    case 'relu':
      return Math.max(v, 0);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-v));
  }
}
