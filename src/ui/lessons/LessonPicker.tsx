import { LESSONS } from '../../lessons';
import { useViewOptions } from '../teaching/viewOptions';
import { openLesson } from './lessonActions';

/** Opens a guided lesson (the same as a `lesson=` link). */
export function LessonPicker() {
  const { lesson } = useViewOptions();
  return (
    <label className="lesson-picker" title="Guided lessons: predict, run, look, and see what happened">
      Lesson{' '}
      <select data-control="lesson" value={lesson?.id ?? ''} onChange={(e) => openLesson(e.target.value || null)}>
        <option value="">None</option>
        {LESSONS.map((l) => (
          <option key={l.id} value={l.id} title={l.summary}>{l.title}</option>
        ))}
      </select>
    </label>
  );
}
