import { useEffect, useRef, useState } from 'react';
import { frameIndexAtStep } from './gridTimeline';
import { DigitCanvas } from './DigitCanvas';
import { DigitGridHover } from './DigitGridHover';
import { DigitPicker, RowLabels } from './DigitPicker';

const PIXELS = 784;

export interface SamplesPanelProps {
  step: number;
  /** The live grid of G(z) for the fixed z, `columns` digits a row, in [0, 1]. */
  grid: Float32Array;
  columns: number;
  /** A conditional GAN's digit per row (labelled beside the grid), or null. */
  rowLabels?: readonly number[] | null;
  /** The conditional grid's digit picker: the current choice ('all' or '0'…'9') and how to change it. */
  digit?: { value: string; onPick: (digit: string) => void };
  /** As many real digits, for comparison. */
  real: Float32Array;
  /** D(x) of each live grid digit and of each real digit. */
  dGrid: Float32Array;
  dReal: Float32Array;
  /** Saved grids (pixels 0…255), oldest first. */
  timeline: readonly { step: number; pixels: Uint8Array }[];
  /** Told the step of the saved grid being looked at, or null when back to live. */
  onPick?: (step: number | null) => void;
  /**
   * The step of the grid picked in another panel (run B's grid follows run A's pick: its own saved grid of that
   * step, or the newest before it); null: back to live. This panel's own slider still moves it afterwards.
   */
  follow?: number | null;
}

/** G's samples for a fixed z, real digits beside them, and a timeline of earlier grids to scrub through. */
export function SamplesPanel({ step, grid, columns, rowLabels, digit, real, dGrid, dReal, timeline, onPick, follow }: SamplesPanelProps) {
  // null: follow the live grid; a number: the timeline frame being looked at.
  const [picked, setPicked] = useState<number | null>(null);
  // a new pick in the panel followed (not a new saved grid here: that would undo this panel's own pick)
  const timelineNow = useRef(timeline);
  timelineNow.current = timeline;
  useEffect(() => {
    if (follow !== undefined) setPicked(follow === null ? null : frameIndexAtStep(timelineNow.current, follow));
  }, [follow]);
  const frame = picked !== null && picked < timeline.length ? timeline[picked] : null;
  const count = grid.length / PIXELS;
  const side = columns;
  // a saved frame keeps the rows it was drawn with; the labels are the live grid's, so they show with it only
  const labels = rowLabels && !frame ? <RowLabels labels={rowLabels} cellSize={30} /> : null;
  const pickedStep = frame ? frame.step : null;
  useEffect(() => onPick?.(pickedStep), [pickedStep, onPick]);
  return (
    <figure className="panel panel-samples" data-panel="samples" aria-label="Generated and real digits">
      <figcaption>
        {rowLabels ? 'Samples G(z | digit), one row per digit asked for,' : 'Samples G(z)'} for a fixed z{' '}
        {frame ? `— step ${frame.step} (timeline)` : `— step ${step}`}
      </figcaption>
      {digit && rowLabels && <DigitPicker value={digit.value} onPick={digit.onPick} />}
      <div className="digit-pair">
        <div className={labels ? 'labelled-grid' : undefined}>
          {labels}
          <DigitGridHover name="samples" what="generated sample" count={count} columns={side} scores={frame ? null : dGrid}>
            {frame ? (
              <DigitCanvas className="sample-grid" pixels={frame.pixels} max={255} count={count} columns={side} cellSize={30} label={`Generated digits at step ${frame.step}`} />
            ) : (
              <DigitCanvas className="sample-grid" pixels={grid} count={count} columns={side} cellSize={30} label={`Generated digits at step ${step}`} />
            )}
          </DigitGridHover>
          <div className="hint">generated</div>
        </div>
        <div>
          <DigitGridHover name="real" what="real digit" count={count} columns={side} scores={dReal}>
            <DigitCanvas className="real-grid" pixels={real} count={count} columns={side} cellSize={30} label="Real held-out MNIST digits" />
          </DigitGridHover>
          <div className="hint">real (held out)</div>
        </div>
      </div>
      <label className="timeline">
        {/* not "Timeline": the page's own timeline slider above moves every panel, this one only the digit grid */}
        Earlier grids ({timeline.length} saved)
        <input
          type="range"
          data-control="timeline"
          min={0}
          max={timeline.length}
          step={1}
          value={frame ? picked! : timeline.length}
          aria-valuetext={frame ? `step ${frame.step}` : 'live'}
          onChange={(e) => {
            const i = Number(e.target.value);
            setPicked(i >= timeline.length ? null : i);
          }}
        />
        <span>{frame ? `step ${frame.step}` : 'live'}</span>
        {frame && <button type="button" onClick={() => setPicked(null)}>Back to live</button>}
      </label>
      <div className="timeline-strip" aria-label="Saved grids">
        {timeline.map((f, i) => (
          <button key={f.step} type="button" className={i === picked ? 'picked' : ''} title={`step ${f.step}`} onClick={() => setPicked(i)}>
            <DigitCanvas pixels={f.pixels.subarray(0, 4 * 784)} max={255} count={4} columns={2} cellSize={14} label={`step ${f.step}`} />
          </button>
        ))}
      </div>
    </figure>
  );
}
