// Writes a layer stack as a TensorFlow.js LayersModel: model.json (a Keras Sequential topology and the weights
// manifest) and weights.bin (every kernel and bias as little-endian float32, in manifest order). The format is the
// one tf.loadLayersModel reads and tensorflowjs_converter turns into Keras.
import type { DenseLayer, LayerStack, StackLayer } from './stack';

/** The weights file's name, as model.json's manifest refers to it. */
export const WEIGHTS_FILE = 'weights.bin';
/** Written into model.json's topology, as tfjs-layers does (converters read it). */
const KERAS_VERSION = 'tfjs-layers 4.22.0';

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

export interface EncodedModel {
  /** model.json's text. */
  modelJson: string;
  /** weights.bin's bytes. */
  weights: Uint8Array;
}

/** The name of layer i of the stack (Keras layer names are unique within a model). */
export function layerName(stack: LayerStack, layer: StackLayer, i: number): string {
  const kind = layer.kind === 'dense' ? 'dense' : layer.kind === 'leakyRelu' ? 'leaky_re_lu' : 're_lu';
  return `${stack.name}_${kind}_${i}`;
}

/** `weightsFile`: the weights' file name as the manifest gives it (saved beside model.json). */
export function encodeLayersModel(stack: LayerStack, weightsFile = WEIGHTS_FILE): EncodedModel {
  const specs: WeightSpec[] = [];
  const arrays: Float32Array[] = [];
  const layers = stack.layers.map((layer, i) => {
    const name = layerName(stack, layer, i);
    if (layer.kind === 'dense') {
      specs.push({ name: `${name}/kernel`, shape: [layer.fanIn, layer.units], dtype: 'float32' });
      specs.push({ name: `${name}/bias`, shape: [layer.units], dtype: 'float32' });
      arrays.push(layer.kernel, layer.bias);
    }
    const config = layerConfig(layer, name);
    if (i === 0) config.batch_input_shape = [null, stack.inputDim];
    return { class_name: className(layer), config };
  });
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'GAN Playground',
    convertedBy: null,
    modelTopology: {
      class_name: 'Sequential',
      config: { name: stack.name, layers },
      keras_version: KERAS_VERSION,
      backend: 'tensor_flow.js',
    },
    weightsManifest: [{ paths: [weightsFile], weights: specs }],
  };
  return { modelJson: JSON.stringify(modelJson), weights: concatLittleEndian(arrays) };
}

function className(layer: StackLayer): string {
  return layer.kind === 'dense' ? 'Dense' : layer.kind === 'leakyRelu' ? 'LeakyReLU' : 'ReLU';
}

function layerConfig(layer: StackLayer, name: string): Record<string, unknown> {
  switch (layer.kind) {
    case 'dense':
      return denseConfig(layer, name);
    case 'leakyRelu':
      return { alpha: layer.alpha, name, trainable: true, dtype: 'float32' };
    case 'relu':
      return { max_value: layer.maxValue, name, trainable: true, dtype: 'float32' };
  }
}

function denseConfig(layer: DenseLayer, name: string): Record<string, unknown> {
  return {
    units: layer.units,
    activation: layer.activation,
    use_bias: true,
    kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
    bias_initializer: { class_name: 'Zeros', config: {} },
    kernel_regularizer: null,
    bias_regularizer: null,
    activity_regularizer: null,
    kernel_constraint: null,
    bias_constraint: null,
    name,
    trainable: true,
    dtype: 'float32',
  };
}

function concatLittleEndian(arrays: Float32Array[]): Uint8Array {
  const total = arrays.reduce((n, a) => n + a.length, 0);
  const bytes = new Uint8Array(total * 4);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const a of arrays) for (const v of a) view.setFloat32(4 * at++, v, true);
  return bytes;
}
