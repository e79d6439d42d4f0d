// D and G updates of the fast path on WebGL in a handful of fused kernels (core/fused/programs.ts): per network
// update, one kernel per layer forward, one for ∂L/∂logit (fused with D's last layer), one per layer backward, and
// ONE for the gradient sums and the optimizer step together, whose output is sliced (without copying) back into θ
// and the optimizer's slot variables. Small networks are limited by kernel launches; this runs ~10 per update
// where the tensor-op formulation (core/fastGan.ts) runs ~100. e2e/fused.spec.ts holds the two equal.
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf, type Scalar, type Tensor, type Tensor2D } from '../tf';
import { objective } from '../objectives';
import type { PackedMlp } from '../packedMlp';
import { optimizerRecord, type ParameterOptimizer } from '../optimizers';
import type { FastPair } from '../fastGan';
import { activation, activationSlope, discriminatorDelta, discriminatorValue, generatorDelta, generatorOutput, generatorOutputSlope, generatorValue } from './glsl';
import { backwardProgram, denseProgram, lossDeltaProgram, lossValueProgram, stateNames, updateProgram, updateRows, type Split } from './programs';
import { fusedBackend, runProgram } from './webgl';

/**
 * Work of one fused update, (θ and slot rows) × parameters × batch rows, above which the redundant per-texel
 * gradient sums cost more than the launches they save; such networks take the tiled kernels (core/tiled) where they
 * fit, else the tensor-op path. Measured on SwiftShader (2-D, Adam): 10,10 units / batch 32 (D: 29k) fused 4.6×
 * faster; 32,32 / 64 (D: 455k) 1.3× faster; 64,64 / 128 (D: 3.4M) 3× slower.
 */
export const FUSED_WORK_LIMIT = 500_000;

/** A layer's input: one tensor, or D's real and fake rows (read as one stacked batch without a concat). */
type LayerInput = Tensor2D[];

export class FusedGanSteps {
  private readonly programs = new Map<string, GPGPUProgram>();

  constructor(private readonly pair: FastPair) {}

  /** The WebGL backend when this update of `net` with `opt` over `rows` batch rows can run fused, else null. */
  static backendFor(net: PackedMlp, opt: ParameterOptimizer, rows: number): MathBackendWebGL | null {
    const fused = fusedBackend();
    if (!fused) return null;
    const state = opt.slotState(0);
    if (state.variable !== net.theta) return null;
    const { rows: slots } = updateRows(state.config.kind);
    if (slots * net.size * rows > FUSED_WORK_LIMIT) return null;
    // the update reads θ, the optimizer state, and each layer's input(s) and δ (D's first input is two tensors)
    const stateInputs = stateNames(state.config.kind).length;
    return 1 + stateInputs + 2 * net.depth + 1 <= fused.maxInputs ? fused.backend : null;
  }

  private program(key: string, make: () => GPGPUProgram): GPGPUProgram {
    let p = this.programs.get(key);
    if (!p) {
      p = make();
      this.programs.set(key, p);
    }
    return p;
  }

  private layerKey(net: PackedMlp, l: number, rows: number, split: Split): string {
    return `${net.spec.sizes.join('x')}:${net.spec.hidden}:${l}:${rows}:${split}`;
  }

  /**
   * Runs layers 0 … count−1 of `net` on `first`; returns every layer input met (index l: layer l's input; index
   * count: the last run layer's output). The network's last layer applies `lastAct` instead of the hidden one.
   */
  private forward(backend: MathBackendWebGL, net: PackedMlp, first: LayerInput, rows: number, count: number, last: string, lastAct: (a: string) => string): LayerInput[] {
    const ins: LayerInput[] = [first];
    for (let l = 0; l < count; l++) {
      const isLast = l === net.depth - 1;
      const split = ins[l].length === 2 ? ins[l][0].shape[0] : null;
      const act = isLast ? lastAct : (a: string) => activation(net.spec.hidden, a);
      const key = `dense:${this.layerKey(net, l, rows, split)}:${isLast ? last : 'hidden'}`;
      const program = this.program(key, () => denseProgram(net.layout[l], rows, split, act));
      ins.push([runProgram<Tensor2D>(backend, program, [net.theta, ...ins[l]])]);
    }
    return ins;
  }

  /** δ back from the last layer's δ to layer 0's, through the hidden activations; returns δ per layer. */
  private backward(backend: MathBackendWebGL, net: PackedMlp, ins: LayerInput[], lastDelta: Tensor2D, rows: number): Tensor2D[] {
    const deltas: Tensor2D[] = [];
    deltas[net.depth - 1] = lastDelta;
    for (let l = net.depth - 1; l >= 1; l--) {
      const key = `back:${this.layerKey(net, l, rows, null)}`;
      const program = this.program(key, () => backwardProgram(net.layout[l], rows, (h) => activationSlope(net.spec.hidden, h)));
      deltas[l - 1] = runProgram<Tensor2D>(backend, program, [net.theta, deltas[l], ins[l][0]]);
    }
    return deltas;
  }

