import { tf } from '../core/tf';
import { Scheduler } from '../engine/scheduler';
import { MetricHistory } from '../engine/history';
import { SnapshotTimeline } from '../engine/timeline';
import type { Checkpoint } from '../core/checkpoint';
import type { Experiment, SnapshotBase, TrainingRun } from '../engine/types';
import { findExperiment, EXPERIMENTS } from '../experiments/registry';
import { findSpec, presetParams, type Params } from '../params/schema';
import { validateUpdate } from '../params/validate';
import { parseQuery, type PageOptions } from '../params/url';
import type { Notice, PlaygroundStatus, Progress } from './status';
import { divergenceMessage, firstNonFinite } from './divergence';

export interface SessionState {
  experiment: Experiment<SnapshotBase>;
  preset: string;
  params: Params;
  snapshot: SnapshotBase | null;
  playing: boolean;
  progress: Progress | null;
  notices: readonly Notice[];
  error: string | null;
  /** Bumped whenever the metric history changes. */
  historyVersion: number;
}

type Listener = () => void;

/** Steps run between two light readbacks when stepping many steps at once (keeps the GPU queue short). */
const STEP_CHUNK = 100;

/**
 * The playground's state and the only owner of the current training run. The UI and window.ganPlayground both
 * drive it; operations that replace or step the run are serialised so they never overlap.
 */
export class PlaygroundSession {
  private state: SessionState;
  private run: TrainingRun<SnapshotBase> | null = null;
  private readonly listeners = new Set<Listener>();
  private queue: Promise<unknown> = Promise.resolve();
  private noticeId = 0;
  readonly history = new MetricHistory();
  /** Bounded snapshots for scrubbing back through the run (plain data, any experiment). */
  readonly timeline = new SnapshotTimeline<SnapshotBase>();
  readonly scheduler: Scheduler;
  backend = 'unknown';

  constructor() {
    const experiment = EXPERIMENTS[0];
    this.state = {
      experiment, preset: experiment.schema.defaultPreset, params: presetParams(experiment.schema, experiment.schema.defaultPreset),
      snapshot: null, playing: false, progress: null, notices: [], error: null, historyVersion: 0,
    };
    this.scheduler = new Scheduler({
      runSteps: (n) => this.run?.trainSteps(n),
      settle: async () => this.run?.settle(),
      readFrame: () => this.readFrame(),
      onError: (e) => this.fail(e),
    });
  }

