import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Experiment, SnapshotBase } from '../../engine/types';
import { isSnapshotOf } from '../../engine/snapshotOf';
import type { MetricHistory } from '../../engine/history';
import type { Params } from '../../params/schema';
import type { PlaygroundSession } from '../../session/session';
import type { CompareState } from '../../session/comparison';
import type { CompareParts } from './compareParts';
import type { CompareKit } from '../compare/compareKit';

/** What the shell hands an experiment's panels. */
export interface ViewProps<S extends SnapshotBase> {
  snapshot: S;
  history: MetricHistory;
  params: Params;
  session: PlaygroundSession;
  /** The step the timeline shows, marked on the metric charts; null when live. */
  marker: number | null;
  /** Run B's parts, when comparing. */
  compare?: CompareParts;
}

/** What the explanations panel hands an experiment's own explanation. */
export interface ExplainProps<S extends SnapshotBase> {
  snapshot: S;
  params: Params;
}

/** What the shell hands run B's panels while a comparison runs (ExperimentView). */
export interface CompareProps {
  compare: CompareState;
  /** The step the timeline shows (B is drawn at it, from B's own timeline); null when live. */
  shownStep: number | null;
  /** The experiment's view, with B's parts. */
  view: (parts: CompareParts) => ReactNode;
}

/**
 * The UI half of an experiment plugin, typed by its snapshot: its panels, its explanation, and the parts run B of a
 * comparison adds. Panels that are not in the first load come as `lazy(...)` components or loaders.
 */
export interface ExperimentUiParts<S extends SnapshotBase> {
  View: ComponentType<ViewProps<S>>;
  Explain: ComponentType<ExplainProps<S>>;
  /** Loads run B's parts (ui/compare/*Compare.tsx), when a comparison first runs. */
  compare: () => Promise<{ default: CompareKit<S> }>;
}

/** An experiment's UI as the shell holds it: any experiment's, in one list (experiments/uiRegistry.ts). */
export interface ExperimentUi {
  id: string;
  View: ComponentType<ViewProps<SnapshotBase>>;
  Explain: ComponentType<ExplainProps<SnapshotBase>>;
  /** Run B's panels around the view; loaded when a comparison first runs. */
  Compare: ComponentType<CompareProps>;
}

/**
 * Pairs an experiment with its UI. The snapshot type S is inferred from the experiment, so a view of another
 * experiment's snapshot does not compile. The shell holds every experiment typed Experiment<SnapshotBase> (the session
 * keeps one current run of whichever experiment); a frame is narrowed back to S by the experiment id it carries
 * (isSnapshotOf). The session only ever hands an experiment's panels frames of a run that experiment created (RunSession
 * rebuilds the run, and clears the frame, whenever the experiment changes; run B of a comparison is built by the same
 * experiment), so a frame of another experiment is not expected; were one handed over, the panels would draw nothing.
 */
export function experimentUi<S extends SnapshotBase>(experiment: Experiment<S>, parts: ExperimentUiParts<S>): ExperimentUi {
  const own = (frame: SnapshotBase): S | null => (isSnapshotOf(experiment, frame) ? frame : null);
  const { View: OwnView, Explain: OwnExplain } = parts;
  const View = ({ snapshot, ...rest }: ViewProps<SnapshotBase>) => {
    const frame = own(snapshot);
    return frame && <OwnView {...rest} snapshot={frame} />;
  };
  const Explain = ({ snapshot, ...rest }: ExplainProps<SnapshotBase>) => {
    const frame = own(snapshot);
    return frame && <OwnExplain {...rest} snapshot={frame} />;
  };
  const Compare = lazy(async () => {
    const [{ default: CompareView }, { default: kit }] = await Promise.all([import('../compare/CompareView'), parts.compare()]);
    // B's frame of the step on screen: its latest, or, while the timeline shows an earlier step, its own of that step
    const frameOfB = ({ compare, shownStep }: CompareProps) => (shownStep === null ? compare.snapshot : compare.timeline.atStep(shownStep)) ?? null;
    return {
      default: (props: CompareProps) => {
        const frame = frameOfB(props);
        return <CompareView {...props} snapshot={frame && own(frame)} kit={kit} />;
      },
    };
  });
  return { id: experiment.id, View, Explain, Compare };
}
