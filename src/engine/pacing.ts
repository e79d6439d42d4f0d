// How many training steps one drawn frame holds. A drawn frame is: n training steps, one readback of everything the
// panels show, and drawing it. What the user feels is the time between two drawn frames, so that is what is
// measured and controlled — not how long the main thread took to enqueue the steps (on a GPU enqueuing is nearly
// free while the work itself can take seconds).
//
// Model: the GPU serves frames in order, and a frame of n steps keeps it busy a + c·n milliseconds, where a is the
// frame's readback and statistics and c what one step adds. Its service time is measured as the time from when the
// GPU could start on it (its enqueue, or the previous frame's arrival, whichever is later) to its data arriving;
// a and c are fitted over the last frames by the Theil–Sen estimator (the median of the slopes between pairs of
// frames: one frame that paid for a shader compilation or a busy machine does not skew it), with n dithered by ±20%
// (at least ±1 step, in the order up, up, down, down) so that both stay identifiable.
// Drawing the frame (React, D3, canvas) then takes the main thread d milliseconds, while the GPU already works on
// the next frame. n is chosen for the speed mode:
//   auto: the GPU fills the frame the user waits for anyway: n = (max(T, d) − a)/c with T = 1000/fps target. When
//         drawing is cheap that is the display budget; when drawing is slow, the steps hide behind it. When a frame
//         without training already costs more than that (a slow GPU), training gets as much time as the frame,
//         n = a/c, but only up to the frame that still draws 32 (or, failing that, 24) times a second; where not
//         even one step fits in 1/24 s, n = a/c: training keeps half of the time.
//   max:  throughput first, one drawn frame at least every MAX_FRAME_MS.
//   1, 10, 100: that many steps in every drawn frame (watch each update).
// A frame whose readback takes far longer than the model predicts (a slow or busy GPU) halves n at once.

import { isOneOf } from '../core/names';

export const SPEED_MODES = ['1', '10', '100', 'auto', 'max'] as const;
export type SpeedMode = (typeof SPEED_MODES)[number];

export function isSpeedMode(v: unknown): v is SpeedMode {
  return isOneOf(v, SPEED_MODES);
}

/**
 * Auto aims well above 30 drawn frames per second, so that jitter still leaves 30: a drawn frame reaches the screen
 * on a display refresh (every 16.7 ms at 60 Hz), so a frame whose work takes just under 1/30 s often waits for the
 * third refresh (50 ms). On a real GPU a 1/36 s budget drew 27–29 frames per second (median interval 33 ms).
 */
export const AUTO_TARGET_FPS = 40;
/**
 * Below this many drawn frames per second (the smoothed interval above 1/32 s), auto gives the GPU a smaller share
 * of the frame; above AUTO_TARGET_FPS it gives it more. In between the share holds.
 */
const MIN_TARGET_FPS = 32;
/** Auto never trades drawn frames below this many per second for training (the floor is 20). */
const FLOOR_FPS = 24;
/** Max mode still redraws at least 4 times per second (every 250 ms), aiming at 200 ms. */
export const MAX_FRAME_MS = 200;
const MAX_STEPS = { auto: 2000, max: 20000 } as const;
/**
 * Frames kept for the fit: few enough that a change in cost shows within a second, enough that the noise of single
 * frames does not swing the fit (with 12 the 2-D experiment in software WebGL saw its step cost jump 0.5 → 6 ms
 * between seconds, its steps per frame 3 → 33; docs/live-loop.md has the frame rates measured with 12 and 24).
 */
const WINDOW = 24;
/** At one step per frame, one frame in this many holds two steps (so that the fit still sees what a step costs). */
const ONE_STEP_DITHER = 6;
/** Frames not fitted after a new model: their time goes to compiling shaders for new shapes. */
const WARM_UP_FRAMES = 3;

/** What the pacer believes about a frame (FramePacer.describe). */
export interface PacingView {
  speed: SpeedMode;
  stepsPerFrame: number;
  frameMs: number;
  stepMs: number;
  drawMs: number;
}

interface Observation {
  n: number;
  ms: number;
}

