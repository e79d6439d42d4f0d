// D and G updates of the fast path for big networks (MNIST) on WebGL, in tiled kernels (core/tiled/kernels.ts):
// per update, each layer forward, D's head fused with the loss, each layer backward, each weight gradient as one
// product, and the whole optimizer step in one draw that writes θ and its slots (as new tfjs tensors assigned to
// the variables). Intermediates live in textures of this object, allocated once per shape and reused every step.
// The math is core/fastGan.ts's; e2e/fused.spec.ts holds the two equal on WebGL.
import { tf, type Scalar, type Tensor, type Tensor2D } from '../tf';
import { objective } from '../objectives';
import type { PackedMlp } from '../packedMlp';
import { optimizerRecord, type ParameterOptimizer } from '../optimizers';
import type { FastPair } from '../fastGan';
import { activation, activationSlope, discriminatorDelta, generatorDelta, generatorOutput, generatorOutputSlope } from '../fused/glsl';
import { TiledContext, type OwnTexture, type Source } from './context';
import * as K from './kernels';
import { stateNames } from '../fused/programs';
import { runProgram } from '../fused/webgl';
import { withCondition } from '../conditioning';
import type { GPGPUProgram } from '@tensorflow/tfjs-backend-webgl';

type Texture = { tensorTexture: WebGLTexture };

/** A plain unpacked copy of a tensor (tfjs unpacks packed inputs and resolves views before running it). */
function copyProgram(shape: number[]): GPGPUProgram {
  return { variableNames: ['A'], outputShape: shape, userCode: 'void main() { setOutput(getAAtOutCoords()); }' };
}

/** Tiled matrices met on the way forward: index l is layer l's input; the last is the last layer run's output. */
type Activations = OwnTexture[];

export class TiledGanSteps {
  private readonly textures = new Map<string, OwnTexture>();
  private readonly weights = new Map<PackedMlp, { dataId: object; layers: OwnTexture[] }>();

  /** Rows of a tile in this context (8 or 4). */
  private readonly T: number;

  constructor(
    private readonly pair: FastPair,
    private readonly ctx: TiledContext,
  ) {
    this.T = ctx.tileRows;
  }

  /**
   * Whether the pair's updates fit the tiled kernels: every layer's sizes a multiple of 4 (D's last has one output
   * and D at least one hidden layer), the batch a multiple of the context's tile rows (8 or 4), each optimizer
   * holding one packed θ.
   */
  static applies(pair: FastPair, opt: ParameterOptimizer, net: PackedMlp, batch: number, tileRows: number): boolean {
    if (batch % tileRows !== 0 || opt.slotState(0).variable !== net.theta) return false;
    const quads = (n: number) => n % 4 === 0;
    const d = pair.d.layout;
    const head = d[d.length - 1];
    if (d.length < 2 || head.fanOut !== 1 || !quads(head.fanIn)) return false;
    return [...d.slice(0, -1), ...pair.g.layout].every((l) => quads(l.fanIn) && quads(l.fanOut));
  }

  /** Whether this object's textures belong to `ctx` (a new backend after a lost GPU has a new context). */
  runsOn(ctx: TiledContext): boolean {
    return ctx === this.ctx;
  }

  /**
   * The texture kept under `role`, of this size: allocated on first use, replaced when the size changes (a new batch
   * size), so the set of textures stays bounded by the roles of one update.
   */
  private texture(role: string, width: number, height: number, layers: number = this.T): OwnTexture {
    let t = this.textures.get(role);
    if (t && (t.width !== width || t.height !== height)) {
      this.ctx.release(t);
      t = undefined;
    }
    if (!t) {
      t = this.ctx.allocate(width, height, layers);
      this.textures.set(role, t);
    }
    return t;
  }

  /** A tiled matrix [rows, cols] kept under `role`. */
  private tiled(role: string, rows: number, cols: number): OwnTexture {
    return this.texture(role, cols / 4, rows / this.T);
  }

  /**
   * A tfjs tensor's R32F texture and its width. When tfjs holds it packed or as a view into another tensor, a plain
   * copy (disposed by the caller's tf.tidy, after the draws that read it are issued).
   */
  private flat(t: Tensor): { source: Texture; width: number } {
    const found = this.ctx.tensorTexture(t) ?? this.ctx.tensorTexture(runProgram(this.ctx.backend, copyProgram(t.shape), [t]))!;
    return { source: { tensorTexture: found.texture }, width: found.width };
  }

