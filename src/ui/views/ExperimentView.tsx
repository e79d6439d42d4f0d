import type { Gaussian1dSnapshot } from '../../experiments/gaussian1d/snapshot';
import { useSession, useSessionState } from '../sessionContext';
import { Gaussian1dView } from './Gaussian1dView';

/** Picks the panels for the current experiment. */
export function ExperimentView() {
  const session = useSession();
  const { experiment, snapshot, params } = useSessionState();
  if (!snapshot) return <div className="view view-empty">Preparing the networks…</div>;
  switch (experiment.id) {
    case 'gaussian1d':
      return <Gaussian1dView snapshot={snapshot as Gaussian1dSnapshot} history={session.history} params={params} />;
    default:
      return <div className="view view-empty">No view for {experiment.id}.</div>;
  }
}
