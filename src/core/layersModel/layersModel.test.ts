// Exported models load through plain TensorFlow.js (tfjs-layers' loadLayersModel, from memory) and compute the
// page's outputs; imported models become the generator or are refused with a reason, changing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tfl from '@tensorflow/tfjs-layers';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf } from '../tf';
import { presetParams } from '../../params/schema';
import { toy2dSchema } from '../../experiments/toy2d/schema';
import { Toy2dRun } from '../../experiments/toy2d/run';
import { gaussian1dSchema } from '../../experiments/gaussian1d/schema';
import { Gaussian1dRun } from '../../experiments/gaussian1d/run';
import type { GanRun } from '../../experiments/ganRun';
import type { SnapshotBase } from '../../engine/types';
import { PackedMlp } from '../packedMlp';
import { generatorOutput } from '../generatorOutput';
import { encodeLayersModel, type EncodedModel } from './encode';
import { decodeLayersModel } from './decode';
import { networkStack } from './fromNetwork';
import { runStack } from './stack';

beforeAll(useCpuBackend);

/** The page's outputs and the loaded model's agree within 1e-5 (relative to the value's size above 1). */
const TOLERANCE = 1e-5;

/** Loads model.json + weights.bin the way an app would, through tf.loadLayersModel (io handler from memory). */
async function loadLayers(m: EncodedModel): Promise<tfl.LayersModel> {
  const json = JSON.parse(m.modelJson);
  const weightSpecs = json.weightsManifest.flatMap((g: { weights: tf.io.WeightsManifestEntry[] }) => g.weights);
  const weightData = m.weights.buffer.slice(m.weights.byteOffset, m.weights.byteOffset + m.weights.byteLength);
  return tfl.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData }));
}

async function predict(model: tfl.LayersModel, rows: number[][]): Promise<number[][]> {
  const x = tf.tensor2d(rows);
  const y = model.predict(x) as tf.Tensor;
  const out = (await y.array()) as number[][];
  tf.dispose([x, y]);
  return out;
}

function expectClose(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  actual.forEach((row, i) => row.forEach((v, j) => {
    worst = Math.max(worst, Math.abs(v - expected[i][j]) / Math.max(1, Math.abs(expected[i][j])));
  }));
  expect(worst).toBeLessThanOrEqual(TOLERANCE);
}

function noise(n: number, dim: number, seed: number): number[][] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  return Array.from({ length: n }, () => Array.from({ length: dim }, next));
}

async function exportModel(run: GanRun<SnapshotBase>, which: 'g' | 'd'): Promise<EncodedModel> {
  return encodeLayersModel(await run.exportNetwork(which));
}

const parabola = presetParams(toy2dSchema, 'parabola');

describe('export as a TensorFlow.js LayersModel', () => {
  it('2-D: the loaded G gives the page\'s samples in the data\'s units, the loaded D the page\'s D(x)', async () => {
    const run = await Toy2dRun.create({ ...parabola, seed: 3, zDim: 2 });
    run.trainSteps(30);
    const z = noise(64, 2, 1);
    const g = await loadLayers(await exportModel(run, 'g'));
    expectClose(await predict(g, z), await run.generate(z));
    const xs = noise(64, 2, 2).map(([a, b]) => [3 * a, 10 + 5 * b]);
    const d = await loadLayers(await exportModel(run, 'd'));
    expectClose(await predict(d, xs), (await run.discriminate(xs)).map((v) => [v]));
    [g, d].forEach((m) => m.dispose());
    run.dispose();
  });

  it('1-D: leaky ReLU layers, G\'s 5·tanh head and D\'s clipped tanh head; a critic\'s raw score (WGAN)', async () => {
    const base = presetParams(gaussian1dSchema, gaussian1dSchema.defaultPreset);
    const params = { ...base, activation: 'leakyRelu', gOutput: 'tanh5', dOutput: 'tanhClip', pretrainD: false, seed: 5 };
    for (const loss of ['minimax', 'wgan']) {
      const run = await Gaussian1dRun.create({ ...params, loss });
      run.trainSteps(20);
      const z = noise(50, 1, 3);
      const g = await loadLayers(await exportModel(run, 'g'));
      expectClose(await predict(g, z), await run.generate(z));
      const xs = noise(50, 1, 4).map(([a]) => [3 * a]);
      const d = await loadLayers(await exportModel(run, 'd'));
      expectClose(await predict(d, xs), (await run.discriminate(xs)).map((v) => [v]));
      [g, d].forEach((m) => m.dispose());
      run.dispose();
    }
  });

  it('MNIST-shaped G: the sigmoid head; the plain-JavaScript reference agrees too', async () => {
    const net = new PackedMlp({ sizes: [10, 32, 784], hidden: 'relu', initializer: 'he', seed: 9, name: 'G' });
    const theta = Float32Array.from(await net.theta.data());
    const stack = networkStack({ name: 'generator', hidden: 'relu', head: 'sigmoid', layout: net.layout, theta });
    const z = noise(8, 10, 5);
    const page = tf.tidy(() => generatorOutput('sigmoid', net.apply(tf.tensor2d(z))));
    const expected = (await page.array()) as number[][];
    const g = await loadLayers(encodeLayersModel(stack));
    expectClose(await predict(g, z), expected);
    expectClose(runStack(stack, z), expected);
    tf.dispose([page]);
    g.dispose();
    net.dispose();
  });
});

