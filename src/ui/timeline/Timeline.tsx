import { useSession, useThrottledSessionState } from '../sessionContext';
import { useViewOptions, viewOptions } from '../teaching/viewOptions';

/** A slider back through the run's kept snapshots; the panels draw the chosen one until "Live" is pressed. */
export function Timeline() {
  const session = useSession();
  // the timeline grows with the run: its slider follows four times a second
  const { playing } = useThrottledSessionState(250);
  const options = useViewOptions();
  const timelineIndex = playing ? null : options.timelineIndex;
  const n = session.timeline.length;
  if (n < 2) return null;
  const index = timelineIndex === null ? n - 1 : Math.min(timelineIndex, n - 1);
  const shown = session.timeline.at(index);
  return (
    <div className="timeline" data-control="timeline">
      <label htmlFor="timeline-slider">Timeline</label>
      <input
        id="timeline-slider" type="range" min={0} max={n - 1} step={1} value={index}
        aria-valuetext={`step ${shown?.step ?? 0}`}
        onChange={(e) => {
          session.pause();
          viewOptions.set({ timelineIndex: Number(e.target.value) });
        }}
      />
      <span data-status="timeline-step">
        {timelineIndex === null ? 'live' : `viewing step ${shown?.step ?? 0}`}
      </span>
      <button type="button" data-action="timeline-live" disabled={timelineIndex === null} onClick={() => viewOptions.set({ timelineIndex: null })}>
        Live
      </button>
    </div>
  );
}
