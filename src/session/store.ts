import type { Experiment, SnapshotBase } from '../engine/types';
import { EXPERIMENTS } from '../experiments/registry';
import { presetParams, type Params } from '../params/schema';
import type { Notice, Progress } from './status';
import type { CompareState } from './comparison';

export interface SessionState {
  experiment: Experiment<SnapshotBase>;
  preset: string;
  params: Params;
  snapshot: SnapshotBase | null;
  playing: boolean;
  progress: Progress | null;
  notices: readonly Notice[];
  error: string | null;
  /** The step at which a loss or weight became NaN/Inf; null while training is healthy. */
  divergedAt: number | null;
  /** Step of the last good weight snapshot kept on the CPU (for roll-back and GPU-loss recovery). */
  snapshotStep: number | null;
  /** Bumped whenever the metric history changes. */
  historyVersion: number;
  /** Data the user drew, pasted or loaded (rows of numbers); survives Reset and rebuilds, cleared with the experiment. */
  userData: readonly (readonly number[])[];
  /** Run B of a comparison (run A with one setting changed, in lockstep); null when not comparing. */
  compare: CompareState | null;
  /**
   * The run opened at its preset's shipped trained checkpoint (`start=trained`, written back to the link), until
   * the networks are rebuilt or another checkpoint is loaded.
   */
  trainedStart: boolean;
}

type Listener = () => void;

/** How many notices stay on screen at once (the oldest go first). */
const MAX_NOTICES = 8;

/**
 * The observable half of the session: an immutable state object replaced on every change (React reads it through
 * useSyncExternalStore) and the visible notices.
 */
export class SessionStore {
  protected state: SessionState;
  private readonly listeners = new Set<Listener>();
  private noticeId = 0;

  constructor() {
    const experiment = EXPERIMENTS[0];
    const preset = experiment.schema.defaultPreset;
    this.state = {
      experiment, preset, params: presetParams(experiment.schema, preset), snapshot: null, playing: false,
      progress: null, notices: [], error: null, historyVersion: 0, divergedAt: null, snapshotStep: null, userData: [], trainedStart: false,
      compare: null,
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  protected update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** A plain-text notice (never HTML), shown in the role="status" region. */
  notify(text: string, kind: Notice['kind'] = 'info'): void {
    const notices = [...this.state.notices, { id: ++this.noticeId, text, kind }].slice(-MAX_NOTICES);
    this.update({ notices });
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.state.notices.filter((n) => n.id !== id) });
  }
}
