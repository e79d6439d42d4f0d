import { describe, expect, it } from 'vitest';
import { choosePanel, exportStem, offeredPanel } from './exportNames';

describe('export names while comparing', () => {
  it("offers run B's panels as '<panel> (B)' and reads the choice back", () => {
    expect(offeredPanel('samples', true)).toBe('samples (B)');
    expect(offeredPanel('samples', false)).toBe('samples');
    expect(choosePanel('samples (B)')).toEqual({ panel: 'samples', runB: true });
    expect(choosePanel('density')).toEqual({ panel: 'density', runB: false });
  });

  it('names the run in every file while comparing, and nothing more otherwise', () => {
    expect(exportStem('mnist', 'samples', 'B', 120)).toBe('mnist-samples-B-step-120');
    expect(exportStem('mnist', 'metrics', 'A', 120)).toBe('mnist-metrics-A-step-120');
    expect(exportStem('toy2d', 'scatter', null, 3)).toBe('toy2d-scatter-step-3');
  });
});
