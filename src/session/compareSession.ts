// The session's share of a comparison: whether one is wanted (the setting run B changes, kept across rebuilds of
// run A: reset, a preset, a new architecture), run B while it exists, and building, restoring and ending it. Run B's
// own code (comparison.ts, params/compare.ts) is loaded on first use; this file imports only its types, so a page
// that compares nothing never downloads it.
import type { RunState } from '../core/state';
import type { Experiment, SnapshotBase } from '../engine/types';
import type { ExperimentSchema, Params } from '../params/schema';
import type { UrlState } from '../params/url';
import type { CarriedB, Comparison, CompareState } from './comparison';
import type { CompareStatus, Notice } from './status';
import type { SessionState } from './store';

/** The comparison code (run B), loaded on first use: the first load of the page stays small. */
export const loadComparison = () => import('./comparison');

/** What the comparison needs of the session: run B's state on screen, to show it and its build's progress, and to say why it ended. */
export interface CompareHost {
  /** Run B's state on screen (the session state's `compare`). */
  shown(): CompareState | null;
  update(patch: Pick<Partial<SessionState>, 'compare' | 'progress'>): void;
  notify(text: string, kind?: Notice['kind']): void;
}

export class CompareSession {
  /** The setting run B changes, kept across rebuilds of run A; null when no comparison is wanted. */
  wanted: Params | null = null;
  /** Run B, stepped and read with run A in every frame; null when not comparing. */
  private comparison: Comparison | null = null;

  constructor(private readonly host: CompareHost) {}

  /** Run B of the comparison running now; null when not comparing. */
  get current(): Comparison | null {
    return this.comparison;
  }

  /** The comparison a page's link asks for (`compare=`): wanted when it reads, a notice when it does not. */
  async fromLink(schema: ExperimentSchema, url: Pick<UrlState, 'compareText' | 'params'>): Promise<void> {
    this.wanted = null;
    if (url.compareText === null) return;
    const link = (await loadComparison()).compareFromLink(schema, url);
    if (link?.ok) this.wanted = link.update;
    else if (link) this.host.notify(link.error + '.', 'warning');
  }

  /**
   * Builds run B beside a freshly built run A, when a comparison is wanted and still fits A's parameters. `rows`:
   * the user's data. `signal`: the rebuilding operation's; once it aborts, a run B built meanwhile is disposed.
   */
  async build(experiment: Experiment<SnapshotBase>, paramsA: Params, rows: number[][], signal: AbortSignal): Promise<void> {
    const update = this.wanted;
    if (!update) return;
    let built: Comparison | string;
    try {
      built = await (await loadComparison()).Comparison.build(experiment, paramsA, update, rows, (done, total, label) => {
        if (!signal.aborted) this.host.update({ progress: { done, total, label: `Run B: ${label}` } });
      });
    } catch (e) {
      signal.throwIfAborted();
      built = `run B could not be built (${e instanceof Error ? e.message : String(e)})`;
    }
    if (signal.aborted && typeof built !== 'string') built.dispose(); // abandoned while building: nobody's
    signal.throwIfAborted();
    if (typeof built === 'string') return this.end(`The comparison ended: ${built}.`);
    this.comparison = built;
    this.host.update({ compare: built.state });
  }

  /** Loads run B's state of a restored snapshot into the current run B; the comparison ends if it does not fit. */
  restore(stateB: RunState, carried: CarriedB): void {
    const comparison = this.comparison;
    if (!comparison) return;
    try {
      comparison.restoreFrom(stateB, carried);
      this.host.update({ compare: comparison.state });
    } catch (e) {
      this.end(`The comparison ended: run B could not be restored (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

  /**
   * Run A's parameters changed live: B takes them too. Returns the notice to end the comparison with when A now has
   * B's setting (the caller ends it once the frames in flight, which read B back, have arrived); null when B follows.
   */
  followA(schema: ExperimentSchema, paramsA: Params): string | null {
    const reason = this.comparison?.followA(schema, paramsA);
    return reason ? `The comparison ended: ${reason}.` : null;
  }

  /** Ends the comparison (run B disposed, not rebuilt with run A); `notice`: why, when it was not asked for. */
  end(notice: string | null): void {
    const was = this.wanted !== null || this.comparison !== null;
    this.wanted = null;
    this.drop();
    if (was && notice) this.host.notify(notice, 'warning');
  }

  /** Disposes run B (a rebuild of run A builds it again while a comparison is wanted). */
  drop(): void {
    const comparison = this.comparison;
    this.comparison = null;
    try {
      comparison?.dispose();
    } catch {
      // its textures went with a lost context
    }
    if (this.host.shown()) this.host.update({ compare: null });
  }

  /** getStatus().compare: run B's parameters, step and latest metrics, from its state on screen; absent when none. */
  status(): CompareStatus | undefined {
    const shown = this.host.shown();
    if (!this.comparison || !shown) return undefined;
    const status: CompareStatus = { params: { ...shown.params }, step: this.comparison.step, metrics: { ...(shown.snapshot?.metrics ?? {}) } };
    if (shown.divergedAt !== null) status.divergedAt = shown.divergedAt;
    return status;
  }
}
