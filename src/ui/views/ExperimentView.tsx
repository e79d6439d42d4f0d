import { lazy, Suspense, useEffect } from 'react';
import type { Gaussian1dSnapshot } from '../../experiments/gaussian1d/snapshot';
import { useSession, useSessionState } from '../sessionContext';
import { useViewOptions } from '../teaching/viewOptions';
import { Gaussian1dView } from './Gaussian1dView';
import type { Toy2dSnapshot } from '../../experiments/toy2d/snapshot';
import type { MnistSnapshot } from '../../experiments/mnist/snapshot';
import type { CompareParts } from './compareParts';
import { announcePanelsMounted } from './panelsMounted';

/** The 2-D and MNIST panels load when their experiment is first opened (the page opens on the 1-D one). */
const Toy2dView = lazy(() => import('./Toy2dView').then((m) => ({ default: m.Toy2dView })));
const MnistView = lazy(() => import('./MnistView').then((m) => ({ default: m.MnistView })));

/** Run B's panels, loaded when a comparison first runs. */
const CompareView = lazy(() => import('../compare/CompareView'));

/** Mounted beside an experiment's panels, inside the same Suspense: says when they are on the page. */
function PanelsMounted({ experiment }: { experiment: string }) {
  useEffect(announcePanelsMounted, [experiment]);
  return null;
}

/** Picks the panels for the current experiment; draws a timeline snapshot instead of the live one when scrubbing. */
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
  const view = (parts?: CompareParts) => {
    switch (experiment.id) {
      case 'gaussian1d':
        return <Gaussian1dView snapshot={snapshot as Gaussian1dSnapshot} history={session.history} params={params} session={session} marker={marker} compare={parts} />;
      case 'toy2d':
        return <Toy2dView snapshot={snapshot as Toy2dSnapshot} history={session.history} params={params} session={session} marker={marker} compare={parts} />;
      case 'mnist':
        return <MnistView snapshot={snapshot as MnistSnapshot} history={session.history} params={params} marker={marker} compare={parts} />;
      default:
        return <div className="view view-empty">No view for {experiment.id}.</div>;
    }
  };
  const loading = <div className="view view-empty">Loading the panels…</div>;
  if (!compare) return <Suspense fallback={loading}>{view()}<PanelsMounted experiment={experiment.id} /></Suspense>;
  // run B's frame is of the live step: while the timeline shows an earlier one, B's curves over time stay, its frame does not
  return (
    <Suspense fallback={loading}>
      <Suspense fallback={view()}>
        <CompareView compare={compare} experiment={experiment.id} live={!scrubbed} view={view} />
      </Suspense>
      <PanelsMounted experiment={experiment.id} />
    </Suspense>
  );
}
