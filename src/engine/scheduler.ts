// The one training scheduler. Every animation frame it may enqueue one drawn frame's work: n training steps and one
// asynchronous readback of everything the panels draw. Up to two frames may be in flight, so the GPU never idles
// while the page draws the previous one. How many steps a frame holds is chosen by the FramePacer (pacing.ts) from
// what the user sees: the interval between drawn frames and the latency from enqueuing a frame to its readback.
// Nothing else drives training.
import { FramePacer, type SpeedMode } from './pacing';
import { RateMeter } from './rateMeter';

export interface FrameWork {
  /** Enqueues n training steps (no readback). */
  runSteps(n: number): void;
  /**
   * Where present: runs the next part of one step (its D updates, then its G updates) and says whether that
   * completed it. Used for steps so slow on the main thread that one would block the page too long.
   */
  runStepPart?(): boolean;
  /** Completes a step that runStepPart left under way (called on pause); nothing otherwise. */
  finishStep?(): void;
  /**
   * One readback of everything the panels draw; resolves once the frame has been handed to the panels, with the
   * time its data arrived (before drawing), when known.
   */
  readFrame(): Promise<number | void>;
  /** Called when runSteps or a readback throws; the scheduler has already paused. */
  onError(error: unknown): void;
  /** Steps that may still run before play stops by itself (a `stopAt` step); absent or Infinity: no limit. */
  stepsLeft?(): number;
  /** Called once the last allowed step has been enqueued; the scheduler has already paused (its frame still draws). */
  onStopReached?(): void;
}

export interface SchedulerOptions {
  /** Frames whose readback has not yet arrived, at most. */
  maxInFlight?: number;
  speed?: SpeedMode;
  requestFrame?: (cb: (now: number) => void) => number;
  cancelFrame?: (id: number) => void;
  now?: () => number;
}

/** Main-thread milliseconds of steps one animation frame may run before the rest of a frame's steps wait. */
const ENQUEUE_SLICE_MS = 30;

/** Main-thread milliseconds after which a click feels unanswered (RAIL's 100 ms response budget). */
const RESPONSE_MS = 100;

/** A step that holds the main thread longer than this runs in parts, one animation frame each (runStepPart). */
const SPLIT_STEP_MS = 2 * RESPONSE_MS;

function smoothed(average: number | null, value: number): number | null {
  if (!Number.isFinite(value)) return average;
  return average === null ? value : 0.7 * average + 0.3 * value;
}

/** How long idle() waits for readbacks before it abandons them (a lost context or a disposed run never answers). */
export const IDLE_LIMIT_MS = 5000;

export class Scheduler {
  private playing = false;
  /** The page is hidden (another tab is in front): no frames are scheduled, but play resumes when visible. */
  private hidden = false;
  private frameId: number | null = null;
  private readonly pending = new Set<Promise<void>>();
  /** When the last frame's data arrived from the GPU (the GPU was free for the next frame from then on). */
  private lastArrival = -Infinity;
  /** When the last frame was handed to the panels while playing; null after a pause (no interval to measure). */
  private lastDrawn: number | null = null;
  /**
   * The frame being enqueued: its steps, those still owed, when its first slice started, and whether its steps are
   * all done and only its readback waits for a task of its own.
   */
  private frame: { steps: number; owed: number; start: number; readNext: boolean; part: { ms: number } | null } | null = null;
  /** Smoothed main-thread milliseconds to enqueue one step (large where steps run on the main thread). */
  private enqueueMsPerStep: number | null = null;
  readonly pacer: FramePacer;
  /** When the speed last changed: frames started before it are left out of the steps/s meter. */
  private speedSince = -Infinity;
  /** Training steps whose readback has arrived, per second. */
  readonly steps = new RateMeter();
  private readonly maxInFlight: number;
  private readonly requestFrame: (cb: (now: number) => void) => number;
  private readonly cancelFrame: (id: number) => void;
  private readonly now: () => number;

  constructor(private readonly work: FrameWork, options: SchedulerOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 2;
    this.pacer = new FramePacer(options.speed ?? 'auto');
    this.requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(cb));
    this.cancelFrame = options.cancelFrame ?? ((id) => cancelAnimationFrame(id));
    this.now = options.now ?? (() => performance.now());
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  get stepsPerFrame(): number {
    return this.pacer.stepsPerFrame;
  }

  /** Sets the speed; true when it changed (the steps/s meter then counts the new speed only). */
  setSpeed(speed: SpeedMode): boolean {
    if (speed === this.pacer.speed) return false;
    this.pacer.setMode(speed);
    this.speedSince = this.now();
    this.steps.restart(this.speedSince);
    return true;
  }

  play(): void {
    if (this.playing) return;
    this.playing = true;
    this.schedule();
  }

  /** Stops scheduling frames at once; readbacks already under way still complete (see idle()). */
  pause(): void {
    this.playing = false;
    if (this.frameId !== null) this.cancelFrame(this.frameId);
    this.frameId = null;
    this.lastDrawn = null;
    const part = this.frame?.part;
    this.frame = null;
    this.steps.clear();
    // a step left in parts is completed now: whatever runs next finds whole steps
    if (part) {
      try {
        this.work.finishStep?.();
      } catch (e) {
        this.work.onError(e);
      }
    }
  }

