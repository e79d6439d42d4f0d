// The run life cycle: the only owner of the current training run (and, while comparing, run B beside it). It holds
// the operation queue and the holds that stop training while an operation replaces or steps the run; it builds and
// replaces runs (a fresh one, or one restored to a snapshot), reads each frame back to the panels, keeps the CPU
// snapshot, and plays, pauses and stops training on divergence. The controls the UI and the API call are RunSession's
// (runSession.ts); roll-back, checkpoints and lost-GPU recovery are PlaygroundSession's (session.ts).
import { Scheduler } from '../engine/scheduler';
import { RateMeter } from '../engine/rateMeter';
import { isSpeedMode } from '../engine/pacing';
import { MetricHistory } from '../engine/history';
import { SnapshotTimeline } from '../engine/timeline';
import type { Experiment, FrameOptions, SnapshotBase, TrainingRun } from '../engine/types';
import type { Params } from '../params/schema';
import { checkedUserData, type UserDataVerdict } from './userData';
import { SessionStore } from './store';
import type { RendererInfo } from '../engine/renderer';
import { divergenceMessage, firstNonFinite, weightDivergenceMessage } from './divergence';
import { SnapshotKeeper } from './snapshots';
import { OperationQueue } from './operationQueue';
import type { BackendName } from '../engine/backend';
import { gridsUpTo, unrestorableB, type RestorePoint } from './restorePoint';
import { Lockstep } from './lockstep';
import { CompareSession } from './compareSession';
import { FrameOrder } from './frameOrder';

/**
 * The bound of the page's first build and of the recovery from a lost context (a backend start, data loading and
 * shader compilation on a cold page can take long on slow machines); every user operation has the queue's bound.
 */
export const STARTUP_TIMEOUT_MS = 120_000;

/**
 * The playground's state and the only owner of the current training run; operations that replace or step the run are
 * serialised so they never overlap.
 */
export class RunLifecycle extends SessionStore {
  protected run: TrainingRun<SnapshotBase> | null = null;
  /** The comparison: the setting run B changes, and run B, stepped and read with run A in every frame. */
  protected readonly comparing = new CompareSession({
    shown: () => this.state.compare,
    update: (patch) => this.update(patch),
    notify: (text, kind) => this.notify(text, kind),
  });
  /** Frames are numbered as they are asked for (readFrame): one asked for earlier never replaces a later one. */
  private readonly frames = new FrameOrder();
  protected readonly queue = new OperationQueue({ onTimeout: (e) => this.notify(e.message, 'warning') });
  /** Operations holding training stopped (a rebuild, a step, ...); see whileStopped(). */
  private holds = 0;
  /** A play() asked for while training could not start (held, or a run being built): it starts once possible. */
  protected playWanted = false;
  readonly history = new MetricHistory();
  /** Bounded snapshots for scrubbing back through the run (plain data, any experiment). */
  readonly timeline = new SnapshotTimeline<SnapshotBase>();
  readonly scheduler: Scheduler;
  readonly snapshots = new SnapshotKeeper();
  /** Panel redraws that reached the screen (a new frame committed to the panels), per second. */
  readonly drawn = new RateMeter();
  /** The training step of the frame on screen. */
  drawnStep = 0;
  backend = 'unknown';
  /** What WebGL renders on (read once per backend start: a GL query stalls the pipeline). */
  renderer: RendererInfo | null = null;
  /** False until a backend has started, and while a lost one is being replaced: tf.memory() would throw then. */
  protected backendReady = false;
  /** The backend asked for (URL `backend=`), kept in the address bar when it is not the default. */
  requestedBackend: BackendName = 'webgl';
  /** The step at which play pauses by itself (the `stopAt` parameter, when the run had not reached it at Play). */
  protected stopTarget: number | null = null;
  /** Steps run A and run B together, whole or in parts. */
  private readonly lockstep = new Lockstep(() => ({ a: this.run, b: this.comparing.current }));

  constructor() {
    super();
    this.scheduler = new Scheduler({
      runSteps: (n) => this.lockstep.steps(n),
      runStepPart: () => this.lockstep.part(),
      finishStep: () => this.lockstep.finish(),
      readFrame: () => this.readFrame({ live: true }),
      onError: (e) => this.fail(e),
      stepsLeft: () => (this.stopTarget === null || !this.run ? Infinity : this.stopTarget - this.run.step),
      onStopReached: () => this.stopReached(),
    });
  }

  /**
   * Runs fn after every earlier exclusive operation has finished; rejects at once if the GPU context is lost, and
   * after the queue's bound if fn has not settled by then (its signal aborts: work waking up later must change nothing).
   */
  protected exclusive<T>(fn: (signal: AbortSignal) => Promise<T>, name: string, timeoutMs?: number): Promise<T> {
    return this.queue.run(fn, name, timeoutMs);
  }