  /** Each layer's W (not D's head) as weight textures, converted from θ once per new θ. */
  private layerWeights(net: PackedMlp): OwnTexture[] {
    const cached = this.weights.get(net);
    if (cached && cached.dataId === net.theta.dataId) return cached.layers;
    const theta = this.flat(net.theta);
    const layers = net.layout
      .filter((l) => l.fanOut % 4 === 0)
      .map((layer, l) => {
        const w = this.texture(`W:${net.spec.name}:${l}`, layer.fanOut / 4, layer.fanIn, 0);
        this.ctx.draw(K.weightsFromFlat(layer, theta.width), { theta: theta.source }, { textures: [w.texture] }, { width: w.width, height: w.height });
        return w;
      });
    this.weights.set(net, { dataId: net.theta.dataId, layers });
    return layers;
  }

  /** A [rows, cols] tfjs tensor into tile rows y0 … and texel columns x0 … of `into`. */
  private tile(x: Tensor2D, into: OwnTexture, y0 = 0, x0 = 0): void {
    const [rows, cols] = x.shape;
    const src = this.flat(x);
    this.ctx.draw(K.tileFromFlat(this.T, cols, src.width, y0, x0), { src: src.source }, { layers: into }, { width: cols / 4, height: rows / this.T, x0, y0 });
  }

  /** G's sample width: D's input is [x | c], so a condition's columns start at x's width (a multiple of 4). */
  private get sampleColumns(): number {
    const g = this.pair.g.layout;
    return g[g.length - 1].fanOut;
  }

  /**
   * Layers 0 … count−1 of `net` on `input` (rows rows); the network's last layer applies `lastAct` and may write
   * into `lastInto` at tile row y0 (G's samples into D's stacked batch).
   */
  private forward(net: PackedMlp, role: string, input: OwnTexture, rows: number, count: number, lastAct: (v: string) => string, lastInto?: { texture: OwnTexture; y0: number }): Activations {
    const theta = this.flat(net.theta);
    const weights = this.layerWeights(net);
    const out: Activations = [input];
    for (let l = 0; l < count; l++) {
      const layer = net.layout[l];
      const isLast = l === net.depth - 1;
      const act = isLast ? lastAct : (v: string) => activation(net.spec.hidden, v);
      const into = isLast && lastInto ? lastInto : { texture: this.tiled(`${role}${l}`, rows, layer.fanOut), y0: 0 };
      const source = K.denseForward(this.T, layer, rows, theta.width, act, into.y0);
      this.ctx.draw(source, { A: out[l], W: weights[l], theta: theta.source }, { layers: into.texture }, { width: layer.fanOut / 4, height: rows / this.T, y0: into.y0 });
      out.push(into.texture);
    }
    return out;
  }

  /**
   * δ back through D from its head: returns δ at each layer's output (index l; the last is the head's δ) and,
   * when `intoX` gives G's output function, δ at G's last pre-activation: only G's sample columns of D's input,
   * not a condition's columns after them (a conditional GAN's label is data, not G's output).
   */
  private backThroughD(role: string, ins: Activations, headDelta: OwnTexture, rows: number, intoX: ((h: string) => string) | null): { deltas: OwnTexture[]; intoG: OwnTexture | null } {
    const d = this.pair.d;
    const theta = this.flat(d.theta);
    const weights = this.layerWeights(d);
    const slope = (h: string) => activationSlope(d.spec.hidden, h);
    const last = d.depth - 1;
    const deltas: OwnTexture[] = [];
    deltas[last] = headDelta;
    const head = d.layout[last];
    deltas[last - 1] = this.tiled(`${role}:δD${last - 1}`, rows, head.fanIn);
    this.ctx.draw(K.headBackward(this.T, head, theta.width, slope), { D: headDelta, H: ins[last], theta: theta.source }, { layers: deltas[last - 1] }, { width: head.fanIn / 4, height: rows / this.T });
    for (let l = last - 1; l >= (intoX ? 0 : 1); l--) {
      const layer = d.layout[l];
      const cols = l === 0 ? this.sampleColumns : layer.fanIn;
      const target = l === 0 ? this.tiled(`${role}:δx`, rows, cols) : this.tiled(`${role}:δD${l - 1}`, rows, cols);
      const through = l === 0 ? intoX! : slope;
      this.ctx.draw(K.denseBackward(this.T, layer, rows, through), { D: deltas[l], W: weights[l], H: ins[l] }, { layers: target }, { width: cols / 4, height: rows / this.T });
      if (l > 0) deltas[l - 1] = target;
      else return { deltas, intoG: target };
    }
    return { deltas, intoG: null };
  }

