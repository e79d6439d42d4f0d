import type { ScaleLinear } from 'd3-scale';

interface Props {
  step: number;
  x: ScaleLinear<number, number>;
  height: number;
}

/** A vertical rule at the step the timeline is showing, so the curves say where in the run that frame sits. */
export function ScrubMarker({ step, x, height }: Props) {
  const px = x(step);
  if (!Number.isFinite(px)) return null;
  return (
    <g className="scrub-marker" data-marker-step={step} pointerEvents="none">
      <line x1={px} x2={px} y1={0} y2={height} stroke="currentColor" strokeWidth={2} strokeDasharray="6 3" />
      <text x={px + 4} y={height - 6} fontSize={11} fill="currentColor">{`timeline: step ${step}`}</text>
    </g>
  );
}
