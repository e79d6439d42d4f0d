import { useEffect, useState } from 'react';
import { findLesson, type LessonCard, type Prediction } from '../../lessons';
import { useSession, useSessionFields } from '../sessionContext';
import { useViewOptions } from '../teaching/viewOptions';
import { openLesson, runLessonCard } from './lessonActions';

/** Outlines the panel a card is about (its `data-panel`), while the card is shown. */
function useHighlight(panel: string | undefined): void {
  useEffect(() => {
    if (!panel) return;
    const marked = Array.from(document.querySelectorAll<HTMLElement>(`[data-panel="${panel}"]`));
    for (const el of marked) el.setAttribute('data-lesson-highlight', 'true');
    return () => marked.forEach((el) => el.removeAttribute('data-lesson-highlight'));
  }, [panel]);
}

function PredictionCard({ predict }: { predict: Prediction }) {
  const [chosen, setChosen] = useState<number | null>(null);
  return (
    <fieldset className="lesson-predict">
      <legend>{predict.question}</legend>
      {predict.choices.map((choice, i) => (
        <label key={choice}>
          <input type="radio" name="lesson-prediction" checked={chosen === i} onChange={() => setChosen(i)} /> {choice}
        </label>
      ))}
      {chosen !== null && (
        <p className="lesson-reveal" role="status">
          <strong>{chosen === predict.answer ? 'Yes.' : `Not quite: the answer is “${predict.choices[predict.answer]}”.`}</strong> {predict.why}
        </p>
      )}
    </fieldset>
  );
}

function RunCard({ card, experiment }: { card: LessonCard; experiment: string }) {
  const session = useSession();
  const { snapshot, playing, preset, experiment: current } = useSessionFields('snapshot', 'playing', 'preset', 'experiment');
  const run = card.run!;
  const here = current.id === experiment && preset === run.preset;
  const step = here ? (snapshot?.step ?? 0) : 0;
  const done = here && step >= run.to && !playing;
  const label = current.id === experiment ? (current.schema.presets[run.preset]?.label ?? run.preset) : run.preset;
  return (
    <div className="lesson-run">
      <button
        type="button" className="primary" disabled={here && playing}
        onClick={() => void runLessonCard(session, experiment, run).catch((e: Error) => session.notify(e.message, 'error'))}
      >
        {done ? `Run “${label}” again to step ${run.to.toLocaleString('en')}` : `Run “${label}” to step ${run.to.toLocaleString('en')}`}
      </button>
      <progress max={run.to} value={Math.min(step, run.to)} aria-label={`Lesson run: step ${step} of ${run.to}`} />
      <span className="lesson-run-status" aria-live="polite">
        {done ? `Paused at step ${step.toLocaleString('en')}.` : here && playing ? `Training… step ${step.toLocaleString('en')}` : ''}
      </span>
    </div>
  );
}

/** The open guided lesson (`lesson=` in the link): one card at a time, with Back and Next. */
export function LessonPanel() {
  const { lesson: open } = useViewOptions();
  const lesson = open ? findLesson(open.id) : undefined;
  const card = lesson && open ? lesson.cards[Math.min(open.card, lesson.cards.length - 1)] : undefined;
  useHighlight(card?.highlight);
  if (!lesson || !open || !card) return null;
  const index = lesson.cards.indexOf(card);
  const last = index === lesson.cards.length - 1;
  return (
    <section className="lesson" aria-label={`Lesson: ${lesson.title}`} data-lesson={lesson.id}>
      <header className="lesson-header">
        <span className="lesson-kicker">Lesson · card {index + 1} of {lesson.cards.length}</span>
        <h2>{lesson.title}</h2>
        <button type="button" className="lesson-close" aria-label="Close the lesson" title="Close the lesson" onClick={() => openLesson(null)}>×</button>
      </header>
      <h3 data-card-kind={card.kind}>{card.title}</h3>
      <p>{card.text}</p>
      {/* a new key per card: a prediction starts unanswered */}
      {card.predict && <PredictionCard key={`${lesson.id}:${index}`} predict={card.predict} />}
      {card.run && <RunCard card={card} experiment={lesson.experiment} />}
      <footer className="lesson-nav">
        <button type="button" disabled={index === 0} onClick={() => openLesson(lesson.id, index - 1)}>Back</button>
        {last ? (
          <button type="button" className="primary" onClick={() => openLesson(null)}>Finish</button>
        ) : (
          <button type="button" className="primary" onClick={() => openLesson(lesson.id, index + 1)}>Next</button>
        )}
      </footer>
    </section>
  );
}