  /**
   * Stops training, waits for the frames in flight, then runs fn. A play() meanwhile is remembered and takes effect
   * when fn is over: no frame can start on a run fn is about to replace, and new frames cannot keep the wait for
   * frames in flight going forever. Training that was playing resumes afterwards. An abandoned fn (signal aborted)
   * releases its hold at once.
   */
  protected async whileStopped<T>(signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    if (this.scheduler.isPlaying) this.playWanted = true;
    this.scheduler.pause();
    this.holds++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.holds--;
      if (signal.aborted) this.update({ progress: null }); // abandoned work's progress bar must not stay up
      signal.removeEventListener('abort', release);
      this.resumeIfWanted();
    };
    signal.addEventListener('abort', release);
    try {
      await this.settleFrames();
      signal.throwIfAborted();
      return await fn();
    } finally {
      release();
    }
  }

  /** Starts a play() that was asked for while training could not start, once nothing holds it. */
  protected resumeIfWanted(): void {
    if (this.holds > 0 || !this.playWanted) return;
    this.playWanted = false;
    this.play();
  }

  /** Waits (boundedly) for frames in flight; readbacks that never arrive are abandoned with a notice. */
  protected async settleFrames(): Promise<void> {
    if (!(await this.scheduler.idle())) {
      this.notify('A frame from the GPU did not arrive in time and was abandoned; the page carries on without it.', 'warning');
    }
  }

  // ---- building and replacing the run ----
  /**
   * Disposes the current run and builds a fresh one from the given configuration (step 0). Training that was
   * playing resumes on the new run. `signal`: the calling operation's; once it aborts, nothing here changes the session.
   */
  protected rebuild(
    experiment: Experiment<SnapshotBase>, preset: string, params: Params, restore?: RestorePoint,
    signal: AbortSignal = new AbortController().signal,
  ): Promise<void> {
    return this.whileStopped(signal, () => this.replaceRun(experiment, preset, params, restore, signal));
  }

  private async replaceRun(
    experiment: Experiment<SnapshotBase>, preset: string, params: Params, restore: RestorePoint | undefined, signal: AbortSignal,
  ): Promise<void> {
    // run B is restored with A from the same snapshot (its state of the same step); without one the comparison ends
    const carriedB = restore?.stateB ? this.comparing.current?.carry() ?? null : null;
    if (restore && !carriedB) this.comparing.end(unrestorableB(restore.step));
    this.comparing.drop();
    this.run?.dispose();
    this.run = null;
    this.snapshots.clear();
    if (!restore) {
      this.history.clear();
      this.timeline.clear();
    }
    this.update({
      experiment, preset, params, snapshot: null, error: null, playing: false, historyVersion: this.history.version,
      divergedAt: null, snapshotStep: null, trainedStart: false,
    });
    try {
      const run = await experiment.create(params, (done, total, label) => {
        if (!signal.aborted) this.update({ progress: { done, total, label } });
      }, this.checkedUserData(experiment));
      if (signal.aborted) {
        // abandoned while building (the queue has moved on): the new networks are nobody's
        run.dispose();
        signal.throwIfAborted();
      }
      this.run = run;
      await this.comparing.build(experiment, params, this.getData(), signal);
    } catch (e) {
      // Shown in place of the panels (e.g. a data file that is missing or corrupt), never a blank page.
      if (!signal.aborted) this.update({ error: e instanceof Error ? e.message : String(e) });
      throw e;
    } finally {
      this.update({ progress: null });
    }
    if (restore) {
      this.run.loadState(restore.state);
      if (restore.grids?.length) this.run.loadTimeline?.(gridsUpTo(restore.grids, restore.step));
      if (restore.stateB && carriedB) this.comparing.restore(restore.stateB, carriedB);
    }
    this.applySpeed(params);
    this.scheduler.remeasure();
    // The saved state and the first frame are read back together. Where training is to start at once (autoplay, or a
    // rebuild while playing), the first frame is left in flight: the main thread prepares the first steps while the
    // GPU works on the frame (on a software GPU, compiling its programs), instead of waiting for it.
    const saved = this.takeSnapshot();
    if (signal.aborted) return;
    // (takeSnapshot never rejects: a state that cannot be read is simply not kept)
    if (this.playWanted) this.scheduler.track(this.readFrame());
    else await Promise.all([saved, this.readFrame()]);
  }

  /** The user's data for a rebuild of `experiment` (userData.ts): dropped, with a notice, when it no longer passes. */
  protected checkedUserData(experiment: Experiment<SnapshotBase>): number[][] | undefined {
    return this.applyVerdict(checkedUserData(experiment, this.getData())).use;
  }

  /** Keeps the rows a verdict names and shows its warning. */
  protected applyVerdict<V extends UserDataVerdict>(verdict: V): V {
    if (verdict.rows) this.update({ userData: verdict.rows });
    if (verdict.warning) this.notify(verdict.warning, 'warning');
    return verdict;
  }

  getData(): number[][] {
    return this.state.userData.map((r) => r.slice());
  }

  // ---- frames and snapshots ----
  /** Saves the run's state to the CPU; a state holding NaN/Inf weights stops training as divergence. */
  protected async takeSnapshot(): Promise<void> {
    const run = this.run;
    if (!run) return;
    try {
      // run B's state is saved with A's, of the same step: both can be restored together
      const result = await this.snapshots.take(run, this.comparing.current?.run);
      if (run !== this.run) return;
      if (result === 'saved') this.update({ snapshotStep: this.snapshots.latest?.step ?? null });
      if (result === 'not-finite' && this.state.divergedAt === null) this.diverged(run.step, weightDivergenceMessage(run.step));
    } catch {
      // the run was disposed while its state was being read back: nothing to keep
    }
  }

  /** Reads the run's frame back and hands it to the panels; resolves with the time its data arrived. */
  protected async readFrame(options: FrameOptions = {}): Promise<number | void> {
    const run = this.run;
    if (!run) return;
    const comparison = this.comparing.current;
    // (a run drops its loss values when a saved state is loaded, so a roll-back never shows the diverged ones)
    const asked = this.frames.ask();
    const [snapshot, snapshotB] = await Promise.all([run.snapshot(options), comparison?.read(options)]);
    const arrivedAt = performance.now();
    if (run !== this.run) return; // replaced while reading back
    // a frame asked for earlier never replaces a later one on screen (a new run's first frame may still be in flight)
    if (!this.frames.show(asked)) return arrivedAt;
    const bad = firstNonFinite(snapshot.metrics);
    if (bad) {
      // The panels keep the last finite frame: a NaN cannot be drawn.
      if (this.state.divergedAt === null) this.diverged(snapshot.step, divergenceMessage(bad, snapshot.step));
      return;
    }
    this.history.push(snapshot.step, snapshot.metrics);
    this.timeline.push(snapshot);
    if (comparison && snapshotB && comparison === this.comparing.current) {
      comparison.accept(snapshotB);
      this.update({ snapshot, historyVersion: this.history.version, compare: comparison.state });
    } else {
      this.update({ snapshot, historyVersion: this.history.version });
    }
    if (this.snapshots.due()) void this.takeSnapshot();
    return arrivedAt;
  }

  /** A panel redraw reached the screen (the view calls this once it has committed a new frame). */
  noteDrawn(step: number): void {
    this.drawn.add(performance.now(), 1);
    this.drawnStep = step;
  }

  // ---- playing ----
  /** Starts training; asked for while a run is being built or replaced, it starts once the new run is ready. */
  play(): void {
    if (this.holds > 0 || this.state.progress) {
      this.playWanted = true;
      return;
    }
    if (!this.run) return;
    if (!this.scheduler.isPlaying) this.stopTarget = this.stopTargetFrom(this.run.step);
    this.update({ playing: true, error: null, divergedAt: null });
    this.scheduler.play();
  }

  pause(): void {
    this.playWanted = false;
    this.scheduler.pause();
    this.update({ playing: false });
  }

  /** A new speed restarts both meters: "auto: 30 fps, 180 steps/s" then speaks of auto only, not of the speed before. */
  protected applySpeed(params: Params): void {
    if (isSpeedMode(params.speed) && this.scheduler.setSpeed(params.speed)) this.drawn.restart(performance.now());
  }

  /** The stop step for a Play from `step`: the `stopAt` parameter when it is still ahead, else none. */
  protected stopTargetFrom(step: number, params: Params = this.state.params): number | null {
    const stopAt = Number(params.stopAt ?? 0);
    return stopAt > step ? stopAt : null;
  }

  /** Play reached its stop step: the scheduler has paused, and its last frame is still being drawn. */
  private stopReached(): void {
    const at = this.stopTarget;
    this.stopTarget = null;
    this.playWanted = false;
    this.update({ playing: false });
    this.notify(`Paused at step ${at}, as "Stop at step" asks. Play goes on from here.`);
  }

  protected diverged(step: number, message: string): void {
    this.fail(new Error(message));
    this.update({ divergedAt: step });
  }

  protected fail(e: unknown): void {
    this.playWanted = false; // a Play asked for before the failure must not clear its message
    this.scheduler.pause();
    const message = e instanceof Error ? e.message : String(e);
    this.update({ playing: false, error: message });
  }

  /** Called when a backend has started; the fault-handling layer watches it for a lost context. */
  protected watchGpu(): void {}
}
