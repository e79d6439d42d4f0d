// A guided lesson: a short sequence of cards that drives the page (a preset, a run to a step, a panel to look at)
// around one idea. One file per lesson in this folder; index.ts lists them.

/** The panels a card can point at (their `data-panel` attribute). */
export const LESSON_PANELS = ['density', 'mapping', 'losses', 'divergence', 'scatter', 'heatmap', 'readout', 'samples', 'classes'] as const;
export type LessonPanelId = (typeof LESSON_PANELS)[number];

/** A question asked before a run: the student commits to an answer, then sees why. */
export interface Prediction {
  question: string;
  choices: string[];
  /** Index of the answer in `choices`. */
  answer: number;
  /** Shown once a choice is made, right or wrong. */
  why: string;
}

/** Train a preset of the lesson's experiment from step 0 (or on from where it is) and pause at step `to`. */
export interface LessonRun {
  preset: string;
  to: number;
}

export interface LessonCard {
  /** predict → run → look → what happened (explain). */
  kind: 'predict' | 'run' | 'look' | 'explain';
  title: string;
  text: string;
  predict?: Prediction;
  run?: LessonRun;
  /** The panel this card is about: outlined while the card is shown. */
  highlight?: LessonPanelId;
}

export interface Lesson {
  id: string;
  title: string;
  /** One sentence for the lesson picker. */
  summary: string;
  /** The experiment every card's preset belongs to. */
  experiment: string;
  cards: LessonCard[];
}
