import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTrainedStart } from '../core/trainedStart';
import { EXPERIMENTS } from './registry';
import { TRAINED_DIR, TRAINED_STARTS, trainedStartFor } from './trainedStarts';

describe('the shipped trained starts', () => {
  it('has the ring', () => {
    expect(trainedStartFor('toy2d', 'ring8')).toBeDefined();
  });

  for (const entry of TRAINED_STARTS) {
    it(`${entry.experiment} ${entry.preset}: the file exists, decodes, and is that preset at step ${entry.steps} with its history`, () => {
      const path = new URL(`../../public/${TRAINED_DIR}/${entry.file}`, import.meta.url);
      expect(existsSync(path), entry.file).toBe(true);
      const start = decodeTrainedStart(readFileSync(path, 'utf8'));
      const { checkpoint } = start;
      expect(checkpoint.experiment).toBe(entry.experiment);
      expect(checkpoint.preset).toBe(entry.preset);
      expect(checkpoint.state.counters.step).toBe(entry.steps);
      const schema = EXPERIMENTS.find((e) => e.id === entry.experiment)!.schema;
      expect(Object.keys(schema.presets)).toContain(entry.preset);
      // the history spans the run: from its first chunk to the checkpoint's step
      expect(start.history.length).toBeGreaterThan(10);
      expect(start.history[0].step).toBeLessThan(entry.steps / 10);
      expect(start.history.at(-1)?.step).toBe(entry.steps);
      if (entry.experiment === 'mnist') expect(start.timeline.length).toBeGreaterThan(5);
    });
  }
});