  // ---- observation (React's useSyncExternalStore) ----
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Runs fn after every earlier exclusive operation has finished. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  // ---- notices ----
  notify(text: string, kind: Notice['kind'] = 'info'): void {
    const notices = [...this.state.notices, { id: ++this.noticeId, text, kind }].slice(-8);
    this.update({ notices });
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  // ---- life cycle ----
  /** Reads the page's query string and builds the first run. */
  async init(search: string, backend: string): Promise<{ autoplay: boolean } & PageOptions> {
    this.backend = backend;
    const q = new URLSearchParams(search);
    const askedExperiment = q.get('experiment');
    let experiment = EXPERIMENTS[0];
    if (askedExperiment !== null) {
      const found = findExperiment(askedExperiment);
      if (found) experiment = found;
      else this.notify(`Unknown experiment "${askedExperiment.slice(0, 40)}"; showing ${experiment.title}.`, 'warning');
    }
    const url = parseQuery(experiment.schema, search);
    for (const n of url.notices) this.notify(n, 'warning');
    await this.exclusive(() => this.rebuild(experiment, url.preset, url.params));
    return { autoplay: url.autoplay, presenter: url.presenter, hide: url.hide };
  }

  /** Disposes the current run and builds a fresh one from the given configuration (step 0). */
  private async rebuild(experiment: Experiment<SnapshotBase>, preset: string, params: Params): Promise<void> {
    const wasPlaying = this.scheduler.isPlaying;
    this.scheduler.pause();
    await this.scheduler.idle();
    this.run?.dispose();
    this.run = null;
    this.history.clear();
    this.timeline.clear();
    this.update({ experiment, preset, params, snapshot: null, error: null, playing: false, historyVersion: this.history.version });
    try {
      this.run = await experiment.create(params, (done, total, label) => this.update({ progress: { done, total, label } }));
    } finally {
      this.update({ progress: null });
    }
    await this.readFrame();
    if (wasPlaying) this.play();
  }

  private async readFrame(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const snapshot = await run.snapshot();
    if (run !== this.run) return; // replaced while reading back
    this.history.push(snapshot.step, snapshot.metrics);
    this.timeline.push(snapshot);
    this.update({ snapshot, historyVersion: this.history.version });
    const bad = firstNonFinite(snapshot.metrics);
    if (bad) this.fail(new Error(divergenceMessage(bad, snapshot.step)));
  }

  private fail(e: unknown): void {
    this.scheduler.pause();
    const message = e instanceof Error ? e.message : String(e);
    this.update({ playing: false, error: message });
  }

  // ---- controls ----
  selectExperiment(id: string, preset?: string): Promise<void> {
    const experiment = findExperiment(id);
    if (!experiment) return Promise.reject(new Error(`Unknown experiment "${id}"`));
    const name = preset ?? experiment.schema.defaultPreset;
    return this.exclusive(() => this.rebuild(experiment, name, presetParams(experiment.schema, name)));
  }

  applyPreset(name: string): Promise<void> {
    const { experiment } = this.state;
    if (!Object.prototype.hasOwnProperty.call(experiment.schema.presets, name)) {
      return Promise.reject(new Error(`Unknown preset "${name}"`));
    }
    return this.exclusive(() => this.rebuild(experiment, name, presetParams(experiment.schema, name)));
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
    return this.exclusive(async () => {
      const { experiment, params, preset } = this.state;
      const next = { ...params, ...valid };
      const needsReset = Object.keys(valid).some(
        (k) => findSpec(experiment.schema, k)?.effect === 'reset' && valid[k] !== params[k],
      );
      if (needsReset) {
        this.notify('That change needs new networks: they were rebuilt from the seed and training restarts at step 0.');
        await this.rebuild(experiment, preset, next);
      } else {
        this.run?.applyLiveParams(next);
        this.update({ params: next });
      }
    });
  }

  play(): void {
    if (!this.run || this.state.progress) return;
    this.update({ playing: true, error: null });
    this.scheduler.play();
  }

  pause(): void {
    this.scheduler.pause();
    this.update({ playing: false });
  }

  /** n full training steps while paused, then one snapshot. */
  step(n = 1): Promise<void> {
    this.pause();
    const count = Math.max(0, Math.floor(n));
    return this.exclusive(async () => {
      await this.scheduler.idle();
      const run = this.run;
      if (!run) return;
      for (let done = 0; done < count; ) {
        const chunk = Math.min(STEP_CHUNK, count - done);
        run.trainSteps(chunk);
        done += chunk;
        if (done < count) await run.settle();
      }
      await this.readFrame();
    });
  }

  /** A single D update or G update, for teaching (does not advance the step count). */
  singleUpdate(which: 'D' | 'G'): Promise<void> {
    this.pause();
    return this.exclusive(async () => {
      await this.scheduler.idle();
      if (!this.run) return;
      if (which === 'D') this.run.updateD();
      else this.run.updateG();
      await this.readFrame();
    });
  }

  /** The current run as a checkpoint (experiment, preset, full parameters, counters and tensors). */
  checkpoint(): Promise<Checkpoint> {
    this.pause();
    return this.exclusive(async () => {
      await this.scheduler.idle();
      if (!this.run) throw new Error('No experiment is loaded yet');
      const { experiment, preset, params } = this.state;
      return { experiment: experiment.id, preset, params: { ...params }, state: await this.run.saveState() };
    });
  }

  /**
   * Restores a decoded checkpoint. Everything is checked on a new run built aside (experiment, every parameter
   * against the schema, every tensor's shape); on any mismatch it is disposed, an Error says why and nothing changed.
   */
  restoreCheckpoint(c: Checkpoint): Promise<void> {
    const experiment = findExperiment(c.experiment);
    if (!experiment) return Promise.reject(new Error(`The checkpoint is for an unknown experiment "${c.experiment.slice(0, 40)}".`));
    let params: Params;
    try {
      params = { ...presetParams(experiment.schema, experiment.schema.defaultPreset), ...validateUpdate(experiment.schema, c.params) };
    } catch (e) {
      return Promise.reject(new Error(`The checkpoint's parameters do not fit: ${e instanceof Error ? e.message : String(e)}`));
    }
    const preset = Object.prototype.hasOwnProperty.call(experiment.schema.presets, c.preset) ? c.preset : experiment.schema.defaultPreset;
    this.pause();
    return this.exclusive(async () => {
      await this.scheduler.idle();
      let candidate: TrainingRun<SnapshotBase>;
      try {
        candidate = await experiment.create(params, (done, total, label) => this.update({ progress: { done, total, label } }));
      } finally {
        this.update({ progress: null });
      }
      try {
        candidate.loadState(c.state);
      } catch (e) {
        candidate.dispose();
        throw new Error(`The checkpoint does not fit this model: ${e instanceof Error ? e.message : String(e)}`);
      }
      this.run?.dispose();
      this.run = candidate;
      this.history.clear();
      this.timeline.clear();
      this.update({ experiment, preset, params, snapshot: null, error: null, playing: false, historyVersion: this.history.version });
      await this.readFrame();
    });
  }

  reset(): Promise<void> {
    return this.exclusive(() => this.rebuild(this.state.experiment, this.state.preset, this.state.params));
  }

  sample(n: number): Promise<number[][]> {
    if (!Number.isInteger(n) || n < 1 || n > 100000) return Promise.reject(new Error('sample(n) takes a whole number n from 1 to 100000'));
    return this.exclusive(async () => {
      if (!this.run) throw new Error('No experiment is loaded yet');
      return this.run.sample(n);
    });
  }

  discriminate(xs: number[][]): Promise<number[]> {
    if (!Array.isArray(xs) || xs.length > 100000 || !xs.every((r) => Array.isArray(r) && r.every((v) => Number.isFinite(v)))) {
      return Promise.reject(new Error('discriminate(xs) takes an array of rows of finite numbers'));
    }
    return this.exclusive(async () => {
      if (!this.run) throw new Error('No experiment is loaded yet');
      return this.run.discriminate(xs);
    });
  }

  getStatus(): PlaygroundStatus {
    const now = performance.now();
    const status: PlaygroundStatus = {
      backend: this.backend,
      experiment: this.state.experiment.id,
      step: this.run?.step ?? 0,
      playing: this.scheduler.isPlaying,
      stepsPerSecond: this.scheduler.steps.rate(now),
      fps: this.scheduler.frames.rate(now),
      numTensors: tf.memory().numTensors,
      metrics: { ...(this.state.snapshot?.metrics ?? {}) },
    };
    if (this.state.error) status.error = this.state.error;
    return status;
  }
}
