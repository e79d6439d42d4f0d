import { trainedStartFor } from '../experiments/trainedStarts';
import { useSession, useSessionFields } from './sessionContext';

/** "Start from trained": shown for presets that ship a trained checkpoint (the same as `start=trained`). */
export function TrainedStartButton() {
  const session = useSession();
  const { experiment, preset, progress } = useSessionFields('experiment', 'preset', 'progress');
  const entry = trainedStartFor(experiment.id, preset);
  if (!entry) return null;
  return (
    <button
      type="button" data-action="start-trained" disabled={progress !== null}
      title={`Open this preset at a model the playground trained for ${entry.steps.toLocaleString('en')} steps, with its whole history`}
      onClick={() => void session.startFromTrained().catch((e: Error) => session.notify(e.message, 'error'))}
    >
      Start from trained ({entry.steps.toLocaleString('en')} steps)
    </button>
  );
}