export class FramePacer {
  private mode: SpeedMode;
  /** The chosen (undithered) steps per frame, fractional so that small counts can grow. */
  private target = 1;
  private phase = 0;
  /** Frames since the last two-step frame, while the chosen count is one step. */
  private sinceDither = 0;
  private warmUp = WARM_UP_FRAMES;
  private readonly seen: Observation[] = [];
  /** The fitted model of a frame's GPU time, ms = a + c·n. */
  a = 0;
  c = 1;
  /** Smoothed main-thread time to draw a frame. */
  drawMs = 0;
  /** Smoothed time between two drawn frames (what the user sees; includes the browser's own painting). */
  intervalMs = 0;
  /**
   * The share of the display budget the GPU time may take, corrected by what the user sees: it shrinks while drawn
   * frames come further apart than 1/30 s (where steps run on the main thread, as on WebAssembly and the CPU, the
   * frame's GPU time, its drawing and the browser's painting add up instead of overlapping) and grows back when
   * they come faster than the target.
   */
  private share = 1;

  constructor(mode: SpeedMode = 'auto') {
    this.mode = mode;
  }

  get speed(): SpeedMode {
    return this.mode;
  }

  setMode(mode: SpeedMode): void {
    this.mode = mode;
  }

  /** True in the 1, 10 and 100 modes: every frame holds exactly that many steps. */
  get fixed(): boolean {
    return fixedSteps(this.mode) !== null;
  }

  /** The steps per frame the controller settled on (what the speed control reports). */
  get stepsPerFrame(): number {
    const fixed = fixedSteps(this.mode);
    return fixed ?? Math.max(1, Math.round(this.target));
  }

  /**
   * Steps for the next frame: fixed in the 1/10/100 modes, otherwise the chosen count with a ±20% dither (at least
   * ±1 step). At one step a frame, where the step down is no step at all, only one frame in ONE_STEP_DITHER holds
   * two: dithering every frame made every other MNIST frame on WebAssembly hold two steps where one fitted, and a
   * third of the steps were never drawn.
   */
  next(): number {
    const fixed = fixedSteps(this.mode);
    if (fixed !== null) return fixed;
    if (Math.round(this.target) <= 1) {
      this.sinceDither = (this.sinceDither + 1) % ONE_STEP_DITHER;
      return this.sinceDither === 0 ? 2 : 1;
    }
    // up, up, down, down: a frame's size says nothing about the size of the frame before it, so that work the
    // previous frame leaves behind (its painting, which also delays this frame's readback) does not bias the slope
    this.phase = (this.phase + 1) % 4;
    const spread = Math.max(1, 0.2 * this.target);
    return Math.max(1, Math.round(this.target + (this.phase < 2 ? spread : -spread)));
  }

