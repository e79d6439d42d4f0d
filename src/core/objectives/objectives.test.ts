import { describe, expect, it } from 'vitest';
import { fastPathGap, OBJECTIVES } from './index';
import { AUTODIFF_ONLY_IDS, FAST_PATH_OBJECTIVE_IDS } from './types';

describe('the objective registry', () => {
  it('lists as autodiff-only exactly the objectives whose records lack what the fast paths need', () => {
    const lacking = OBJECTIVES.filter((o) => fastPathGap(o) !== null).map((o) => o.id);
    expect([...AUTODIFF_ONLY_IDS].sort()).toEqual(lacking.sort());
    expect(FAST_PATH_OBJECTIVE_IDS.length + AUTODIFF_ONLY_IDS.length).toBe(OBJECTIVES.length);
  });
});
