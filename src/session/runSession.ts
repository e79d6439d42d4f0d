import { tf } from '../core/tf';
import { RateMeter, Scheduler } from '../engine/scheduler';
import { isSpeedMode } from '../engine/pacing';
import { MetricHistory } from '../engine/history';
import { SnapshotTimeline } from '../engine/timeline';
import type { Experiment, FrameOptions, SnapshotBase, TrainingRun } from '../engine/types';
import { findExperiment, EXPERIMENTS } from '../experiments/registry';
import { findSpec, presetParams, type Params } from '../params/schema';
import { validateUpdate } from '../params/validate';
import { parseQuery, type PageOptions } from '../params/url';
import { findLesson } from '../lessons';
import { checkedUserData, userDataFromLink, type UserDataVerdict } from './userData';
import type { PlaygroundStatus } from './status';
import { SessionStore } from './store';
import { webglRenderer, type RendererInfo } from '../engine/renderer';
import { checkRows, checkRunChoice, checkSampleCount, sampleLabel, type RunChoice, type SampleOptions } from './apiArguments';
import { divergenceMessage, firstNonFinite, weightDivergenceMessage } from './divergence';
import { SnapshotKeeper } from './snapshots';
import { OperationQueue } from './operationQueue';
import type { BackendName } from '../engine/backend';
import type { RunState } from '../core/state';
import type { CarriedB, Comparison } from './comparison';
import { gridsUpTo, unrestorableB, type RestorePoint } from './restorePoint';
import { Lockstep } from './lockstep';

/** The comparison code (run B), loaded on first use: the first load of the page stays small. */
const loadComparison = () => import('./comparison');

/**
 * The bound of the page's first build and of the recovery from a lost context (a backend start, data loading and
 * shader compilation on a cold page can take long on slow machines); every user operation has the queue's bound.
 */
export const STARTUP_TIMEOUT_MS = 120_000;

/**
 * Steps run between two light readbacks when stepping many steps at once: short enough to keep the GPU queue short
 * and to give the loss chart about 50 points along the way, long enough not to wait on the GPU too often.
 */
export function stepChunk(count: number): number {
  return Math.max(10, Math.min(100, Math.ceil(count / 50)));
}

/**
 * The run life cycle: the playground's state and the only owner of the current training run. The UI and
 * window.ganPlayground both drive it; operations that replace or step the run are serialised so they never overlap.
 */
export class RunSession extends SessionStore {
  protected run: TrainingRun<SnapshotBase> | null = null;
  /** Run B of a comparison, stepped and read with run A in every frame; null when not comparing. */
  protected comparison: Comparison | null = null;
  /** The setting run B changes, kept across rebuilds of run A (reset, a preset, a new architecture). */
  protected compareWanted: Params | null = null;
  /** Frames are numbered as they are asked for (readFrame): the number asked and the latest one shown. */
  private framesAsked = 0;
  private frameShown = 0;
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
  private stopTarget: number | null = null;
  /** Steps run A and run B together, whole or in parts. */
  private readonly lockstep = new Lockstep(() => ({ a: this.run, b: this.comparison }));

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

