import { encodeCheckpoint, type Checkpoint } from '../core/checkpoint';
import { decodeTrainedStart, encodeTrainedStart } from '../core/trainedStart';
import { fetchBytes } from '../engine/fetchBytes';
import { TRAINED_DIR, TRAINED_STARTS, trainedStartFor } from '../experiments/trainedStarts';
import type { SnapshotBase, TrainingRun } from '../engine/types';
import { describe, initBackend, replaceWebglBackend } from '../engine/backend';
import { stopLostContextPolling, watchContextLoss } from '../engine/contextLoss';
import { isSoftwareRenderer, webglRenderer } from '../engine/renderer';
import { RunSession } from './runSession';
import { STARTUP_TIMEOUT_MS } from './runLifecycle';
import { checkpointTarget } from './checkpointTarget';
import { gridsUpTo, unrestorableB } from './restorePoint';
import type { EncodedModel } from '../core/layersModel/encode';
import { PARZEN_CENTRES, type PaperRow } from '../experiments/mnist/snapshot';
import { checkedParzenSamples, isParzenRun, parzenTimeoutMs } from './parzen';

export type { SessionState } from './store';

/**
 * The playground's session: the run life cycle (RunLifecycle) and its controls (RunSession) plus what keeps a run
 * safe — roll-back to the last good CPU snapshot, checkpoints, and recovery when the GPU (WebGL context) is lost.
 */
export class PlaygroundSession extends RunSession {
  private stopWatchingContext: () => void = () => undefined;
  private recovering = false;

