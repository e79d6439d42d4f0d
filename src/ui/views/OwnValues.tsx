import { DataLoader } from '../data/DataLoader';
import { MAX_LINK_POINTS } from '../../params/dataLink';
import { useSessionFields } from '../sessionContext';
import type { Params } from '../../params/schema';
import type { PlaygroundSession } from '../../session/session';

interface Props {
  session: PlaygroundSession;
  params: Params;
  /** The empirical target is chosen and there are no values yet. */
  waiting: boolean;
}

/**
 * The 1-D experiment's own-data line: "Use your own data…" (values pasted or uploaded become the empirical target),
 * and while that target is chosen, how many values it has, whether the link carries them, and the way back.
 */
export function OwnValues({ session, params, waiting }: Props) {
  const { experiment, userData } = useSessionFields('experiment', 'userData');
  const spec = experiment.userData;
  if (!spec) return null;
  const empirical = params.target === 'empirical';
  // checked first (the run's own checks): refused values change nothing. The target is chosen before the values
  // arrive, so that setData's frame already draws them (a live parameter alone redraws at the next step).
  const takeValues = async (rows: number[][]) => {
    spec.validate(rows);
    if (!empirical) await session.setParams({ target: 'empirical' });
    await session.setData(rows);
  };
  const backToGaussian = async () => {
    await session.setParams({ target: 'gaussian' });
    if (!session.getState().playing) await session.step(0); // redraw the panels now
  };
  const count = userData.length;
  return (
    <div className="own-data">
      {empirical && (
        <p className="hint" data-panel="data-hint">
          {waiting ? 'No values of your own yet: training waits until you bring some. ' : `p_data: your ${count} values (a histogram, and their KDE). `}
          {count > MAX_LINK_POINTS && (
            <span data-status="data-local">These {count} values stay on this computer: a link carries at most {MAX_LINK_POINTS}. </span>
          )}
          <button type="button" onClick={() => backToGaussian().catch((e: Error) => session.notify(e.message, 'error'))}>
            Back to the Gaussian
          </button>
        </p>
      )}
      <DataLoader spec={spec} onRows={takeValues} />
    </div>
  );
}
