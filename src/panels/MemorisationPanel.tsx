import { DigitCanvas } from './DigitCanvas';
import { DigitGridHover } from './DigitGridHover';

export interface MemorisationPanelProps {
  step: number;
  count: number;
  samples: Float32Array;
  nearest: Float32Array;
  distances: number[];
}

/** Each sample above its nearest training digit (L2): identical pairs would mean G copies instead of generalising. */
export function MemorisationPanel({ step, count, samples, nearest, distances }: MemorisationPanelProps) {
  return (
    <figure className="panel" data-panel="memorisation" aria-label="Nearest training digits">
      <figcaption>Memorisation check <span className="hint">(step {step})</span></figcaption>
      <div className="digit-pair">
        <div>
          <DigitGridHover name="memorisation" what="sample" count={count} columns={count} scores={null} detail={(i) => `L2 distance to its nearest training digit ${distances[i]?.toFixed(2) ?? '—'}`}>
            <DigitCanvas pixels={samples} count={count} columns={count} cellSize={40} label="Generated samples" />
          </DigitGridHover>
          <div className="hint">samples</div>
          <DigitCanvas pixels={nearest} count={count} columns={count} cellSize={40} label="Their nearest training digits" />
          <div className="hint">nearest of the 9,000 training digits · L2 distance {distances.map((d) => d.toFixed(1)).join(', ')}</div>
        </div>
      </div>
    </figure>
  );
}
