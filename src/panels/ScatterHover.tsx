import type { ScaleLinear } from 'd3-scale';
import { heatAt, nearestPoint } from './hover';

/** A sample counts as "under the pointer" within this many viewBox units of it. */
export const NEAREST_RADIUS = 14;

export interface ScatterProbe {
  at: [number, number];
  /** D(x) at the cursor from the heat grid, null when the D layer is off or outside the view. */
  d: number | null;
  nearest: { kind: 'real' | 'generated'; x: number; y: number } | null;
}

type Scale = ScaleLinear<number, number>;

/** What the plot shows at a point: D(x) there and the nearest visible sample close enough to mean "this one". */
export function probeScatter(
  at: [number, number], x: Scale, y: Scale,
  layers: { real: boolean; fake: boolean; heat: boolean },
  data: { real: Float64Array; fake: Float64Array; heat: Float32Array; heatCells: number; view: { x: [number, number]; y: [number, number] } },
): ScatterProbe {
  const px = x(at[0]);
  const py = y(at[1]);
  const candidates: { kind: 'real' | 'generated'; points: Float64Array }[] = [];
  if (layers.real) candidates.push({ kind: 'real', points: data.real });
  if (layers.fake) candidates.push({ kind: 'generated', points: data.fake });
  let nearest: ScatterProbe['nearest'] = null;
  let best = NEAREST_RADIUS;
  for (const c of candidates) {
    const hit = nearestPoint(c.points, px, py, x, y);
    if (hit && hit.distance <= best) {
      best = hit.distance;
      nearest = { kind: c.kind, x: c.points[2 * hit.index], y: c.points[2 * hit.index + 1] };
    }
  }
  const d = layers.heat ? heatAt(data.heat, data.heatCells, data.view, at[0], at[1]) : null;
  return { at, d, nearest };
}

export function probeText(p: ScatterProbe): string {
  const parts = [`x ${p.at[0].toFixed(2)}, y ${p.at[1].toFixed(2)}`];
  if (p.d !== null) parts.push(`D(x) = ${p.d.toFixed(3)}`);
  if (p.nearest) parts.push(`${p.nearest.kind} sample at (${p.nearest.x.toFixed(2)}, ${p.nearest.y.toFixed(2)})`);
  return parts.join(' · ');
}

/** Crosshair at the probe and a ring around the sample it names. */
export function ScatterHoverMarks({ probe, x, y }: { probe: ScatterProbe; x: Scale; y: Scale }) {
  return (
    <g className="hover" pointerEvents="none">
      <circle cx={x(probe.at[0])} cy={y(probe.at[1])} r={4} fill="none" stroke="currentColor" strokeWidth={1.5} />
      {probe.nearest && (
        <circle cx={x(probe.nearest.x)} cy={y(probe.nearest.y)} r={7} fill="none" stroke="currentColor" strokeWidth={2} />
      )}
    </g>
  );
}
