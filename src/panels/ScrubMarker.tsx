import type { ScaleLinear } from 'd3-scale';

interface Props {
  step: number;
  x: ScaleLinear<number, number>;
  width: number;
  height: number;
}

/** A vertical rule at the step the timeline is showing, so the curves say where in the run that frame sits. */
export function ScrubMarker({ step, x, width, height }: Props) {
  const px = x(step);
  if (!Number.isFinite(px)) return null;
  return (
    <g className="scrub-marker" data-marker-step={step} pointerEvents="none">
      <line x1={px} x2={px} y1={0} y2={height} stroke="currentColor" strokeWidth={2} strokeDasharray="6 3" />
      <text x={px > width - 120 ? px - 4 : px + 4} y={height - 6} textAnchor={px > width - 120 ? 'end' : 'start'} fontSize={11} fill="currentColor">
        {`timeline: step ${step}`}
      </text>
    </g>
  );
}