  /**
   * A drawn frame of n steps kept the GPU busy gpuMs, its readback arrived latencyMs after its work was enqueued,
   * drawing it took the main thread drawMs, and it came intervalMs after the frame before it (NaN for the first).
   */
  record(n: number, gpuMs: number, latencyMs: number, drawMs: number, intervalMs = NaN): void {
    if (!(gpuMs > 0) || !Number.isFinite(gpuMs)) return;
    if (this.warmUp > 0) {
      this.warmUp--;
      return;
    }
    this.seen.push({ n, ms: gpuMs });
    if (this.seen.length > WINDOW) this.seen.shift();
    this.fit();
    this.drawMs = smooth(this.drawMs, drawMs);
    this.intervalMs = smooth(this.intervalMs, intervalMs);
    if (fixedSteps(this.mode) !== null) return;
    // When the browser itself paints slowly (frames come further apart than the budget), steps may fill half of
    // that time too: training keeps half the wall time however slow the page's painting.
    if (this.mode === 'auto' && Number.isFinite(intervalMs)) {
      if (this.intervalMs > 1000 / MIN_TARGET_FPS) this.share = Math.max(0.2, this.share * 0.97);
      else if (this.intervalMs < 1000 / AUTO_TARGET_FPS) this.share = Math.min(1, this.share * 1.02);
    }
    const display = (this.share * 1000) / AUTO_TARGET_FPS;
    // (half the interval, at most four display frames: where the steps themselves slow the painting down, a long
    // frame must not raise the budget for the next one)
    const painting = Math.min(this.intervalMs / 2, 4000 / AUTO_TARGET_FPS);
    const budget = this.mode === 'max' ? MAX_FRAME_MS : Math.max(display, this.drawMs, painting);
    // Reality before the model: a frame that took far longer than a frame may (twice the budget, or twice the
    // frame's own fixed cost where that is larger) scales n down in proportion at once. Where steps run on the main
    // thread this is what keeps an underestimated step cost from freezing the page for a whole frame.
    const allowed = Math.max(budget, 2 * this.a);
    if (gpuMs > 2 * allowed && n > 1) {
      this.target = Math.max(1, Math.min(this.target, (n * allowed) / gpuMs));
      return;
    }
    // A readback far behind what the model expects (and the budget) means work is piling up on the GPU: back off.
    if (latencyMs > 4 * Math.max(budget, this.a + this.c * this.target) && n > 1) {
      this.target = Math.max(1, Math.min(this.target, n) / 2);
      return;
    }
    // When a frame costs more than the budget without any training, training still gets time (slowFrameSteps).
    const wanted = this.mode === 'auto' ? Math.max((budget - this.a) / this.c, this.slowFrameSteps()) : (budget - this.a) / this.c;
    // Move at most ×1.5 / ÷2 per frame towards the wanted count, so that one noisy frame cannot swing it.
    const next = Math.min(this.target * 1.5, Math.max(this.target / 2, wanted));
    this.target = Math.min(MAX_STEPS[this.mode === 'max' ? 'max' : 'auto'], Math.max(1, next));
  }

  /**
   * Steps that give training as much of the GPU as the frame's own work, a/c, but never so many that the drawn frames
   * fall below 32 a second where one step still fits in 1/32 s, or below 24 a second where it fits in 1/24 s. Only
   * where a frame cannot reach 24 a second whatever it holds does training keep half of the time regardless.
   */
  private slowFrameSteps(): number {
    for (const fps of [MIN_TARGET_FPS, FLOOR_FPS]) {
      const longest = 1000 / fps;
      if (this.a + this.c <= longest) return Math.min(this.a, longest - this.a) / this.c;
    }
    return this.a / this.c;
  }

  /**
   * Theil–Sen fit of ms = a + c·n over the kept frames: c is the median slope between frames with different n, a the
   * median of ms − c·n. Without spread in n, c keeps its value and a follows.
   */
  private fit(): void {
    const slopes: number[] = [];
    for (let i = 0; i < this.seen.length; i++) {
      for (let j = i + 1; j < this.seen.length; j++) {
        const p = this.seen[i];
        const q = this.seen[j];
        if (p.n !== q.n) slopes.push((q.ms - p.ms) / (q.n - p.n));
      }
    }
    // c must stay positive (a step never makes a frame cheaper); at least a microsecond per step.
    if (slopes.length >= 3) this.c = Math.max(1e-3, median(slopes));
    this.a = Math.max(0, median(this.seen.map((o) => o.ms - this.c * o.n)));
  }

  /** The controller's view of the frame, for the console and the benchmark: ms = a + c·n, drawing d ms. */
  describe(): PacingView {
    return { speed: this.mode, stepsPerFrame: this.stepsPerFrame, frameMs: this.a, stepMs: this.c, drawMs: this.drawMs };
  }

  /** Forgets the fit (a new model or backend costs differently); keeps the mode. */
  reset(): void {
    this.seen.length = 0;
    this.warmUp = WARM_UP_FRAMES;
    this.target = 1;
    this.a = 0;
    this.c = 1;
    this.drawMs = 0;
    this.intervalMs = 0;
    this.share = 1;
  }
}

function median(values: number[]): number {
  const sorted = values.slice().sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** An exponential moving average that starts at its first value; non-finite or negative values are skipped. */
function smooth(average: number, value: number): number {
  if (!Number.isFinite(value) || value < 0) return average;
  return average === 0 ? value : 0.8 * average + 0.2 * value;
}

function fixedSteps(mode: SpeedMode): number | null {
  return mode === 'auto' || mode === 'max' ? null : Number(mode);
}