  // ---- life cycle ----
  /** Reads the page's query string and builds the first run. */
  async init(search: string, backend: string): Promise<{ autoplay: boolean; startTrained: boolean } & PageOptions> {
    this.backend = backend;
    this.backendReady = true;
    this.renderer = webglRenderer();
    this.watchGpu();
    const q = new URLSearchParams(search);
    const lesson = findLesson(q.get('lesson') ?? '');
    if (lesson && !q.has('experiment')) {
      // a lesson link alone opens on the lesson's experiment and the preset of its first run
      q.set('experiment', lesson.experiment);
      const first = lesson.cards.find((c) => c.run)?.run;
      if (first && !q.has('preset')) q.set('preset', first.preset);
      search = `?${q.toString()}`;
    }
    const askedExperiment = q.get('experiment');
    let experiment = EXPERIMENTS[0];
    if (askedExperiment !== null) {
      const found = findExperiment(askedExperiment);
      if (found) experiment = found;
      else this.notify(`Unknown experiment "${askedExperiment.slice(0, 40)}"; showing ${experiment.title}.`, 'warning');
    }
    const url = parseQuery(experiment.schema, search);
    for (const n of url.notices) this.notify(n, 'warning');
    if (url.points !== null) this.applyVerdict(userDataFromLink(experiment, url.points));
    this.compareWanted = null;
    if (url.compareText !== null) {
      const link = (await loadComparison()).compareFromLink(experiment.schema, url);
      if (link?.ok) this.compareWanted = link.update;
      else if (link) this.notify(link.error + '.', 'warning');
    }
    // autoplay starts as soon as the first run is built (a trained start plays once it has loaded)
    if (url.autoplay && !url.startTrained) this.playWanted = true;
    await this.exclusive((signal) => this.rebuild(experiment, url.preset, url.params, undefined, signal), 'init', STARTUP_TIMEOUT_MS);
    return { autoplay: url.autoplay, presenter: url.presenter, hide: url.hide, theme: url.theme, lesson: url.lesson, startTrained: url.startTrained };
  }

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
    const carriedB = restore?.stateB ? this.comparison?.carry() ?? null : null;
    if (restore && !carriedB) this.endComparison(unrestorableB(restore.step));
    this.dropComparison();
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
      await this.buildComparison(experiment, params, signal);
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
      if (restore.stateB && carriedB) this.restoreComparison(restore.stateB, carriedB);
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

