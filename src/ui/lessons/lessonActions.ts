import type { PlaygroundSession } from '../../session/session';
import type { LessonRun } from '../../lessons';
import { viewOptions } from '../teaching/viewOptions';

/**
 * A run card's button: the lesson's preset from step 0 (or on from where it stands, when that run is this preset's
 * and short of the step), paused by itself at step `to` through the `stopAt` control.
 */
export async function runLessonCard(session: PlaygroundSession, experiment: string, run: LessonRun): Promise<void> {
  const state = session.getState();
  const step = state.snapshot?.step ?? 0;
  const sameRun = state.experiment.id === experiment && state.preset === run.preset && step < run.to && state.divergedAt === null;
  if (!sameRun) await session.selectExperiment(experiment, run.preset);
  await session.setParams({ stopAt: run.to });
  session.play();
}

/** Opens a lesson at a card (null closes it). */
export function openLesson(id: string | null, card = 0): void {
  viewOptions.set({ lesson: id === null ? null : { id, card } });
}