  /** The optimizer step in one kernel; its output's rows are assigned (as views, no copy) to θ and the slots. */
  private update(backend: MathBackendWebGL, net: PackedMlp, opt: ParameterOptimizer, ins: LayerInput[], deltas: Tensor2D[], rows: number): void {
    const s = opt.slotState(0);
    const { kind } = s.config;
    const split = ins[0].length === 2 ? ins[0][0].shape[0] : null;
    const key = `update:${this.layerKey(net, 0, rows, split)}:${kind}`;
    const program = this.program(key, () => updateProgram(net.layout, net.size, rows, split, kind));
    // in stateNames' order: the slots, then the powers (one packed θ, so one of each)
    const state = opt.stateVariables();
    const uniforms = optimizerRecord(kind).uniforms.map(({ value }) => [value(s)]);
    const layerInputs = net.layout.flatMap((_, l) => [...ins[l], deltas[l]]);
    const out = runProgram<Tensor>(backend, program, [net.theta, ...state, ...layerInputs], uniforms);
    const n = net.size;
    net.theta.assign(tf.slice(out, [0], [n]));
    s.first?.assign(tf.slice(out, [n], [n]));
    s.second?.assign(tf.slice(out, [2 * n], [n]));
    s.beta1Power?.assign(tf.reshape(tf.slice(out, [3 * n], [1]), []));
    s.beta2Power?.assign(tf.reshape(tf.slice(out, [3 * n + 1], [1]), []));
  }

  /** D's logits on a layer input of its last layer (only for loss values, on the step a frame shows). */
  private logits(backend: MathBackendWebGL, net: PackedMlp, input: LayerInput, rows: number): Tensor2D {
    const l = net.depth - 1;
    const split = input.length === 2 ? input[0].shape[0] : null;
    const program = this.program(`dense:${this.layerKey(net, l, rows, split)}:logit`, () => denseProgram(net.layout[l], rows, split, (a) => a));
    return runProgram<Tensor2D>(backend, program, [net.theta, ...input]);
  }

  /**
   * A loss value in one program (lossValueProgram) from the objective's GLSL value terms, which `code` writes (null
   * where the objective has none): rows < `labelled` are real rows with target y.
   */
  private lossValue(backend: MathBackendWebGL, key: string, lastIn: LayerInput, rows: number, labelled: number, y: number, code: () => string | null): Scalar | null {
    const { d } = this.pair;
    const split = lastIn.length === 2 ? lastIn[0].shape[0] : null;
    const fullKey = `${key}:${this.layerKey(d, d.depth - 1, rows, split)}`;
    let program = this.programs.get(fullKey);
    if (!program) {
      const lossValue = code();
      if (lossValue === null) return null;
      program = lossValueProgram(d.layout[d.depth - 1], rows, split, lossValue, labelled);
      this.programs.set(fullKey, program);
    }
    return tf.reshape(runProgram<Tensor2D>(backend, program, [d.theta, ...lastIn], [[y]]), []) as Scalar;
  }

  /** A loss value by the objective's tensor code on D's logits (objectives without GLSL value terms). */
  private tensorLoss(backend: MathBackendWebGL, lastIn: LayerInput, rows: number, loss: (l: Tensor2D) => Scalar): Scalar {
    return loss(this.logits(backend, this.pair.d, lastIn, rows));
  }

  /**
   * x = G(z) in one kernel per layer (what a frame shows of G; the training steps run the same programs). `g` is G
   * itself or a network of its shape (the averaged G, core/weightAverage.ts).
   */
  generate(backend: MathBackendWebGL, z: Tensor2D, g: PackedMlp = this.pair.g): Tensor2D {
    return tf.tidy(() => {
      const ins = this.gForward(backend, z, g);
      return ins[ins.length - 1][0];
    });
  }

  /** D's logits on x in one kernel per layer. */
  discriminatorLogits(backend: MathBackendWebGL, x: Tensor2D): Tensor2D {
    const { d } = this.pair;
    return tf.tidy(() => {
      const rows = x.shape[0];
      const ins = this.forward(backend, d, [x], rows, d.depth - 1, '', (a) => a);
      return this.logits(backend, d, ins[d.depth - 1], rows);
    });
  }

