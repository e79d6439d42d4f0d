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
  // checked first by the form and the run: refused values change nothing
  const takeValues = async (rows: number[][]) => {
    await session.setData(rows);
    if (!empirical) await session.setParams({ target: 'empirical' });
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
          <button type="button" onClick={() => session.setParams({ target: 'gaussian' }).catch((e: Error) => session.notify(e.message, 'error'))}>
            Back to the Gaussian
          </button>
        </p>
      )}
      <DataLoader spec={spec} onRows={takeValues} />
    </div>
  );
}