  /**
   * Tells the scheduler whether the page is visible. While hidden no new GPU work is queued (play stays on);
   * when the page is shown again, frames resume.
   */
  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    this.lastDrawn = null;
    if (hidden) {
      if (this.frameId !== null) this.cancelFrame(this.frameId);
      this.frameId = null;
    } else {
      this.schedule();
    }
  }

  get isHidden(): boolean {
    return this.hidden;
  }

  /**
   * Forgets frames in flight without waiting for them: after a lost GPU context their readbacks never arrive.
   * Pauses first.
   */
  abandon(): void {
    // a lost context cannot finish a step left in parts
    this.frame = null;
    this.pause();
    this.pending.clear();
  }

  /**
   * A readback started outside the scheduler's frames (a new run's first frame) counts as a frame in flight: play may
   * start enqueuing steps while it is under way, idle() waits for it, and an error it meets pauses like a frame's.
   */
  track(readback: Promise<number | void>): void {
    const p = readback.then(
      (dataAt) => {
        this.lastArrival = dataAt ?? this.now();
      },
      (e: unknown) => this.fail(e),
    );
    this.holdInFlight(p);
  }

  /** The model changed (new networks, backend or batch): what a step costs must be measured again. */
  remeasure(): void {
    this.pacer.reset();
    this.enqueueMsPerStep = null;
  }

  /**
   * Resolves when no frame is in flight (safe to dispose the model afterwards) with true, or after limitMs with
   * false, having abandoned the readbacks that never arrived.
   */
  async idle(limitMs = IDLE_LIMIT_MS): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), limitMs);
    });
    try {
      while (this.pending.size) {
        const done = await Promise.race([Promise.all([...this.pending]).then(() => true as const), expired]);
        if (!done) {
          this.pending.clear();
          return false;
        }
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  private schedule(): void {
    if (this.playing && !this.hidden && this.frameId === null) this.frameId = this.requestFrame(this.tick);
  }

  private readonly tick = (): void => {
    this.frameId = null;
    if (!this.playing || this.hidden) return;
    // A fixed speed (1, 10, 100 steps per frame) is for watching every frame: one in flight, so that no frame can
    // arrive together with the next one and be drawn over before it is seen.
    const inFlight = this.pacer.fixed ? 1 : this.maxInFlight;
    if (this.pending.size >= inFlight) {
      // The GPU is still busy with earlier frames: queue no more work this frame.
      this.schedule();
      return;
    }
    if (!this.frame) {
      // never past a stop: the last frame before it holds just the steps that remain
      const left = Math.max(0, Math.floor(this.work.stepsLeft?.() ?? Infinity));
      if (left === 0) {
        this.pause();
        this.work.onStopReached?.();
        return;
      }
      this.frame = { steps: Math.min(this.pacer.next(), left), owed: 0, start: this.now(), readNext: false, part: null };
    }
    const frame = this.frame;
    if (frame.owed === 0 && !frame.readNext) frame.owed = frame.steps;
    // Where steps run on the main thread (WebAssembly, CPU), a frame's steps are spread over several animation frames
    // (about ENQUEUE_SLICE_MS of main-thread work each), so that 100 slow steps never freeze the page; the panels
    // are redrawn once the frame's steps are all done. On WebGL enqueuing is cheap and a frame goes in one slice.
    // (one step first, until a step's main-thread cost has been measured)
    const perStep = this.enqueueMsPerStep;
    const slice = perStep === null ? 1 : Math.min(frame.owed, Math.max(1, Math.floor(ENQUEUE_SLICE_MS / Math.max(perStep, 1e-6))));
    let readback: Promise<number | void>;
    try {
      if (!frame.readNext) {
        const before = this.now();
        let sliceMs: number;
        let stepsDone = slice;
        if (this.work.runStepPart && (frame.part || (slice === 1 && perStep !== null && perStep > SPLIT_STEP_MS))) {
          // one part of a slow step per animation frame; the step counts once its last part is done
          frame.part ??= { ms: 0 };
          const complete = this.work.runStepPart?.() ?? true;
          stepsDone = 1;
          sliceMs = this.now() - before;
          frame.part.ms += sliceMs;
          if (!complete) {
            this.schedule();
            return;
          }
          this.enqueueMsPerStep = smoothed(this.enqueueMsPerStep, frame.part.ms);
          frame.part = null;
        } else {
          this.work.runSteps(slice);
          sliceMs = this.now() - before;
          this.enqueueMsPerStep = smoothed(this.enqueueMsPerStep, sliceMs / slice);
        }
        frame.owed -= stepsDone;
        if (frame.owed > 0) {
          this.schedule();
          return;
        }
        // A slice that held the main thread longer than a click may wait (a slow step on WebAssembly or the CPU):
        // the readback, which also runs there, waits for the next animation frame, so the page answers in between.
        if (sliceMs > RESPONSE_MS) {
          frame.readNext = true;
          this.schedule();
          return;
        }
      }
      this.frame = null;
      readback = this.work.readFrame();
    } catch (e) {
      this.frame = null;
      this.fail(e);
      return;
    }
    const { steps: n, start } = frame;
    const p = readback.then(
      (dataAt) => this.arrived(n, start, dataAt ?? this.now()),
      (e: unknown) => this.fail(e),
    );
    this.holdInFlight(p);
    this.schedule();
  };

  /** Counts a readback as a frame in flight until it settles (the in-flight limit, idle()). */
  private holdInFlight(readback: Promise<void>): void {
    const tracked = readback.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** A frame's data arrived at dataAt and was handed to the panels: feed the pacer. */
  private arrived(n: number, start: number, dataAt: number): void {
    const end = this.now();
    // The GPU could start on this frame once it was enqueued and the frame before it was done.
    const gpuMs = dataAt - Math.max(start, this.lastArrival);
    this.lastArrival = dataAt;
    if (!this.playing) return;
    if (start >= this.speedSince) this.steps.add(end, n);
    const interval = this.lastDrawn === null ? NaN : end - this.lastDrawn;
    this.lastDrawn = end;
    this.pacer.record(n, gpuMs, dataAt - start, end - dataAt, interval);
  }

  private fail(e: unknown): void {
    this.pause();
    this.work.onError(e);
  }
}
