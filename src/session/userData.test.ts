import { describe, expect, it } from 'vitest';
import type { Experiment, SnapshotBase } from '../engine/types';
import { LOCAL_DATA } from '../params/dataLink';
import { checkedUserData, userDataFromLink } from './userData';

/** An experiment taking 2-column rows whose x must be ≥ 0, and one taking no data. */
const takesPoints = {
  id: 'fake', title: 'Fake', summary: '', schema: { entries: [], presets: {}, defaultPreset: '' },
  create: () => Promise.reject(new Error('not used')),
  userData: {
    columns: 2, noun: 'points', minRows: 1, maxRows: 10, inUse: () => true,
    validate: (rows: number[][]) => {
      if (rows.some((r) => r[0] < 0)) throw new Error('x must be ≥ 0');
    },
  },
} satisfies Experiment<SnapshotBase>;
const takesNone: Experiment<SnapshotBase> = { ...takesPoints, userData: undefined, title: 'No data' };

describe('the user’s data on its way into a run', () => {
  it('from a link: rows it reads, a warning for what it cannot use, nothing changed then', () => {
    expect(userDataFromLink(takesPoints, '1,2;3,4').rows).toEqual([[1, 2], [3, 4]]);
    expect(userDataFromLink(takesNone, '1,2')).toEqual({ rows: null, warning: expect.stringContaining('No data takes no data') });
    expect(userDataFromLink(takesPoints, LOCAL_DATA)).toEqual({ rows: null, warning: expect.stringContaining('stayed on the computer') });
    expect(userDataFromLink(takesPoints, 'not rows')).toMatchObject({ rows: null, warning: expect.stringContaining('"points" was ignored') });
  });

  it('before a rebuild: rows that still pass are used; rows that fail are forgotten with a warning', () => {
    expect(checkedUserData(takesPoints, [[1, 2]])).toEqual({ use: [[1, 2]], rows: null, warning: null });
    expect(checkedUserData(takesPoints, [[-1, 2]])).toEqual({ use: undefined, rows: [], warning: 'Your data was not used: x must be ≥ 0' });
    expect(checkedUserData(takesNone, [[1, 2]]).use).toBeUndefined();
    expect(checkedUserData(takesPoints, []).use).toBeUndefined();
  });
});
