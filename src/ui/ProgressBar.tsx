import { useSessionFields } from './sessionContext';

/** Shown while a run is being prepared (pre-training, loading data). */
export function ProgressBar() {
  const { progress } = useSessionFields('progress');
  if (!progress) return null;
  const pct = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <div className="progress" data-testid="progress">
      <label>
        {progress.label}… {pct}%
        <progress max={progress.total} value={progress.done} />
      </label>
    </div>
  );
}
