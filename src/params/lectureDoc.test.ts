// docs/lecture.md is an instructor's script of links: every link in it must open what the script says — a known
// experiment, preset and lesson, no value the page would drop with a notice, a comparison the experiment accepts, and
// a trained start where it asks for one. A preset renamed or a trained start removed fails here, not in a lecture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPERIMENTS, findExperiment } from '../experiments/registry';
import { trainedStartFor } from '../experiments/trainedStarts';
import { findLesson } from '../lessons';
import { compareFromLink } from './compare';
import { parseQuery } from './url';

const doc = readFileSync(new URL('../../docs/lecture.md', import.meta.url), 'utf8');
/** Every `?key=value&…` link the script quotes in backticks. */
const links = [...doc.matchAll(/`(\?[^`\s]+)`/g)].map((m) => m[1]);

describe('docs/lecture.md', () => {
  it('quotes links', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  for (const link of links) {
    it(`${link} opens without a notice`, () => {
      const q = new URLSearchParams(link);
      const lesson = q.get('lesson');
      const lessonRecord = lesson === null ? undefined : findLesson(lesson);
      if (lesson !== null) expect(lessonRecord, `lesson ${lesson}`).toBeDefined();
      // as the page opens it (session/runSession.ts): the named experiment, else the lesson's, else the first
      const experimentId = q.get('experiment') ?? lessonRecord?.experiment ?? EXPERIMENTS[0].id;
      const experiment = findExperiment(experimentId);
      expect(experiment, `experiment ${experimentId}`).toBeDefined();
      const state = parseQuery(experiment!.schema, link);
      expect(state.notices).toEqual([]);
      if (q.get('preset') !== null) expect(state.preset).toBe(q.get('preset'));
      const compare = compareFromLink(experiment!.schema, state);
      if (compare !== null) expect(compare).toMatchObject({ ok: true });
      if (state.startTrained) expect(trainedStartFor(experimentId, state.preset), `trained start of ${state.preset}`).toBeDefined();
    });
  }
});