  /** δ back through G from δ at its last pre-activation; returns δ at each layer's output. */
  private backThroughG(ins: Activations, lastDelta: OwnTexture, rows: number): OwnTexture[] {
    const g = this.pair.g;
    const weights = this.layerWeights(g);
    const deltas: OwnTexture[] = [];
    deltas[g.depth - 1] = lastDelta;
    for (let l = g.depth - 1; l >= 1; l--) {
      const layer = g.layout[l];
      deltas[l - 1] = this.tiled(`g:δG${l - 1}`, rows, layer.fanIn);
      const slope = (h: string) => activationSlope(g.spec.hidden, h);
      this.ctx.draw(K.denseBackward(this.T, layer, rows, slope), { D: deltas[l], W: weights[l], H: ins[l] }, { layers: deltas[l - 1] }, { width: layer.fanIn / 4, height: rows / this.T });
    }
    return deltas;
  }

  /** D's head: δ of the loss at each logit, tiled [rows, 4]. */
  private head(role: string, input: OwnTexture, rows: number, lossDelta: string, labelled: number, realLabel: number): OwnTexture {
    const d = this.pair.d;
    const theta = this.flat(d.theta);
    const out = this.tiled(`${role}:δhead`, rows, 4);
    this.ctx.draw(K.headDelta(this.T, d.layout[d.depth - 1], theta.width, lossDelta, labelled), { H: input, theta: theta.source }, { layers: out }, { width: 1, height: rows / this.T }, { uLabel: realLabel });
    return out;
  }

  /** D's logits as a [rows, 1] tensor (for the loss value). */
  private logits(input: OwnTexture, rows: number): Tensor2D {
    const d = this.pair.d;
    const theta = this.flat(d.theta);
    const out = this.ctx.newTensor([rows, 1]);
    this.ctx.draw(K.logits(this.T, d.layout[d.depth - 1], rows, theta.width, out.width), { H: input, theta: theta.source }, { textures: [out.texture] }, { width: out.width, height: out.height });
    return out.tensor as Tensor2D;
  }

  /** ∂L/∂W of each layer with a tiled gradient, then the optimizer step in one draw; assigns θ and the slots. */
  private update(net: PackedMlp, opt: ParameterOptimizer, ins: Activations, deltas: OwnTexture[], rows: number): void {
    const sources: Record<string, Source> = {};
    const s = opt.slotState(0);
    const { kind } = s.config;
    // θ, then the optimizer's state in stateNames' order (its slots, then Adam's powers; one packed θ, so one of each)
    const state = [net.theta, ...opt.stateVariables()].map((t) => this.flat(t));
    ['theta', ...stateNames(kind)].forEach((name, i) => (sources[name] = state[i].source));
    net.layout.forEach((layer, l) => {
      const head = layer.fanOut % 4 !== 0;
      if (!head) {
        const grad = this.texture(`dW:${net.spec.name}:${l}`, layer.fanOut / 4, Math.ceil(layer.fanIn / this.T));
        this.ctx.draw(K.weightGradient(this.T, layer, rows), { A: ins[l], D: deltas[l] }, { layers: grad }, { width: grad.width, height: grad.height });
        sources[`G${l}`] = grad;
      }
      const width = head ? layer.fanIn / 4 + 1 : layer.fanOut / 4;
      const sums = this.texture(`sums:${net.spec.name}:${l}`, width, 1, 0);
      this.ctx.draw(K.batchSums(this.T, layer, rows, head), head ? { H: ins[l], D: deltas[l] } : { D: deltas[l] }, { textures: [sums.texture] }, { width, height: 1 });
      sources[`S${l}`] = sums;
    });
    const outputs = [net.theta, s.first, s.second].filter((v) => v !== null).map(() => this.ctx.newTensor([net.size]));
    const { width, height } = outputs[0];
    const uniforms = optimizerRecord(kind).uniforms;
    this.ctx.draw(
      K.update(this.T, net.layout, net.size, kind, state.map((x) => x.width), [width, height]),
      sources,
      { textures: outputs.map((o) => o.texture) },
      { width, height },
      Object.fromEntries(uniforms.map(({ name, value }) => [name, value(s)])),
    );
    net.theta.assign(outputs[0].tensor);
    s.first?.assign(outputs[1].tensor);
    s.second?.assign(outputs[2].tensor);
    if (s.beta1Power && s.beta2Power) {
      // written here (not by tf.mul, whose packed output the next update would first have to unpack)
      const powers = [this.ctx.newTensor([]), this.ctx.newTensor([])];
      const read = { powB1: sources.powB1, powB2: sources.powB2 };
      this.ctx.draw(K.nextPowers(), read, { textures: powers.map((p) => p.texture) }, { width: 1, height: 1 }, { uA: s.config.beta1, uB: s.config.beta2 });
      s.beta1Power.assign(powers[0].tensor);
      s.beta2Power.assign(powers[1].tensor);
    }
  }

