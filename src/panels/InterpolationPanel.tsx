import { DigitCanvas } from './DigitCanvas';
import { DigitGridHover } from './DigitGridHover';

/** G along a straight line z_a → z_b: a smooth morph means G has learned a continuous map, not a lookup table. */
export function InterpolationPanel({ pixels, count }: { pixels: Float32Array; count: number }) {
  return (
    <figure className="panel" data-panel="interpolation" aria-label="Interpolation between two z">
      <figcaption>Walking in z: G((1 − t)·z_a + t·z_b), t from 0 to 1</figcaption>
      <DigitGridHover name="interpolation" what="digit" count={count} columns={count} scores={null} detail={(i) => `t = ${(i / Math.max(1, count - 1)).toFixed(2)}`}>
        <DigitCanvas pixels={pixels} count={count} columns={count} cellSize={40} label="Digits along a line between two noise vectors" />
      </DigitGridHover>
    </figure>
  );
}
