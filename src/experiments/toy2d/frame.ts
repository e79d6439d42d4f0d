import { tf, type Tensor, type Tensor2D } from '../../core/tf';
import { objective } from '../../core/objectives';
import type { GanPair } from '../../core/gan';
import type { ViewBox } from './snapshot';
import type { Normaliser } from './normaliser';

export const HEAT_CELLS = 64;
/**
 * While playing, D's heat map is evaluated on a grid half as fine (32×32, the same number of points as a quarter of
 * the 64×64 rows), all of it from the same D: refreshing a quarter of the fine grid's rows in turn cost the same, but
 * put rows of four different D side by side, and where D moved between frames the D = ½ contour ran along the seams
 * (across the whole plot when D was near ½ everywhere).
 */
export const LIVE_HEAT_CELLS = HEAT_CELLS / 2;
export const VIEW_SAMPLES = 2500;
export const ARROWS = 120;
/** The z-grid has GRID_POINTS points along each axis; every other row and column is drawn as a line. */
export const GRID_POINTS = 31;

/** Centres of a cells×cells grid over the view, row-major from the bottom-left, normalised for the networks. */
export function heatGridInputs(view: ViewBox, f: Normaliser, cells = HEAT_CELLS): Float32Array {
  const out = new Float32Array(2 * cells * cells);
  for (let j = 0; j < cells; j++) {
    for (let i = 0; i < cells; i++) {
      const x = view.x[0] + ((i + 0.5) / cells) * (view.x[1] - view.x[0]);
      const y = view.y[0] + ((j + 0.5) / cells) * (view.y[1] - view.y[0]);
      const c = 2 * (j * cells + i);
      out[c] = (x - f.centre[0]) / f.scale[0];
      out[c + 1] = (y - f.centre[1]) / f.scale[1];
    }
  }
  return out;
}

/** Whether z-grid point (i, j) lies on a drawn line: every other grid row (j even) and column (i even). */
function onDrawnLine(i: number, j: number): boolean {
  return i % 2 === 0 || j % 2 === 0;
}

/** Where each point (i, j) of the full grid sits among the evaluated ones (row-major), −1 for the points never drawn. */
const GRID_SLOTS: Int32Array = (() => {
  const slots = new Int32Array(GRID_POINTS * GRID_POINTS).fill(-1);
  let k = 0;
  for (let j = 0; j < GRID_POINTS; j++) for (let i = 0; i < GRID_POINTS; i++) if (onDrawnLine(i, j)) slots[j * GRID_POINTS + i] = k++;
  return slots;
})();

/** How many z-grid points lie on a drawn line: 31² − 15² = 736. */
const GRID_DRAWN_POINTS = GRID_POINTS ** 2 - ((GRID_POINTS - 1) / 2) ** 2;

/**
 * A regular GRID_POINTS² grid of z over [−r, r]² in the first two coordinates (the rest held at 0), row-major, with only
 * the points on drawn lines (onDrawnLine): the 225 points off every line are never evaluated (736 of 961).
 */
export function zGrid(zDim: number, r: number): Float32Array {
  const at = (i: number) => -r + (2 * r * i) / (GRID_POINTS - 1);
  if (zDim === 1) return Float32Array.from({ length: GRID_POINTS }, (_, i) => at(i));
  const out = new Float32Array(GRID_DRAWN_POINTS * zDim);
  GRID_SLOTS.forEach((k, p) => {
    if (k < 0) return;
    out[k * zDim] = at(p % GRID_POINTS);
    out[k * zDim + 1] = at(Math.floor(p / GRID_POINTS));
  });
  return out;
}

/** Splits G's image of the z-grid (zGrid's points, data units) into polylines: every other grid row and column. */
export function manifoldLines(points: Float64Array, zDim: number): Float64Array[] {
  if (zDim === 1) return [points];
  const line = (point: (t: number) => number) => {
    const out = new Float64Array(2 * GRID_POINTS);
    for (let t = 0; t < GRID_POINTS; t++) {
      const k = point(t);
      out[2 * t] = points[2 * k];
      out[2 * t + 1] = points[2 * k + 1];
    }
    return out;
  };
  const lines: Float64Array[] = [];
  for (let j = 0; j < GRID_POINTS; j += 2) lines.push(line((i) => GRID_SLOTS[j * GRID_POINTS + i]));
  for (let i = 0; i < GRID_POINTS; i += 2) lines.push(line((j) => GRID_SLOTS[j * GRID_POINTS + i]));
  return lines;
}

/**
 * The reference for the arrows (autodiff; frames use FastGanTrainer.generatorPush, held equal to this by
 * frame.test.ts): −∇ₓ L_G at generated points x (normalised units): where G's loss pushes each sample, through D only.
 * L_G is a mean over the batch, so it is multiplied by n to give each point its own gradient.
 */
export function generatorPush(pair: GanPair, x: Tensor2D): Tensor2D {
  return tf.tidy(() => {
    const n = x.shape[0];
    const { generatorLoss } = objective(pair.objective);
    const grad = tf.grad((xs: Tensor) => tf.mul(generatorLoss(pair.d.apply(xs as Tensor2D), pair.dHead), n));
    return tf.neg(grad(x)) as Tensor2D;
  });
}

export interface FrameTensors {
  heat: Tensor;
  fake: Tensor;
  manifold: Tensor;
  push: Tensor;
}

/** How a frame runs the two networks forward (FastGanTrainer: fused kernels on WebGL). */
export interface FrameForward {
  generate(z: Tensor2D): Tensor2D;
  discriminate(x: Tensor2D): Tensor2D;
  /** −∇ₓ(n·L_G) at x, as generatorPush above (the autodiff reference) computes it. */
  generatorPush(x: Tensor2D): Tensor2D;
}

/**
 * Everything a frame draws, computed on the device: D on the heat-map grid (`heatInputs`, normalised [x, y] rows), G's
 * samples of the fresh noise z, G on the z-grid (`zGridRows`), and the arrows.
 */
export function frameTensors(nets: FrameForward, heatInputs: Tensor2D, z: Tensor2D, zGridRows: Tensor2D): FrameTensors {
  return tf.tidy(() => {
    const heat = tf.reshape(nets.discriminate(heatInputs), [-1]);
    // the samples and the z-grid in one pass through G
    const samples = z.shape[0];
    const both = nets.generate(tf.concat([z, zGridRows]) as Tensor2D);
    const fake2d = tf.slice(both, [0, 0], [samples, 2]) as Tensor2D;
    const manifold = tf.slice(both, [samples, 0], [both.shape[0] - samples, 2]);
    const arrowsAt = tf.slice(fake2d, [0, 0], [Math.min(ARROWS, fake2d.shape[0]), 2]) as Tensor2D;
    const push = nets.generatorPush(arrowsAt);
    return { heat, fake: tf.reshape(fake2d, [-1]), manifold: tf.reshape(manifold, [-1]), push: tf.reshape(push, [-1]) };
  });
}