describe('import a generator', () => {
  it('round trip: G exported from one run becomes another run\'s G, also across data sets (the normaliser is folded in)', async () => {
    const source = await Toy2dRun.create({ ...parabola, seed: 1 });
    source.trainSteps(40);
    const exported = await exportModel(source, 'g');
    const z = noise(40, parabola.zDim as number, 6);
    const want = await source.generate(z);
    for (const preset of ['parabola', 'twoMoons']) {
      const { hiddenG, activation, zDim } = parabola;
      const target = await Toy2dRun.create({ ...presetParams(toy2dSchema, preset), hiddenG, activation, zDim, seed: 2 });
      target.importGenerator(decodeLayersModel(exported.modelJson, exported.weights));
      expectClose(await target.generate(z), want);
      target.trainSteps(2); // trains on from the imported weights (G's optimizer restarted)
      target.dispose();
    }
    source.dispose();
  });

  it('takes a model built with tfjs-layers (as trained elsewhere) whose sizes and activations match', async () => {
    const run = await Toy2dRun.create({ ...parabola, seed: 4 });
    const sizes = [parabola.zDim as number, ...String(parabola.hiddenG).split(',').map(Number)];
    const act = String(parabola.activation);
    const model = tfl.sequential();
    sizes.slice(1).forEach((units, i) => {
      if (act === 'leakyRelu') {
        model.add(tfl.layers.dense({ units, inputShape: i === 0 ? [sizes[0]] : undefined }));
        model.add(tfl.layers.leakyReLU({ alpha: 0.2 }));
      } else {
        model.add(tfl.layers.dense({ units, activation: act as 'tanh' | 'relu', inputShape: i === 0 ? [sizes[0]] : undefined }));
      }
    });
    model.add(tfl.layers.dense({ units: 2 }));
    let saved: tf.io.ModelArtifacts | null = null;
    await model.save(tf.io.withSaveHandler(async (a) => {
      saved = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }));
    const artifacts = saved as unknown as tf.io.ModelArtifacts;
    const modelJson = JSON.stringify({ modelTopology: artifacts.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }] });
    run.importGenerator(decodeLayersModel(modelJson, new Uint8Array(artifacts.weightData as ArrayBuffer)));
    const z = noise(30, sizes[0], 7);
    expectClose(await run.generate(z), await predict(model, z));
    model.dispose();
    run.dispose();
  });

  it('refuses, with the reason, models that do not fit, and changes nothing', async () => {
    const run = await Toy2dRun.create({ ...parabola, seed: 8 });
    const z = noise(10, parabola.zDim as number, 8);
    const before = await run.generate(z);
    const good = await exportModel(run, 'g');
    const other = await Toy2dRun.create({ ...parabola, hiddenG: '7', seed: 8 });
    const otherActivation = await Toy2dRun.create({ ...parabola, activation: parabola.activation === 'tanh' ? 'relu' : 'tanh', seed: 8 });
    const disc = await exportModel(run, 'd');
    const json = JSON.parse(good.modelJson);
    const refusals: [RegExp, () => Promise<void>][] = [
      [/not JSON/, async () => run.importGenerator(decodeLayersModel('{nope', good.weights))],
      [/no modelTopology/, async () => run.importGenerator(decodeLayersModel('{}', good.weights))],
      [/only a Sequential/, async () => run.importGenerator(decodeLayersModel(JSON.stringify({ ...json, modelTopology: { class_name: 'Functional', config: {} } }), good.weights))],
      [/Conv2D layer/, async () => {
        const bad = structuredClone(json);
        bad.modelTopology.config.layers[1].class_name = 'Conv2D';
        run.importGenerator(decodeLayersModel(JSON.stringify(bad), good.weights));
      }],
      [/weights file has \d+ bytes/, async () => run.importGenerator(decodeLayersModel(good.modelJson, good.weights.slice(4)))],
      [/layers are .* this generator's are/, async () => {
        const m = await exportModel(other, 'g');
        run.importGenerator(decodeLayersModel(m.modelJson, m.weights));
      }],
      [/hidden layers use/, async () => {
        const m = await exportModel(otherActivation, 'g');
        run.importGenerator(decodeLayersModel(m.modelJson, m.weights));
      }],
      [/layers are|last layer uses/, async () => run.importGenerator(decodeLayersModel(disc.modelJson, disc.weights))],
      [/last layer uses sigmoid/, async () => {
        const bad = structuredClone(json);
        const layers = bad.modelTopology.config.layers;
        const lastDense = layers.map((l: { class_name: string }) => l.class_name).lastIndexOf('Dense') - 1;
        layers[lastDense].config.activation = 'sigmoid';
        run.importGenerator(decodeLayersModel(JSON.stringify(bad), good.weights));
      }],
      [/not finite/, async () => {
        const w = good.weights.slice();
        new DataView(w.buffer).setFloat32(0, NaN, true);
        run.importGenerator(decodeLayersModel(good.modelJson, w));
      }],
    ];
    for (const [reason, attempt] of refusals) await expect(attempt()).rejects.toThrow(reason);
    expectClose(await run.generate(z), before);
    expect(await run.generate(z)).toEqual(before);
    [run, other, otherActivation].forEach((r) => r.dispose());
  });

  it('refuses a 5·tanh model whose output scale differs from the head\'s', async () => {
    const base = presetParams(gaussian1dSchema, gaussian1dSchema.defaultPreset);
    const run = await Gaussian1dRun.create({ ...base, gOutput: 'tanh5', pretrainD: false });
    const m = await exportModel(run, 'g');
    const json = JSON.parse(m.modelJson);
    const w = m.weights.slice();
    // the last layer is the ×5 scale: its kernel is the second-to-last weight; make it ×4
    const specs = json.weightsManifest[0].weights as { shape: number[] }[];
    const offset = 4 * specs.slice(0, -2).reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
    new DataView(w.buffer).setFloat32(offset, 4, true);
    expect(() => run.importGenerator(decodeLayersModel(m.modelJson, w))).toThrow(/scales its output differently/);
    run.importGenerator(decodeLayersModel(m.modelJson, m.weights));
    run.dispose();
  });
});
