// The reference for the benchmark: a GAN written the way the tutorials and earlier browser playgrounds write it —
// one tf.variable per weight and bias, plain matMul + add + activation, tfjs's own optimizers through
// optimizer.minimize(f, false, varList), and every batch and noise vector made in JavaScript and uploaded each step.
// It is deliberately not optimised: it is what the playground's fast path is measured against.
import { tf, type Scalar, type Tensor, type Tensor2D, type Variable } from '../core/tf';
import { mulberry32 } from '../core/rng';

export type RefActivation = 'tanh' | 'relu' | 'leakyRelu' | 'linear' | 'sigmoid';

export interface ReferenceSpec {
  dSizes: number[];
  gSizes: number[];
  hidden: RefActivation;
  gOutput: RefActivation | 'tanh5';
  optimizer: () => tf.Optimizer;
  batch: number;
  /** Makes one host-side batch of real data, row-major [batch, dim]. */
  realBatch: (rand: () => number, batch: number) => Float32Array;
  /** Makes one host-side batch of noise, row-major [batch, zDim]. */
  noise: (rand: () => number, batch: number) => Float32Array;
}

interface Layer {
  w: Variable;
  b: Variable;
}

function makeLayers(sizes: number[], seed: number): Layer[] {
  const layers: Layer[] = [];
  for (let i = 0; i < sizes.length - 1; i++) {
    const std = Math.sqrt(2 / sizes[i]);
    layers.push({
      w: tf.variable(tf.randomNormal([sizes[i], sizes[i + 1]], 0, std, 'float32', seed + i)),
      b: tf.variable(tf.zeros([sizes[i + 1]])),
    });
  }
  return layers;
}

function act(x: Tensor, a: RefActivation | 'tanh5'): Tensor {
  switch (a) {
    case 'tanh':
      return tf.tanh(x);
    case 'relu':
      return tf.relu(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, 0.2);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'tanh5':
      return tf.mul(tf.tanh(x), 5);
    case 'linear':
      return x;
  }
}

function forward(layers: Layer[], x: Tensor, hidden: RefActivation, out: RefActivation | 'tanh5'): Tensor {
  let h = x;
  layers.forEach((l, i) => {
    h = act(tf.add(tf.matMul(h as Tensor2D, l.w), l.b), i === layers.length - 1 ? out : hidden);
  });
  return h;
}

export class ReferenceGan {
  private readonly d: Layer[];
  private readonly g: Layer[];
  private readonly optD: tf.Optimizer;
  private readonly optG: tf.Optimizer;
  private readonly rand: () => number;
  private lastLoss: Scalar | null = null;

  constructor(private readonly spec: ReferenceSpec, seed = 1) {
    this.d = makeLayers(spec.dSizes, seed * 100);
    this.g = makeLayers(spec.gSizes, seed * 100 + 50);
    this.optD = spec.optimizer();
    this.optG = spec.optimizer();
    this.rand = mulberry32(seed);
  }

  private upload(values: Float32Array, dim: number): Tensor2D {
    return tf.tensor2d(values, [this.spec.batch, dim]);
  }

  /** One D update then one G update, exactly as the tutorials do (sigmoid outputs, logs of probabilities). */
  step(): void {
    const { batch, dSizes, gSizes, hidden, gOutput } = this.spec;
    const x = this.upload(this.spec.realBatch(this.rand, batch), dSizes[0]);
    const z1 = this.upload(this.spec.noise(this.rand, batch), gSizes[0]);
    const dVars = this.d.flatMap((l) => [l.w, l.b]);
    const gVars = this.g.flatMap((l) => [l.w, l.b]);
    const eps = 1e-8;
    this.optD.minimize(() => {
      const real = forward(this.d, x, hidden, 'sigmoid');
      const fake = forward(this.d, forward(this.g, z1, hidden, gOutput), hidden, 'sigmoid');
      return tf.neg(tf.mean(tf.add(tf.log(tf.add(real, eps)), tf.log(tf.add(tf.sub(1, fake), eps))))) as Scalar;
    }, false, dVars);
    const z2 = this.upload(this.spec.noise(this.rand, batch), gSizes[0]);
    const loss = this.optG.minimize(() => {
      const fake = forward(this.d, forward(this.g, z2, hidden, gOutput), hidden, 'sigmoid');
      return tf.neg(tf.mean(tf.log(tf.add(fake, eps)))) as Scalar;
    }, true, gVars);
    tf.dispose([x, z1, z2]);
    this.lastLoss?.dispose();
    this.lastLoss = loss;
  }

  /** Waits for the GPU to finish (one tiny readback). */
  async settle(): Promise<void> {
    await this.lastLoss?.data();
  }

  dispose(): void {
    tf.dispose([...this.d.flatMap((l) => [l.w, l.b]), ...this.g.flatMap((l) => [l.w, l.b])]);
    this.optD.dispose();
    this.optG.dispose();
    this.lastLoss?.dispose();
  }
}

/** Standard normal by Box–Muller from a uniform source. */
export function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