  /** Saves the run's state to the CPU; a state holding NaN/Inf weights stops training as divergence. */
  protected async takeSnapshot(): Promise<void> {
    const run = this.run;
    if (!run) return;
    try {
      // run B's state is saved with A's, of the same step: both can be restored together
      const result = await this.snapshots.take(run, this.comparison?.run);
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
    const comparison = this.comparison;
    // (a run drops its loss values when a saved state is loaded, so a roll-back never shows the diverged ones)
    const asked = ++this.framesAsked;
    const [snapshot, snapshotB] = await Promise.all([run.snapshot(options), comparison?.read(options)]);
    const arrivedAt = performance.now();
    if (run !== this.run) return; // replaced while reading back
    // a frame asked for earlier never replaces a later one on screen (a new run's first frame may still be in flight)
    if (asked < this.frameShown) return arrivedAt;
    this.frameShown = asked;
    const bad = firstNonFinite(snapshot.metrics);
    if (bad) {
      // The panels keep the last finite frame: a NaN cannot be drawn.
      if (this.state.divergedAt === null) this.diverged(snapshot.step, divergenceMessage(bad, snapshot.step));
      return;
    }
    this.history.push(snapshot.step, snapshot.metrics);
    this.timeline.push(snapshot);
    if (comparison && snapshotB && comparison === this.comparison) {
      comparison.accept(snapshotB);
      this.update({ snapshot, historyVersion: this.history.version, compare: comparison.state });
    } else {
      this.update({ snapshot, historyVersion: this.history.version });
    }
    if (this.snapshots.due()) void this.takeSnapshot();
    return arrivedAt;
  }

  /** The user's data for a rebuild of `experiment` (userData.ts): dropped, with a notice, when it no longer passes. */
  protected checkedUserData(experiment: Experiment<SnapshotBase>): number[][] | undefined {
    return this.applyVerdict(checkedUserData(experiment, this.getData())).use;
  }

  /** Keeps the rows a verdict names and shows its warning. */
  private applyVerdict<V extends UserDataVerdict>(verdict: V): V {
    if (verdict.rows) this.update({ userData: verdict.rows });
    if (verdict.warning) this.notify(verdict.warning, 'warning');
    return verdict;
  }

  /** Waits (boundedly) for frames in flight; readbacks that never arrive are abandoned with a notice. */
  protected async settleFrames(): Promise<void> {
    if (!(await this.scheduler.idle())) {
      this.notify('A frame from the GPU did not arrive in time and was abandoned; the page carries on without it.', 'warning');
    }
  }

  /** A panel redraw reached the screen (the view calls this once it has committed a new frame). */
  noteDrawn(step: number): void {
    this.drawn.add(performance.now(), 1);
    this.drawnStep = step;
  }

  protected applySpeed(params: Params): void {
    if (isSpeedMode(params.speed)) this.scheduler.setSpeed(params.speed);
  }

  /**
   * A preset's or another experiment's parameters, keeping how the user chose to watch (speed, stop step): they are
   * not the model's.
   */
  private keepingViewing(params: Params): Params {
    const kept: Params = {};
    for (const key of ['speed', 'stopAt']) if (this.state.params[key] !== undefined) kept[key] = this.state.params[key];
    return { ...params, ...kept };
  }

  /** The stop step for a Play from `step`: the `stopAt` parameter when it is still ahead, else none. */
  private stopTargetFrom(step: number, params: Params = this.state.params): number | null {
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

  // ---- controls ----
  selectExperiment(id: string, preset?: string): Promise<void> {
    const experiment = findExperiment(id);
    if (!experiment) return Promise.reject(new Error(`Unknown experiment "${id}"`));
    const name = preset ?? experiment.schema.defaultPreset;
    if (experiment !== this.state.experiment) this.update({ userData: [] });
    return this.exclusive((signal) => {
      // a comparison belongs to the experiment it was asked on: the rebuild disposes run B and builds none
      this.compareWanted = null;
      return this.rebuild(experiment, name, this.keepingViewing(presetParams(experiment.schema, name)), undefined, signal);
    }, 'selectExperiment');
  }

  applyPreset(name: string): Promise<void> {
    const { experiment } = this.state;
    if (!Object.prototype.hasOwnProperty.call(experiment.schema.presets, name)) {
      return Promise.reject(new Error(`Unknown preset "${name}"`));
    }
    return this.exclusive(
      (signal) => this.rebuild(experiment, name, this.keepingViewing(presetParams(experiment.schema, name)), undefined, signal),
      'applyPreset',
    );
  }

  /**
   * Validates every key first (an Error names the first bad one and nothing changes), then applies live values at
   * once or rebuilds the networks when an architecture-level value changed.
   */
  setParams(update: Record<string, unknown>): Promise<void> {
    let valid: Params;
    try {
      valid = validateUpdate(this.state.experiment.schema, update);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.exclusive(async (signal) => {
      const { experiment, params, preset } = this.state;
      const next = { ...params, ...valid };
      const needsReset = Object.keys(valid).some(
        (k) => findSpec(experiment.schema, k)?.effect === 'reset' && valid[k] !== params[k],
      );
      if (needsReset) {
        this.notify('That change needs new networks: they were rebuilt from the seed and training restarts at step 0.');
        await this.rebuild(experiment, preset, next, undefined, signal);
      } else {
        this.run?.applyLiveParams(next);
        await this.keepComparisonFor(next, signal);
        this.applySpeed(next);
        if (valid.stopAt !== undefined && this.scheduler.isPlaying) this.stopTarget = this.stopTargetFrom(this.run?.step ?? 0, next);
        this.update({ params: next, compare: this.comparison?.state ?? null });
        const redraw = Object.keys(valid).some((k) => findSpec(experiment.schema, k)?.redraw);
        if (redraw && !this.scheduler.isPlaying) await this.readFrame();
      }
    }, 'setParams');
  }

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

  /** n full training steps while paused, then one snapshot. */
  step(n = 1): Promise<void> {
    this.pause();
    const count = Math.max(0, Math.floor(n));
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      const run = this.run;
      if (!run) return;
      const comparison = this.comparison;
      const size = stepChunk(count);
      for (let done = 0; done < count; ) {
        const chunk = Math.min(size, count - done);
        run.trainSteps(chunk);
        comparison?.trainSteps(chunk);
        done += chunk;
        if (done < count) {
          const [losses, lossesB] = await Promise.all([run.settle(), comparison?.run.settle()]);
          this.recordLosses(run, losses);
          if (lossesB && comparison === this.comparison) comparison?.recordLosses(lossesB);
        }
        if (signal.aborted) return;
      }
      await this.readFrame();
    }), 'step');
  }

  /** Losses read along a long step(n), so the charts show the whole run rather than its last point. */
  private recordLosses(run: TrainingRun<SnapshotBase>, losses: Record<string, number>): void {
    if (run !== this.run || !Object.keys(losses).length || firstNonFinite(losses)) return;
    this.history.push(run.step, losses);
  }

