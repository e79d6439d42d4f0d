import { describe, expect, it } from 'vitest';
import { findLesson, LESSONS, lessonLinkKeys, parseLessonLink } from './index';
import { LESSON_PANELS } from './types';
import { EXPERIMENTS } from '../experiments/registry';

describe('the guided lessons', () => {
  it('has at least four, with unique ids, each a predict → run → look → explain sequence', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(4);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      const kinds = lesson.cards.map((c) => c.kind);
      expect(kinds[0], lesson.id).toBe('predict');
      expect(kinds.at(-1), lesson.id).toBe('explain');
      for (const k of ['run', 'look'] as const) expect(kinds, lesson.id).toContain(k);
    }
  });

  it('drives only presets that exist in its experiment, to steps a stopAt accepts, and points at known panels', () => {
    for (const lesson of LESSONS) {
      const experiment = EXPERIMENTS.find((e) => e.id === lesson.experiment);
      expect(experiment, lesson.id).toBeDefined();
      const stopAt = experiment!.schema.entries.find((e) => e.key === 'stopAt');
      expect(stopAt?.kind, lesson.id).toBe('number');
      for (const card of lesson.cards) {
        if (card.run) {
          expect(Object.keys(experiment!.schema.presets), `${lesson.id}: ${card.title}`).toContain(card.run.preset);
          expect(card.run.to).toBeGreaterThan(0);
          if (stopAt?.kind === 'number') expect(card.run.to).toBeLessThanOrEqual(stopAt.max);
        }
        if (card.kind === 'run') expect(card.run, card.title).toBeDefined();
        if (card.predict) {
          expect(card.predict.answer).toBeGreaterThanOrEqual(0);
          expect(card.predict.answer).toBeLessThan(card.predict.choices.length);
        }
        if (card.highlight) expect(LESSON_PANELS).toContain(card.highlight);
      }
    }
  });

  it('reads lesson links: id and 1-based card, refusing unknown lessons and cards with a notice', () => {
    const notices: string[] = [];
    expect(parseLessonLink(null, null, notices)).toBeNull();
    expect(parseLessonLink('saturating', null, notices)).toEqual({ lesson: findLesson('saturating'), card: 0 });
    expect(parseLessonLink('saturating', '3', notices)?.card).toBe(2);
    expect(notices).toEqual([]);
    expect(parseLessonLink('nope', '2', notices)).toBeNull();
    expect(notices[0]).toMatch(/Unknown lesson "nope".*dStar/);
    expect(parseLessonLink('dStar', '99', notices)?.card).toBe(0);
    expect(parseLessonLink('dStar', '1.5', notices)?.card).toBe(0);
    expect(notices).toHaveLength(3);
    expect(notices[1]).toMatch(/Card "99".*1–5/);
  });

  it('writes the link keys back: card only past the first', () => {
    expect(lessonLinkKeys(null)).toEqual([]);
    expect(lessonLinkKeys({ id: 'dStar', card: 0 })).toEqual([['lesson', 'dStar']]);
    expect(lessonLinkKeys({ id: 'dStar', card: 2 })).toEqual([['lesson', 'dStar'], ['card', '3']]);
    const notices: string[] = [];
    const [[, id], [, card]] = lessonLinkKeys({ id: 'modeCollapse', card: 3 });
    expect(parseLessonLink(id, card, notices)?.card).toBe(3);
  });
});
