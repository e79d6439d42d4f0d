import type { PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { Axis } from './Axis';
import { Legend } from './Legend';
import { finiteExtent, innerHeight, innerWidth, makeFrame } from './frame';
import { HoverReadout, nearestIndex } from './HoverReadout';
import { ScrubMarker } from './ScrubMarker';
import { useHoverIndex } from './useHoverIndex';

export interface Series {
  label: string;
  steps: number[];
  values: number[];
  stroke: string;
  dash?: string;
  width?: number;
}

export interface ReferenceLine {
  label: string;
  value: number;
  stroke: string;
}

export interface LineChartProps {
  panel: string;
  title: string;
  series: Series[];
  references?: ReferenceLine[];
  yLabel: string;
  /** Values are clipped to this range so one spike does not flatten the rest. */
  clip?: [number, number];
  /** The step the timeline is showing, marked by a vertical rule; null or absent when live. */
  marker?: number | null;
}

const frame = makeFrame(640, 220);

/** Metric curves over training steps, with labelled horizontal reference lines. */
export function LineChart({ panel, title, series, references = [], yLabel, clip, marker = null }: LineChartProps) {
  const w = innerWidth(frame);
  const h = innerHeight(frame);
  // The marked step widens the axis when it precedes the first recorded point (e.g. the step-0 frame).
  const allSteps = [...series.flatMap((s) => s.steps), ...(marker !== null ? [marker] : [])];
  const stepExtent = finiteExtent(allSteps) ?? [0, 1];
  const clipV = (v: number) => (clip ? Math.min(clip[1], Math.max(clip[0], v)) : v);
  const valueExtent = finiteExtent([...series.flatMap((s) => s.values.map(clipV)), ...references.map((r) => r.value)]) ?? [0, 1];
  const pad = (valueExtent[1] - valueExtent[0]) * 0.08 || 0.5;
  const x = scaleLinear().domain([stepExtent[0], Math.max(stepExtent[1], stepExtent[0] + 1)]).range([0, w]);
  const y = scaleLinear().domain([valueExtent[0] - pad, valueExtent[1] + pad]).range([h, 0]).nice();
  // The read-out follows the recorded steps of the first series with data (the pointer snaps to the nearest one).
  const steps = series.find((s) => s.steps.length > 0)?.steps ?? [];
  const { index: hover, setIndex, focusProps } = useHoverIndex(steps.length);
  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (steps.length) setIndex(nearestIndex(steps, x.invert(((e.clientX - box.left) / box.width) * w)));
  };
  return (
    <figure className="panel" data-panel={panel} aria-label={title}>
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" className="focusable-chart"
        aria-label={`${title} chart; arrow keys read out one recorded step at a time`} {...focusProps}
      >
        <g transform={`translate(${frame.margin.left},${frame.margin.top})`}>
          {references.map((r) => (
            <g key={r.label}>
              <line x1={0} x2={w} y1={y(r.value)} y2={y(r.value)} stroke={r.stroke} strokeDasharray="3 3" />
              <text x={w - 4} y={y(r.value) - 4} textAnchor="end" fontSize={10} fill={r.stroke}>{r.label}</text>
            </g>
          ))}
          {series.map((s) => {
            const idx = s.steps.map((_, i) => i);
            const d = d3line<number>().x((i) => x(s.steps[i])).y((i) => y(clipV(s.values[i])))(idx) ?? '';
            return (
              <path key={s.label} className="series" d={d} fill="none" stroke={s.stroke} strokeWidth={s.width ?? 1.8} strokeDasharray={s.dash} />
            );
          })}
          <Axis scale={x} orient="bottom" at={h} label="training step" ticks={6} />
          <Axis scale={y} orient="left" at={0} ticks={5} label={yLabel} />
          {marker !== null && <ScrubMarker step={marker} x={x} width={w} height={h} />}
          {hover !== null && <HoverReadout step={steps[hover]} series={series} x={x} width={w} height={h} />}
          <rect
            className="hover-target" width={w} height={h} fill="transparent"
            onPointerMove={onMove} onPointerLeave={() => setIndex(null)}
          />
        </g>
      </svg>
      <Legend items={series.map((s) => ({ label: s.label, stroke: s.stroke, dash: s.dash, width: s.width }))} />
    </figure>
  );
}
