// The one training scheduler. Every animation frame it enqueues a batch of training steps and one asynchronous
// readback: the full snapshot for the panels when a redraw is due, otherwise a tiny one that only tells when the
// GPU has caught up. Up to two frames' work may be in flight, so the GPU never idles while the page waits for the
// next animation frame; the number of steps per frame adapts so that enqueuing them (main-thread time) stays
// within a budget and the page stays responsive. Nothing else drives training.

export interface FrameWork {
  /** Enqueues n training steps (no readback). */
  runSteps(n: number): void;
  /** Resolves when the GPU has finished the enqueued work (a tiny readback). */
  settle(): Promise<void>;
  /** One readback of everything the panels draw; resolves when the frame's data has arrived. */
  readFrame(): Promise<void>;
  /** Called when runSteps or a readback throws; the scheduler has already paused. */
  onError(error: unknown): void;
}

export interface SchedulerOptions {
  /** Main-thread milliseconds a frame may spend enqueuing steps. */
  budgetMs?: number;
  maxStepsPerFrame?: number;
  /** Frames whose readback has not yet arrived, at most. */
  maxInFlight?: number;
  requestFrame?: (cb: (now: number) => void) => number;
  cancelFrame?: (id: number) => void;
  now?: () => number;
}

/** Counts events in a sliding one-second window (steps/s, frames/s). */
export class RateMeter {
  private events: { t: number; n: number }[] = [];
  add(t: number, n: number): void {
    this.events.push({ t, n });
    this.trim(t);
  }
  rate(t: number): number {
    this.trim(t);
    let n = 0;
    for (const e of this.events) n += e.n;
    return n;
  }
  clear(): void {
    this.events = [];
  }
  private trim(t: number): void {
    while (this.events.length && this.events[0].t < t - 1000) this.events.shift();
  }
}

export class Scheduler {
  private playing = false;
  /** The page is hidden (another tab is in front): no frames are scheduled, but play resumes when visible. */
  private hidden = false;
  private frameId: number | null = null;
  private readonly pending = new Set<Promise<void>>();
  private drawPending = false;
  private lastDrawAt = -Infinity;
  /** Smoothed wall time of a redraw readback; redraws are spaced by 1.5× this. */
  private drawMs = 0;
  /** Adapted every frame so that enqueuing stays within the budget. */
  stepsPerFrame = 1;
  readonly steps = new RateMeter();
  readonly frames = new RateMeter();
  private readonly budgetMs: number;
  private readonly maxSteps: number;
  private readonly maxInFlight: number;
  private readonly requestFrame: (cb: (now: number) => void) => number;
  private readonly cancelFrame: (id: number) => void;
  private readonly now: () => number;

  constructor(private readonly work: FrameWork, options: SchedulerOptions = {}) {
    this.budgetMs = options.budgetMs ?? 16;
    this.maxSteps = options.maxStepsPerFrame ?? 400;
    this.maxInFlight = options.maxInFlight ?? 2;
    this.requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(cb));
    this.cancelFrame = options.cancelFrame ?? ((id) => cancelAnimationFrame(id));
    this.now = options.now ?? (() => performance.now());
  }

  get isPlaying(): boolean {
    return this.playing;
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
    this.steps.clear();
    this.frames.clear();
  }

  /**
   * Tells the scheduler whether the page is visible. While hidden no new GPU work is queued (play stays on);
   * when the page is shown again, frames resume.
   */
  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
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
    this.pause();
    this.pending.clear();
    this.drawPending = false;
  }

  /** Resolves when no frame is in flight: safe to dispose the model afterwards. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private schedule(): void {
    if (this.playing && !this.hidden && this.frameId === null) this.frameId = this.requestFrame(this.tick);
  }

  private readonly tick = (): void => {
    this.frameId = null;
    if (!this.playing || this.hidden) return;
    if (this.pending.size >= this.maxInFlight) {
      // The GPU is still busy with earlier frames: queue no more work this frame.
      this.schedule();
      return;
    }
    const start = this.now();
    const n = this.stepsPerFrame;
    const draw = !this.drawPending && start - this.lastDrawAt >= 1.5 * this.drawMs;
    let readback: Promise<void>;
    try {
      this.work.runSteps(n);
      this.adapt(this.now() - start);
      readback = draw ? this.work.readFrame() : this.work.settle();
    } catch (e) {
      this.fail(e);
      return;
    }
    if (draw) this.drawPending = true;
    const p = readback.then(
      () => {
        const end = this.now();
        this.steps.add(end, n);
        if (draw) {
          this.frames.add(end, 1);
          this.drawMs = 0.7 * this.drawMs + 0.3 * (end - start);
          this.lastDrawAt = end;
        }
      },
      (e: unknown) => this.fail(e),
    );
    const tracked = p.finally(() => {
      this.pending.delete(tracked);
      if (draw) this.drawPending = false;
    });
    this.pending.add(tracked);
    this.schedule();
  };

  private fail(e: unknown): void {
    this.pause();
    this.work.onError(e);
  }

  /** Multiplicative control of steps per frame towards the main-thread budget. */
  private adapt(enqueueMs: number): void {
    if (enqueueMs < this.budgetMs * 0.7) {
      this.stepsPerFrame = Math.min(this.maxSteps, Math.ceil(this.stepsPerFrame * 1.25));
    } else if (enqueueMs > this.budgetMs * 1.3) {
      this.stepsPerFrame = Math.max(1, Math.floor(this.stepsPerFrame * 0.75));
    }
  }
}