  /**
   * −∂(n·L_G)/∂x at points x, through D only: where G's loss pushes each sample (the arrows a frame draws). The same
   * programs as a G update's pass through D, with the loss taken per point (batch 1) and stopping at x.
   */
  generatorPush(backend: MathBackendWebGL, x: Tensor2D): Tensor2D {
    const { d, dHead } = this.pair;
    const obj = objective(this.pair.objective);
    const rows = x.shape[0];
    return tf.tidy(() => {
      const dIns = this.forward(backend, d, [x], rows, d.depth - 1, '', (a) => a);
      const lastIn = dIns[d.depth - 1];
      const key = `push:${this.layerKey(d, d.depth - 1, rows, null)}:${dHead}:${obj.id}`;
      const program = this.program(key, () => lossDeltaProgram(d.layout[d.depth - 1], rows, null, generatorDelta(obj, dHead, 1), 0));
      const dDeltas = this.backward(backend, d, dIns, runProgram<Tensor2D>(backend, program, [d.theta, ...lastIn], [[0]]), rows);
      const intoX = this.program(`back:${this.layerKey(d, 0, rows, null)}:into-x`, () => backwardProgram(d.layout[0], rows, () => '1.0'));
      return tf.neg(runProgram<Tensor2D>(backend, intoX, [d.theta, dDeltas[0], x]));
    });
  }

  private gForward(backend: MathBackendWebGL, z: Tensor2D, g: PackedMlp = this.pair.g): LayerInput[] {
    const { gOutput } = this.pair;
    return this.forward(backend, g, [z], z.shape[0], g.depth, `out-${gOutput}`, (a) => generatorOutput(gOutput, a));
  }

  /** One D update (descends L_D); returns L_D before the update when asked, else null. */
  discriminatorStep(backend: MathBackendWebGL, opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel: number, wantLoss: boolean): Scalar | null {
    const { d, dHead } = this.pair;
    const obj = objective(this.pair.objective);
    const batch = xReal.shape[0];
    const rows = 2 * batch;
    const loss = tf.tidy((): Scalar | void => {
      const gIns = this.gForward(backend, z);
      const fake = gIns[gIns.length - 1][0];
      const ins = this.forward(backend, d, [xReal, fake], rows, d.depth - 1, '', (a) => a);
      const lastIn = ins[d.depth - 1];
      const split = lastIn.length === 2 ? batch : null;
      const key = `dloss:${this.layerKey(d, d.depth - 1, rows, split)}:${dHead}:${obj.id}`;
      const program = this.program(key, () => lossDeltaProgram(d.layout[d.depth - 1], rows, split, discriminatorDelta(obj, dHead, batch), batch));
      const delta = runProgram<Tensor2D>(backend, program, [d.theta, ...lastIn], [[realLabel]]);
      const deltas = this.backward(backend, d, ins, delta, rows);
      let value: Scalar | undefined;
      if (wantLoss) {
        value =
          this.lossValue(backend, `dvalue:${dHead}:${obj.id}`, lastIn, rows, batch, realLabel, () => discriminatorValue(obj, dHead, batch)) ??
          this.tensorLoss(backend, lastIn, rows, (l) => obj.discriminatorLoss(tf.slice(l, [0, 0], [batch, 1]), tf.slice(l, [batch, 0], [batch, 1]), dHead, realLabel));
      }
      this.update(backend, d, opt, ins, deltas, rows);
      return value;
    });
    return loss ?? null;
  }

  /** One G update through D (D unchanged); returns G's loss before the update when asked, else null. */
  generatorStep(backend: MathBackendWebGL, opt: ParameterOptimizer, z: Tensor2D, wantLoss: boolean): Scalar | null {
    const { g, d, dHead, gOutput } = this.pair;
    const obj = objective(this.pair.objective);
    const rows = z.shape[0];
    const loss = tf.tidy((): Scalar | void => {
      const gIns = this.gForward(backend, z);
      const x = gIns[g.depth][0];
      const dIns = this.forward(backend, d, [x], rows, d.depth - 1, '', (a) => a);
      const lastIn = dIns[d.depth - 1];
      const key = `gloss:${this.layerKey(d, d.depth - 1, rows, null)}:${dHead}:${obj.id}`;
      const program = this.program(key, () => lossDeltaProgram(d.layout[d.depth - 1], rows, null, generatorDelta(obj, dHead, rows), 0));
      const dDeltas = this.backward(backend, d, dIns, runProgram<Tensor2D>(backend, program, [d.theta, ...lastIn], [[0]]), rows);
      // on through D's first layer into x, and through G's output function: δ at G's last pre-activation
      const intoG = this.program(`back:${this.layerKey(d, 0, rows, null)}:into-${gOutput}`, () =>
        backwardProgram(d.layout[0], rows, (h) => generatorOutputSlope(gOutput, h)),
      );
      const gDelta = runProgram<Tensor2D>(backend, intoG, [d.theta, dDeltas[0], x]);
      const value = wantLoss
        ? (this.lossValue(backend, `gvalue:${dHead}:${obj.id}`, lastIn, rows, 0, 0, () => generatorValue(obj, dHead, rows)) ??
          this.tensorLoss(backend, lastIn, rows, (l) => obj.generatorLoss(l, dHead)))
        : undefined;
      this.update(backend, g, opt, gIns, this.backward(backend, g, gIns, gDelta, rows), rows);
      return value;
    });
    return loss ?? null;
  }
}
