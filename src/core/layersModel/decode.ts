// Reads a TensorFlow.js LayersModel (model.json text + the weights' bytes) into a layer stack, or throws an Error
// that says why it cannot: only a Sequential model of Dense, LeakyReLU and ReLU layers with float32 weights is read.
// Imports nothing from TensorFlow.js.
import { MAX_MODEL_JSON_CHARS, MAX_WEIGHT_BYTES } from './limits';
import { DENSE_ACTIVATIONS, type LayerStack, type StackLayer } from './stack';

const MAX_LAYERS = 64;

interface Spec {
  name: string;
  shape: number[];
  /** Offset in bytes inside the weights. */
  at: number;
}

type Json = Record<string, unknown>;

export function decodeLayersModel(modelJson: string, weights: Uint8Array): LayerStack {
  if (modelJson.length > MAX_MODEL_JSON_CHARS) throw new Error(`model.json is too big (${modelJson.length} characters).`);
  if (weights.length > MAX_WEIGHT_BYTES) throw new Error(`The weights are too big (${weights.length} bytes).`);
  let doc: unknown;
  try {
    doc = JSON.parse(modelJson);
  } catch {
    throw new Error('model.json is not JSON.');
  }
  if (!isRecord(doc) || !isRecord(doc.modelTopology)) throw new Error('model.json has no modelTopology: it is not a TensorFlow.js LayersModel.');
  if (doc.format !== undefined && doc.format !== 'layers-model') throw new Error(`model.json is a "${String(doc.format).slice(0, 30)}", not a layers-model.`);
  const topology = isRecord(doc.modelTopology.model_config) ? doc.modelTopology.model_config : doc.modelTopology;
  if (topology.class_name !== 'Sequential') {
    throw new Error(`The model is a ${String(topology.class_name).slice(0, 30)}; only a Sequential model of Dense layers can be imported.`);
  }
  const config = topology.config;
  const layerList = Array.isArray(config) ? config : isRecord(config) && Array.isArray(config.layers) ? config.layers : null;
  if (!layerList || layerList.length === 0) throw new Error('The model lists no layers.');
  if (layerList.length > MAX_LAYERS) throw new Error(`The model has ${layerList.length} layers; at most ${MAX_LAYERS} are read.`);
  const specs = readManifest(doc.weightsManifest, weights.length);
  const name = isRecord(config) && typeof config.name === 'string' ? config.name.slice(0, 64) : 'model';
  const layers: StackLayer[] = [];
  let width: number | null = null;
  layerList.forEach((entry: unknown, i: number) => {
    const layer = readLayer(entry, i, specs, weights, width);
    if (!layer) return;
    if (layer.kind === 'dense') width = layer.units;
    layers.push(layer);
  });
  const first = layers.find((l) => l.kind === 'dense');
  if (!first || first.kind !== 'dense') throw new Error('The model has no Dense layer.');
  return { name, inputDim: first.fanIn, layers };
}

function readManifest(manifest: unknown, byteLength: number): Map<string, Spec> {
  if (!Array.isArray(manifest)) throw new Error('model.json has no weightsManifest.');
  const specs = new Map<string, Spec>();
  let at = 0;
  for (const group of manifest) {
    if (!isRecord(group) || !Array.isArray(group.weights)) throw new Error('model.json\'s weightsManifest is malformed.');
    for (const w of group.weights) {
      if (!isRecord(w) || typeof w.name !== 'string' || !Array.isArray(w.shape)) throw new Error('A weight in the manifest is malformed.');
      if (w.dtype !== undefined && w.dtype !== 'float32') throw new Error(`Weight "${w.name.slice(0, 60)}" is ${String(w.dtype).slice(0, 20)}; only float32 weights are read.`);
      if (w.quantization !== undefined) throw new Error(`Weight "${w.name.slice(0, 60)}" is quantized; only float32 weights are read.`);
      const shape = w.shape;
      if (!shape.every((d): d is number => Number.isInteger(d) && d > 0)) throw new Error(`Weight "${w.name.slice(0, 60)}" has an invalid shape.`);
      specs.set(w.name, { name: w.name, shape, at });
      at += 4 * shape.reduce((a, b) => a * b, 1);
    }
  }
  if (at !== byteLength) throw new Error(`The weights file has ${byteLength} bytes; model.json's manifest needs ${at}.`);
  return specs;
}