  /**
   * One D update (descends L_D); returns L_D before the update when asked, else null. With a condition c, D's
   * stacked batch is [x | c] over [G(z | c) | c]: c is tiled beside G's samples after G writes them.
   */
  discriminatorStep(opt: ParameterOptimizer, xReal: Tensor2D, z: Tensor2D, realLabel: number, wantLoss: boolean, condition?: Tensor2D): Scalar | null {
    const { d, g, dHead, gOutput } = this.pair;
    const obj = objective(this.pair.objective);
    const batch = xReal.shape[0];
    const rows = 2 * batch;
    const loss = tf.tidy((): Scalar | void => {
      // D's stacked batch: the real digits in tile rows 0 … B/8 − 1, G's samples after them
      const stacked = this.tiled('d:stacked', rows, d.layout[0].fanIn);
      this.tile(withCondition(xReal, condition), stacked);
      const zIn = this.tiled('z', batch, g.layout[0].fanIn);
      this.tile(withCondition(z, condition), zIn);
      this.forward(g, 'd:G', zIn, batch, g.depth, (v) => generatorOutput(gOutput, v), { texture: stacked, y0: batch / this.T });
      if (condition) this.tile(condition, stacked, batch / this.T, this.sampleColumns / 4);
      const ins = this.forward(d, 'd:D', stacked, rows, d.depth - 1, (v) => v);
      const last = ins[d.depth - 1];
      const headDelta = this.head('d', last, rows, discriminatorDelta(obj, dHead, batch), batch, realLabel);
      const { deltas } = this.backThroughD('d', ins, headDelta, rows, null);
      let value: Scalar | undefined;
      if (wantLoss) {
        const l = this.logits(last, rows);
        value = obj.discriminatorLoss(tf.slice(l, [0, 0], [batch, 1]), tf.slice(l, [batch, 0], [batch, 1]), dHead, realLabel);
      }
      this.update(d, opt, ins, deltas, rows);
      return value;
    });
    return loss ?? null;
  }

  /**
   * One G update through D (D unchanged); returns G's loss before the update when asked, else null. With a
   * condition c, G writes its samples into D's input [x | c] and c is tiled beside them.
   */
  generatorStep(opt: ParameterOptimizer, z: Tensor2D, wantLoss: boolean, condition?: Tensor2D): Scalar | null {
    const { d, g, dHead, gOutput } = this.pair;
    const obj = objective(this.pair.objective);
    const rows = z.shape[0];
    const loss = tf.tidy((): Scalar | void => {
      const zIn = this.tiled('z', rows, g.layout[0].fanIn);
      this.tile(withCondition(z, condition), zIn);
      const dInput = condition ? { texture: this.tiled('g:x|c', rows, d.layout[0].fanIn), y0: 0 } : undefined;
      const gIns = this.forward(g, 'g:G', zIn, rows, g.depth, (v) => generatorOutput(gOutput, v), dInput);
      if (condition) this.tile(condition, dInput!.texture, 0, this.sampleColumns / 4);
      const x = gIns[g.depth];
      const dIns = this.forward(d, 'g:D', x, rows, d.depth - 1, (v) => v);
      const last = dIns[d.depth - 1];
      const headDelta = this.head('g', last, rows, generatorDelta(obj, dHead, rows), 0, 0);
      const { intoG } = this.backThroughD('g', dIns, headDelta, rows, (h) => generatorOutputSlope(gOutput, h));
      const value = wantLoss ? obj.generatorLoss(this.logits(last, rows), dHead) : undefined;
      this.update(g, opt, gIns, this.backThroughG(gIns, intoG!, rows), rows);
      return value;
    });
    return loss ?? null;
  }

  dispose(): void {
    for (const t of this.textures.values()) this.ctx.release(t);
    this.textures.clear();
    this.weights.clear();
  }
}
