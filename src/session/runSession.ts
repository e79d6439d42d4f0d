// The controls of a run, as the UI and window.ganPlayground call them: the page's first build from its link, the
// experiment, preset and parameters, step(n) and single updates, reset, the user's data, samples and D's scores,
// analyses, starting and ending a comparison, and getStatus(). Each control is an operation on the queue of the run
// life cycle (runLifecycle.ts), which owns the run.
import { tf } from '../core/tf';
import type { SnapshotBase, TrainingRun } from '../engine/types';
import { findExperiment, EXPERIMENTS } from '../experiments/registry';
import { findSpec, presetParams, type Params } from '../params/schema';
import { validateUpdate } from '../params/validate';
import { parseQuery, type PageOptions } from '../params/url';
import { findLesson } from '../lessons';
import { userDataFromLink } from './userData';
import type { PlaygroundStatus } from './status';
import { webglRenderer } from '../engine/renderer';
import { checkRows, checkRunChoice, checkSampleCount, sampleLabel, type RunChoice, type SampleOptions } from './apiArguments';
import { firstNonFinite } from './divergence';
import { loadComparison } from './compareSession';
import { RunLifecycle, STARTUP_TIMEOUT_MS } from './runLifecycle';

/**
 * Steps run between two light readbacks when stepping many steps at once: short enough to keep the GPU queue short
 * and to give the loss chart about 50 points along the way, long enough not to wait on the GPU too often.
 */
export function stepChunk(count: number): number {
  return Math.max(10, Math.min(100, Math.ceil(count / 50)));
}

/**
 * The run life cycle (RunLifecycle) with its controls: the UI and window.ganPlayground both drive it; operations that
 * replace or step the run are serialised so they never overlap.
 */
export class RunSession extends RunLifecycle {
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
    await this.comparing.fromLink(experiment.schema, url);
    // autoplay starts as soon as the first run is built (a trained start plays once it has loaded)
    if (url.autoplay && !url.startTrained) this.playWanted = true;
    await this.exclusive((signal) => this.rebuild(experiment, url.preset, url.params, undefined, signal), 'init', STARTUP_TIMEOUT_MS);
    return { autoplay: url.autoplay, presenter: url.presenter, hide: url.hide, theme: url.theme, lesson: url.lesson, startTrained: url.startTrained };
  }

  // ---- controls ----
  selectExperiment(id: string, preset?: string): Promise<void> {
    const experiment = findExperiment(id);
    if (!experiment) return Promise.reject(new Error(`Unknown experiment "${id}"`));
    const name = preset ?? experiment.schema.defaultPreset;
    if (experiment !== this.state.experiment) this.update({ userData: [] });
    return this.exclusive((signal) => {
      // a comparison belongs to the experiment it was asked on: the rebuild disposes run B and builds none
      this.comparing.wanted = null;
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
   * A preset's or another experiment's parameters, keeping how the user chose to watch (speed, stop step): they are
   * not the model's.
   */
  private keepingViewing(params: Params): Params {
    const kept: Params = {};
    for (const key of ['speed', 'stopAt']) if (this.state.params[key] !== undefined) kept[key] = this.state.params[key];
    return { ...params, ...kept };
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
        // run B takes A's new values too, unless A now has B's setting: then the comparison ends, once the frames in
        // flight (which read B back) have arrived
        const ended = this.comparing.followA(experiment.schema, next);
        if (ended) await this.whileStopped(signal, async () => this.comparing.end(ended));
        this.applySpeed(next);
        if (valid.stopAt !== undefined && this.scheduler.isPlaying) this.stopTarget = this.stopTargetFrom(this.run?.step ?? 0, next);
        this.update({ params: next, compare: this.comparing.current?.state ?? null });
        const redraw = Object.keys(valid).some((k) => findSpec(experiment.schema, k)?.redraw);
        if (redraw && !this.scheduler.isPlaying) await this.readFrame();
      }
    }, 'setParams');
  }

  /** n full training steps while paused, then one snapshot. */
  step(n = 1): Promise<void> {
    this.pause();
    const count = Math.max(0, Math.floor(n));
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      const run = this.run;
      if (!run) return;
      const comparison = this.comparing.current;
      const size = stepChunk(count);
      for (let done = 0; done < count; ) {
        const chunk = Math.min(size, count - done);
        run.trainSteps(chunk);
        comparison?.trainSteps(chunk);
        done += chunk;
        if (done < count) {
          const [losses, lossesB] = await Promise.all([run.settle(), comparison?.run.settle()]);
          this.recordLosses(run, losses);
          if (lossesB && comparison === this.comparing.current) comparison?.recordLosses(lossesB);
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
      this.comparing.current?.run.setData?.(rows); // the same rows: A accepted them, and B checks them alike
      this.update({ userData: rows.map((r) => r.slice()) });
      await this.readFrame();
    }, 'setData');
  }

  /** A single D update, for teaching (does not advance the step count). */
  singleUpdate(which: 'D' | 'G'): Promise<void> {
    this.pause();
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      if (!this.run) return;
      // run B takes the same update, so the two stay paired update for update
      for (const run of [this.run, this.comparing.current?.run]) {
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
    const comparison = this.comparing.current;
    if (!comparison) throw new Error('There is no run B: start a comparison first (setCompare or the compare= link key)');
    return comparison.run;
  }

  // ---- comparison (run B) ----
  /**
   * Compares run A with run B = run A with `update` (one setting, checked as setParams checks it; not the seed or
   * the experiment): both restart from the seed at step 0 and train in lockstep. null ends the comparison (run B is
   * disposed; run A goes on where it is). An invalid update rejects with the reason and changes nothing.
   */
  async setCompare(update: Record<string, unknown> | null): Promise<void> {
    if (update === null) {
      return this.exclusive((signal) => this.whileStopped(signal, async () => this.comparing.end(null)), 'setCompare');
    }
    const code = await loadComparison();
    const valid = code.validateCompare(this.state.experiment.schema, update, this.state.params);
    return this.exclusive(async (signal) => {
      const { experiment, preset, params } = this.state;
      this.comparing.wanted = valid;
      this.notify(code.startNotice(valid, params));
      await this.rebuild(experiment, preset, params, undefined, signal);
    }, 'setCompare');
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
    const compare = this.comparing.status();
    if (compare) status.compare = compare;
    return status;
  }
}
