import { Suspense, useEffect } from 'react';
import { useSession, useSessionState } from '../sessionContext';
import { useViewOptions } from '../teaching/viewOptions';
import { findExperimentUi } from '../../experiments/uiRegistry';
import type { CompareParts } from './compareParts';
import { announcePanelsMounted } from './panelsMounted';

/** Mounted beside an experiment's panels, inside the same Suspense: says when they are on the page. */
function PanelsMounted({ experiment }: { experiment: string }) {
  useEffect(announcePanelsMounted, [experiment]);
  return null;
}

/** Draws the current experiment's panels (with run B's parts while comparing); draws a timeline snapshot instead of the live one when scrubbing. */
export function ExperimentView() {
  const session = useSession();
  const { experiment, snapshot: live, params, playing, error, compare } = useSessionState();
  const { timelineIndex } = useViewOptions();
  // Each new live frame committed to the panels is one redraw that reached the screen (getStatus().fps).
  useEffect(() => {
    if (live) session.noteDrawn(live.step);
  }, [session, live]);
  const scrubbed = (!playing && timelineIndex !== null && session.timeline.at(timelineIndex)) || null;
  const snapshot = scrubbed || live;
  // The metric charts keep the whole run and mark the step being viewed.
  const marker = scrubbed ? scrubbed.step : null;
  if (!snapshot && error) return <div className="view view-empty view-error" role="alert">{error}</div>;
  if (!snapshot) return <div className="view view-empty">Preparing the networks…</div>;
  // the experiment's own panels (experiments/<id>/ui.tsx); those not in the first load are lazy and suspend here
  const ui = findExperimentUi(experiment.id);
  if (!ui) return <div className="view view-empty">No view for {experiment.id}.</div>;
  const view = (parts?: CompareParts) => (
    <ui.View snapshot={snapshot} history={session.history} params={params} session={session} marker={marker} compare={parts} />
  );
  const loading = <div className="view view-empty">Loading the panels…</div>;
  if (!compare) return <Suspense fallback={loading}>{view()}<PanelsMounted experiment={experiment.id} /></Suspense>;
  // while the timeline shows an earlier step, run B is drawn at that step too (from its own timeline)
  return (
    <Suspense fallback={loading}>
      <Suspense fallback={view()}>
        <ui.Compare compare={compare} shownStep={marker} view={view} />
      </Suspense>
      <PanelsMounted experiment={experiment.id} />
    </Suspense>
  );
}