/** One layer of the topology; null for layers that compute nothing (InputLayer). */
function readLayer(entry: unknown, i: number, specs: Map<string, Spec>, weights: Uint8Array, width: number | null): StackLayer | null {
  if (!isRecord(entry) || !isRecord(entry.config)) throw new Error(`Layer ${i} is malformed.`);
  const c = entry.config;
  const cls = String(entry.class_name).slice(0, 30);
  switch (cls) {
    case 'InputLayer':
      return null;
    case 'Dense':
      return readDense(c, i, specs, weights, width);
    case 'LeakyReLU': {
      const alpha = c.alpha ?? c.negative_slope ?? 0.3; // Keras's default slope
      if (typeof alpha !== 'number' || !Number.isFinite(alpha)) throw new Error(`Layer ${i} (LeakyReLU) has no valid slope.`);
      return { kind: 'leakyRelu', alpha };
    }
    case 'ReLU': {
      const max = c.max_value ?? null;
      if (max !== null && (typeof max !== 'number' || !(max > 0))) throw new Error(`Layer ${i} (ReLU) has an invalid max_value.`);
      if ((c.negative_slope ?? 0) !== 0 || (c.threshold ?? 0) !== 0) throw new Error(`Layer ${i} (ReLU) has a slope or threshold; only a plain or capped ReLU is read.`);
      return { kind: 'relu', maxValue: max };
    }
    default:
      throw new Error(`Layer ${i} is a ${cls} layer; only Dense, LeakyReLU and ReLU layers can be imported.`);
  }
}

function readDense(c: Json, i: number, specs: Map<string, Spec>, weights: Uint8Array, width: number | null) {
  const name = typeof c.name === 'string' ? c.name : '';
  const named = c.activation ?? 'linear';
  const activation = DENSE_ACTIVATIONS.find((a) => a === named);
  if (activation === undefined) {
    throw new Error(`Layer ${i} (Dense) has activation "${String(named).slice(0, 30)}"; only ${DENSE_ACTIVATIONS.join(', ')} are read.`);
  }
  const units = c.units;
  if (typeof units !== 'number' || !Number.isInteger(units) || units < 1) throw new Error(`Layer ${i} (Dense) has no valid units.`);
  const kernelSpec = findSpec(specs, name, 'kernel', i);
  if (kernelSpec.shape.length !== 2 || kernelSpec.shape[1] !== units) throw new Error(`Layer ${i} (Dense): its kernel has shape [${kernelSpec.shape.join(', ')}], not [inputs, ${units}].`);
  const fanIn = kernelSpec.shape[0];
  if (width !== null && fanIn !== width) throw new Error(`Layer ${i} (Dense) takes ${fanIn} inputs; the layer before gives ${width}.`);
  const kernel = readFloats(weights, kernelSpec, i);
  let bias: Float32Array = new Float32Array(units);
  if (c.use_bias !== false) {
    const biasSpec = findSpec(specs, name, 'bias', i);
    if (biasSpec.shape.length !== 1 || biasSpec.shape[0] !== units) throw new Error(`Layer ${i} (Dense): its bias has shape [${biasSpec.shape.join(', ')}], not [${units}].`);
    bias = readFloats(weights, biasSpec, i);
  }
  return { kind: 'dense' as const, fanIn, units, activation, kernel, bias };
}

/** The weight `<layer>/<part>`, also under a model-name prefix (`<model>/<layer>/<part>`, as some converters write). */
function findSpec(specs: Map<string, Spec>, layer: string, part: string, i: number): Spec {
  const exact = specs.get(`${layer}/${part}`);
  if (exact) return exact;
  for (const [key, spec] of specs) if (key.endsWith(`/${layer}/${part}`)) return spec;
  throw new Error(`Layer ${i} (Dense "${layer.slice(0, 40)}") has no ${part} in the weights manifest.`);
}

function readFloats(weights: Uint8Array, spec: Spec, i: number): Float32Array {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const view = new DataView(weights.buffer, weights.byteOffset + spec.at, 4 * n);
  const out = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    out[j] = view.getFloat32(4 * j, true);
    if (!Number.isFinite(out[j])) throw new Error(`Layer ${i}: weight "${spec.name.slice(0, 60)}" holds a value that is not finite.`);
  }
  return out;
}

function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
