// The user's own data (rows of numbers) on its way into a run: from a link's `points` key, and checked again before
// a rebuild uses it. Each answer says what to keep and what to tell the user; nothing here changes the session.
import type { Experiment, SnapshotBase } from '../engine/types';
import { LOCAL_DATA, MAX_LINK_POINTS, rowsFromLink } from '../params/dataLink';

/** What to do with the data: the rows to keep (null: keep what there is), and a warning to show, if any. */
export interface UserDataVerdict {
  rows: number[][] | null;
  warning: string | null;
}

/** The `points` link key: the user's data, if this experiment takes data and the text reads as rows. */
export function userDataFromLink(experiment: Experiment<SnapshotBase>, text: string): UserDataVerdict {
  const spec = experiment.userData;
  if (!spec) return { rows: null, warning: `"points" was ignored: ${experiment.title} takes no data of your own.` };
  if (text === LOCAL_DATA) {
    return {
      rows: null,
      warning:
        `This link was made with ${spec.noun} of your own that stayed on the computer that made it ` +
        `(a link carries at most ${MAX_LINK_POINTS}): load them again with "Use your own data…".`,
    };
  }
  try {
    return { rows: rowsFromLink(text, spec.columns), warning: null };
  } catch (e) {
    return { rows: null, warning: `"points" was ignored: ${e instanceof Error ? e.message : String(e)}.` };
  }
}

/**
 * The data a rebuild of `experiment` trains on: the rows when the experiment takes data and they still pass its
 * checks; otherwise none, and rows [] (forget them) with a warning when they fail.
 */
export function checkedUserData(experiment: Experiment<SnapshotBase>, rows: number[][]): { use: number[][] | undefined } & UserDataVerdict {
  if (!rows.length || !experiment.userData) return { use: undefined, rows: null, warning: null };
  try {
    experiment.userData.validate(rows);
    return { use: rows, rows: null, warning: null };
  } catch (e) {
    return { use: undefined, rows: [], warning: `Your data was not used: ${e instanceof Error ? e.message : String(e)}` };
  }
}