  /** Replaces the user's data (e.g. points drawn on the 2-D plot); rejects, changing nothing, if the run refuses it. */
  setData(rows: number[][]): Promise<void> {
    return this.exclusive(async () => {
      const run = this.run;
      if (!run?.setData) throw new Error(`${this.state.experiment.title} takes no user data`);
      run.setData(rows);
      this.comparison?.run.setData?.(rows); // the same rows: A accepted them, and B checks them alike
      this.update({ userData: rows.map((r) => r.slice()) });
      await this.readFrame();
    }, 'setData');
  }

  getData(): number[][] {
    return this.state.userData.map((r) => r.slice());
  }

  /** A single D update, for teaching (does not advance the step count). */
  singleUpdate(which: 'D' | 'G'): Promise<void> {
    this.pause();
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      if (!this.run) return;
      // run B takes the same update, so the two stay paired update for update
      for (const run of [this.run, this.comparison?.run]) {
        if (which === 'D') run?.updateD();
        else run?.updateG();
      }
      await this.readFrame();
    }), which === 'D' ? 'updateD' : 'updateG');
  }

  reset(): Promise<void> {
    return this.exclusive(
      (signal) => this.rebuild(this.state.experiment, this.state.preset, this.state.params, undefined, signal), 'reset',
    );
  }

  async sample(n: number, options: SampleOptions = {}): Promise<number[][]> {
    checkSampleCount(n);
    const which = checkRunChoice(options);
    const label = sampleLabel(options);
    return this.exclusive(async () => {
      const run = await this.runFor(which);
      if (label !== undefined && !run.conditional) {
        throw new Error('sample(n, { label }) needs a conditional GAN: the MNIST preset "conditional" (or conditional = true)');
      }
      return run.sample(n, label);
    }, 'sample');
  }

  async discriminate(xs: number[][], options: RunChoice = {}): Promise<number[]> {
    checkRows(xs);
    const which = checkRunChoice(options);
    return this.exclusive(async () => (await this.runFor(which)).discriminate(xs), 'discriminate');
  }

  /** Run A, or run B of the comparison (an Error when there is none). */
  protected async runFor(which: 'A' | 'B'): Promise<TrainingRun<SnapshotBase>> {
    if (!this.run) throw new Error('No experiment is loaded yet');
    if (which === 'A') return this.run;
    if (!this.comparison) throw new Error('There is no run B: start a comparison first (setCompare or the compare= link key)');
    return this.comparison.run;
  }

  // ---- comparison (run B) ----
  /**
   * Compares run A with run B = run A with `update` (one setting, checked as setParams checks it; not the seed or
   * the experiment): both restart from the seed at step 0 and train in lockstep. null ends the comparison (run B is
   * disposed; run A goes on where it is). An invalid update rejects with the reason and changes nothing.
   */
  async setCompare(update: Record<string, unknown> | null): Promise<void> {
    if (update === null) {
      return this.exclusive((signal) => this.whileStopped(signal, async () => this.endComparison(null)), 'setCompare');
    }
    const code = await loadComparison();
    const valid = code.validateCompare(this.state.experiment.schema, update, this.state.params);
    return this.exclusive(async (signal) => {
      const { experiment, preset, params } = this.state;
      this.compareWanted = valid;
      this.notify(code.startNotice(valid, params));
      await this.rebuild(experiment, preset, params, undefined, signal);
    }, 'setCompare');
  }

  /** Builds run B beside a freshly built run A, when a comparison is wanted and still fits A's parameters. */
  private async buildComparison(experiment: Experiment<SnapshotBase>, paramsA: Params, signal: AbortSignal): Promise<void> {
    const update = this.compareWanted;
    if (!update) return;
    let built: Comparison | string;
    try {
      built = await (await loadComparison()).Comparison.build(experiment, paramsA, update, this.getData(), (done, total, label) => {
        if (!signal.aborted) this.update({ progress: { done, total, label: `Run B: ${label}` } });
      });
    } catch (e) {
      signal.throwIfAborted();
      built = `run B could not be built (${e instanceof Error ? e.message : String(e)})`;
    }
    if (signal.aborted && typeof built !== 'string') built.dispose(); // abandoned while building: nobody's
    signal.throwIfAborted();
    if (typeof built === 'string') return this.endComparison(`The comparison ended: ${built}.`);
    this.comparison = built;
    this.update({ compare: built.state });
  }

  /** Loads run B's state of a restored snapshot into the current run B; the comparison ends if it does not fit. */
  protected restoreComparison(stateB: RunState, carried: CarriedB): void {
    const comparison = this.comparison;
    if (!comparison) return;
    try {
      comparison.restoreFrom(stateB, carried);
      this.update({ compare: comparison.state });
    } catch (e) {
      this.endComparison(`The comparison ended: run B could not be restored (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

  /**
   * Run A's parameters changed live: B takes them too, unless A now has B's setting; then the comparison ends, once
   * the frames in flight (which read B back) have arrived.
   */
  private async keepComparisonFor(paramsA: Params, signal: AbortSignal): Promise<void> {
    const reason = this.comparison?.followA(this.state.experiment.schema, paramsA);
    if (reason) await this.whileStopped(signal, async () => this.endComparison(`The comparison ended: ${reason}.`));
  }

  /** Ends the comparison (run B disposed, not rebuilt with run A); `notice`: why, when it was not asked for. */
  protected endComparison(notice: string | null): void {
    const was = this.compareWanted !== null || this.comparison !== null;
    this.compareWanted = null;
    this.dropComparison();
    if (was && notice) this.notify(notice, 'warning');
  }

  /** Disposes run B (a rebuild of run A builds it again while a comparison is wanted). */
  protected dropComparison(): void {
    const comparison = this.comparison;
    this.comparison = null;
    try {
      comparison?.dispose();
    } catch {
      // its textures went with a lost context
    }
    if (this.state.compare) this.update({ compare: null });
  }

  /**
   * Heavy on-demand work on the current run (e.g. a Parzen-window estimate), queued between other operations so
   * the run cannot be replaced underneath it; the panels are redrawn afterwards when training is paused. `which`:
   * run A, or run B of the comparison (an Error when there is none).
   */
  analyse<T>(fn: (run: TrainingRun<SnapshotBase>) => Promise<T>, timeoutMs?: number, which: 'A' | 'B' = 'A'): Promise<T> {
    return this.exclusive(async () => {
      const run = await this.runFor(which);
      const result = await fn(run);
      if (!this.scheduler.isPlaying) await this.readFrame();
      return result;
    }, 'analyse', timeoutMs);
  }

  getStatus(): PlaygroundStatus {
    const now = performance.now();
    const status: PlaygroundStatus = {
      backend: this.backend,
      experiment: this.state.experiment.id,
      step: this.run?.step ?? 0,
      playing: this.scheduler.isPlaying,
      stepsPerSecond: this.scheduler.steps.rate(now),
      fps: this.drawn.rate(now),
      drawnStep: this.drawnStep,
      speed: this.scheduler.pacer.speed,
      stepsPerFrame: this.scheduler.stepsPerFrame,
      numTensors: this.backendReady ? tf.memory().numTensors : 0,
      metrics: { ...(this.state.snapshot?.metrics ?? {}) },
      buffers: {
        history: this.history.length, historyCapacity: this.history.capacity,
        timeline: this.timeline.length, timelineCapacity: this.timeline.capacity,
      },
    };
    if (this.state.error) status.error = this.state.error;
    if (this.state.divergedAt !== null) status.divergedAt = this.state.divergedAt;
    if (this.state.snapshotStep !== null) status.snapshotStep = this.state.snapshotStep;
    if (this.renderer) status.renderer = this.renderer.name;
    const paths = this.run?.paths;
    if (paths?.d) status.path = paths.d;
    if (paths && (paths.d || paths.g)) status.paths = { ...paths };
    const compare = this.state.compare;
    if (this.comparison && compare) {
      status.compare = { params: { ...compare.params }, step: this.comparison.step, metrics: { ...(compare.snapshot?.metrics ?? {}) } };
      if (compare.divergedAt !== null) status.compare.divergedAt = compare.divergedAt;
    }
    return status;
  }
}