  /** Restores the last good snapshot into the current run (same networks; current parameter values kept). */
  rollback(): Promise<void> {
    this.pause();
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      const saved = this.snapshots.latest;
      if (!this.run || !saved) throw new Error('There is no snapshot to roll back to yet.');
      this.run.loadState(saved.state);
      // the grids saved after that step are of steps to be taken again (run B's are trimmed alike, comparison.ts)
      const grids = this.run.timelineFrames?.();
      if (grids?.length) this.run.loadTimeline?.(gridsUpTo(grids, saved.step));
      // run B goes back with A to its state of the same step; without one the two would stand at different steps
      const comparison = this.comparing.current;
      if (comparison && saved.stateB) this.comparing.restore(saved.stateB, comparison.carry());
      else this.comparing.end(unrestorableB(saved.step));
      this.update({ error: null, divergedAt: null });
      await this.readFrame();
      this.notify(`Rolled back to the snapshot from step ${saved.step}.`);
    }), 'rollback');
  }

  /**
   * The current run as a checkpoint (experiment, preset, full parameters, counters and tensors). `which` 'B': run B
   * of the comparison, with its own parameters (loaded, it opens as a run of its own).
   */
  checkpoint(which: 'A' | 'B' = 'A'): Promise<Checkpoint> {
    this.pause();
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      const run = await this.runFor(which);
      const { experiment, preset } = this.state;
      const comparison = this.comparing.current;
      const params = which === 'B' && comparison ? comparison.state.params : this.state.params;
      return { experiment: experiment.id, preset, params: { ...params }, state: await run.saveState() };
    }), 'saveCheckpoint');
  }

  /**
   * Restores a decoded checkpoint. Everything is checked on a new run built aside (experiment, every parameter
   * against the schema, every tensor's shape); on any mismatch it is disposed, an Error says why and nothing changed.
   */
  async restoreCheckpoint(c: Checkpoint): Promise<void> {
    const { experiment, preset, params } = checkpointTarget(c);
    this.pause();
    return this.exclusive((signal) => this.whileStopped(signal, async () => {
      let candidate: TrainingRun<SnapshotBase>;
      let sameExperiment = true;
      try {
        // (a checkpoint does not hold the user's data: the run takes the page's, where it is the same experiment)
        sameExperiment = experiment === this.state.experiment;
        const data = sameExperiment ? this.checkedUserData(experiment) : undefined;
        candidate = await experiment.create(params, (done, total, label) => {
          if (!signal.aborted) this.update({ progress: { done, total, label } });
        }, data);
      } finally {
        this.update({ progress: null });
      }
      if (signal.aborted) {
        candidate.dispose(); // abandoned while building: the queue has moved on
        signal.throwIfAborted();
      }
      try {
        candidate.loadState(c.state);
      } catch (e) {
        candidate.dispose();
        throw new Error(`The checkpoint does not fit this model: ${e instanceof Error ? e.message : String(e)}`);
      }
      this.comparing.end('The comparison ended: a checkpoint holds one run.');
      this.run?.dispose();
      this.run = candidate;
      this.applySpeed(params);
      this.scheduler.remeasure();
      this.history.clear();
      this.timeline.clear();
      this.snapshots.clear();
      this.update({
        experiment, preset, params, snapshot: null, error: null, playing: false, historyVersion: this.history.version,
        divergedAt: null, snapshotStep: null, trainedStart: false, ...(sameExperiment ? {} : { userData: [] }),
      });
      await this.takeSnapshot();
      await this.readFrame();
    }), 'loadCheckpoint');
  }

  /**
   * G or D as a TensorFlow.js LayersModel: model.json's text and the weights' bytes (core/layersModel), the
   * manifest naming the weights file `weightsFile` (default weights.bin); `run` 'B': run B's of the comparison.
   */
  exportModel(which: 'g' | 'd', weightsFile?: string, run: 'A' | 'B' = 'A'): Promise<EncodedModel> {
    return this.exclusive(async () => {
      const chosen = await this.runFor(run);
      if (!chosen.exportNetwork) throw new Error(`${this.state.experiment.title} cannot export its networks`);
      const stack = await chosen.exportNetwork(which);
      const { encodeLayersModel } = await import('../core/layersModel/encode'); // loaded when first needed
      return encodeLayersModel(stack, weightsFile);
    }, which === 'g' ? 'exportGenerator' : 'exportDiscriminator');
  }

  /**
   * Makes a LayersModel (model.json text + weights) the current generator. Rejects with the reason, changing
   * nothing (not even playing or paused), when the files are not a Sequential model of Dense layers of G's sizes.
   */
  async importGenerator(modelJson: string, weights: Uint8Array): Promise<void> {
    const { decodeLayersModel } = await import('../core/layersModel/decode'); // loaded when first needed
    const stack = decodeLayersModel(modelJson, weights);
    return this.exclusive(async () => {
      if (!this.run?.importGenerator) throw new Error('No experiment is loaded yet');
      this.run.importGenerator(stack);
      await this.takeSnapshot();
      await this.readFrame();
      this.notify(`Imported the generator "${stack.name}" (${stack.layers.length} layers).`);
    }, 'importGenerator');
  }

  /**
   * Opens the current preset at its shipped trained checkpoint (`start=trained`), with the metric history and the
   * sample-grid timeline of the run that trained it: the charts show the whole run at once.
   */
  async startFromTrained(): Promise<void> {
    const { experiment, preset } = this.state;
    const entry = trainedStartFor(experiment.id, preset);
    if (!entry) {
      const offered = TRAINED_STARTS.map((t) => `${t.experiment} ${t.preset}`).join(', ') || 'none yet';
      throw new Error(`The preset "${preset}" of ${experiment.title} has no trained start (trained starts: ${offered}).`);
    }
    const label = `Loading the trained model (${entry.steps.toLocaleString('en')} steps)`;
    let text: string;
    try {
      const bytes = await fetchBytes(`${TRAINED_DIR}/${entry.file}`, label, (done, total, l) => this.update({ progress: { done, total, label: l } }));
      text = new TextDecoder().decode(bytes);
    } finally {
      this.update({ progress: null });
    }
    const start = decodeTrainedStart(text);
    await this.restoreCheckpoint(start.checkpoint);
    await this.exclusive(async () => {
      this.history.replace(start.history);
      this.run?.loadTimeline?.(start.timeline);
      await this.readFrame();
      this.update({ historyVersion: this.history.version, trainedStart: true });
    }, 'startFromTrained');
    this.notify(`Opened at step ${entry.steps.toLocaleString('en')}, a model the playground trained from seed ${String(start.checkpoint.params.seed ?? 1)}${start.trainedOn ? ` (${start.trainedOn})` : ''}. Play goes on from here.`);
  }

  /** The current run as a trained start's file text: its checkpoint, metric history and timeline (scripts/train-starts.mjs). */
  async exportTrainedStart(): Promise<string> {
    const checkpoint = await this.checkpoint();
    const status = this.getStatus();
    const renderer = status.renderer ?? '';
    const trainedOn = status.backend !== 'webgl' ? status.backend : isSoftwareRenderer(renderer) ? 'WebGL in software' : `WebGL on ${renderer.slice(0, 80)}`;
    return encodeTrainedStart(encodeCheckpoint(checkpoint), this.history.all(), this.run?.timelineFrames?.() ?? [], trainedOn);
  }

  /**
   * Goodfellow et al.'s Table 1 row for the current MNIST run: a Parzen window on `samples` generated digits (2,000
   * by default; the paper's 10,000 take about five times as long). Shown in the paper table once computed. `which`
   * 'B': run B's row (the same held-out digits; its generated ones drawn from the same noise as A's).
   */
  parzen(samples: unknown = PARZEN_CENTRES, onProgress?: (done: number, total: number) => void, which: 'A' | 'B' = 'A'): Promise<PaperRow> {
    let centres: number;
    try {
      centres = checkedParzenSamples(samples);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.analyse(async (run) => {
      if (!isParzenRun(run)) throw new Error(`The Parzen estimate needs the MNIST experiment (this is ${this.state.experiment.title})`);
      return run.paperRow(onProgress, centres);
    }, parzenTimeoutMs(centres), which);
  }

  /** A Play pressed while a lost context is being recovered takes effect once the run is restored. */
  override play(): void {
    if (this.recovering) {
      this.playWanted = true;
      return;
    }
    super.play();
  }

  // ---- a lost GPU ----
  protected override watchGpu(): void {
    this.stopWatchingContext();
    this.stopWatchingContext = watchContextLoss(() => void this.recoverFromLostContext());
  }

  /**
   * The WebGL context was lost: readbacks in flight will never arrive. Abandon them and the dead run, start a fresh
   * backend (WebGL again, else WebAssembly or CPU), rebuild the networks and load the last CPU snapshot, so that
   * the step count, the weights and the parameters survive.
   */
  private async recoverFromLostContext(): Promise<void> {
    if (this.recovering) return;
    this.recovering = true;
    this.playWanted = false; // a loss stops training; only a Play pressed from now on resumes it
    const lostAt = this.run?.step ?? 0;
    this.scheduler.abandon();
    stopLostContextPolling();
    this.queue.interruptAll(new Error('The GPU context was lost; the run was restored from its last snapshot.'));
    const saved = this.snapshots.latest;
    const dead = this.run;
    // the sample grids it saved are plain data: the rebuilt run keeps them (run B's go with B, comparison.ts)
    const grids = dead?.timelineFrames?.() ?? [];
    this.run = null;
    try {
      dead?.dispose();
    } catch {
      // its textures went with the context
    }
    this.update({ playing: false, error: null });
    this.notify(`The GPU (WebGL context) was lost at step ${lostAt}; training stopped and is being restored.`, 'warning');
    try {
      await this.exclusive(async (signal) => {
        this.backendReady = false;
        replaceWebglBackend();
        const choice = await initBackend('webgl');
        this.backend = choice.backend;
        this.backendReady = true;
        this.renderer = webglRenderer();
        this.watchGpu();
        const { experiment, preset, params } = this.state;
        await this.rebuild(experiment, preset, params, saved ? { ...saved, grids } : undefined, signal);
        const where = saved ? `the snapshot from step ${saved.step}` : 'step 0 (no snapshot had been taken yet)';
        const both = this.comparing.current ? ', run A and run B alike,' : '';
        this.notify(`Restored from ${where}${both} on ${describe(choice.backend)}. Press Play to continue.`);
      }, 'context recovery', STARTUP_TIMEOUT_MS);
    } catch (e) {
      this.fail(e);
    } finally {
      this.recovering = false;
      this.resumeIfWanted();
    }
  }
}
