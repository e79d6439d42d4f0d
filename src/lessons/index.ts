// Every guided lesson, in the order the lesson picker lists them. A new lesson is one file plus one line here.
import { dStar } from './dStar';
import { modeCollapse } from './modeCollapse';
import { saturating } from './saturating';
import { wasserstein } from './wasserstein';
import type { Lesson } from './types';

export type { Lesson, LessonCard, LessonPanelId, LessonRun, Prediction } from './types';

export const LESSONS: readonly Lesson[] = [dStar, saturating, modeCollapse, wasserstein];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** Where a lesson link opens: the lesson and its card (0-based). */
export interface LessonPlace {
  lesson: Lesson;
  card: number;
}

/**
 * Reads the `lesson` link key (`lesson=<id>`, optionally `card=<n>`, 1-based): an unknown id or a card out of range
 * adds a notice and is dropped (the card then starts at 1).
 */
export function parseLessonLink(id: string | null, card: string | null, notices: string[]): LessonPlace | null {
  if (id === null) return null;
  const lesson = findLesson(id);
  if (!lesson) {
    const known = LESSONS.map((l) => l.id).join(', ');
    notices.push(`Unknown lesson "${id.length > 40 ? id.slice(0, 40) + '…' : id}" was ignored; the lessons are ${known}.`);
    return null;
  }
  if (card === null) return { lesson, card: 0 };
  const n = Number(card);
  if (!Number.isInteger(n) || n < 1 || n > lesson.cards.length) {
    notices.push(`Card "${card.slice(0, 20)}" of the lesson "${lesson.title}" does not exist (1–${lesson.cards.length}); it opens at card 1.`);
    return { lesson, card: 0 };
  }
  return { lesson, card: n - 1 };
}

/** The link keys of a lesson place: `lesson=<id>`, and `card=<n>` past the first card. */
export function lessonLinkKeys(place: { id: string; card: number } | null): [string, string][] {
  if (!place) return [];
  return place.card > 0 ? [['lesson', place.id], ['card', String(place.card + 1)]] : [['lesson', place.id]];
}
