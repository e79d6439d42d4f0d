import type { ScaleLinear } from 'd3-scale';
import type { Series } from './LineChart';

/** Index of the recorded step nearest `step` (steps are increasing). */
export function nearestIndex(steps: readonly number[], step: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] < step) lo = mid;
    else hi = mid;
  }
  return Math.abs(steps[lo] - step) <= Math.abs(steps[hi] - step) ? lo : hi;
}

interface Props {
  step: number;
  series: readonly Series[];
  x: ScaleLinear<number, number>;
  width: number;
  height: number;
}

/** A vertical rule at the hovered step and each series' value there. */
export function HoverReadout({ step, series, x, width, height }: Props) {
  const withData = series.filter((s) => s.steps.length > 0);
  if (!withData.length) return null;
  const first = withData[0];
  const at = first.steps[nearestIndex(first.steps, step)];
  const px = x(at);
  const tx = Math.min(px + 6, width - 170);
  return (
    <g className="chart-hover" pointerEvents="none" data-hover-step={at}>
      <line x1={px} x2={px} y1={0} y2={height} stroke="currentColor" strokeOpacity={0.4} />
      <text x={tx} y={14} fontSize={11} fill="currentColor">{`step ${at}`}</text>
      {withData.map((s, k) => (
        <text key={s.label} x={tx} y={28 + 14 * k} fontSize={11} fill={s.stroke}>
          {`${s.label} ${s.values[nearestIndex(s.steps, step)].toFixed(4)}`}
        </text>
      ))}
    </g>
  );
}
