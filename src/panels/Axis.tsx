import type { ScaleLinear } from 'd3-scale';

interface AxisProps {
  scale: ScaleLinear<number, number>;
  orient: 'bottom' | 'left' | 'right' | 'top';
  /** Position of the axis line: y for horizontal axes, x for vertical ones. */
  at: number;
  ticks?: number;
  label?: string;
  format?: (v: number) => string;
}

/** A D3-scaled axis drawn as SVG by React (ticks from scale.ticks, labels from tickFormat). */
export function Axis({ scale, orient, at, ticks = 6, label, format }: AxisProps) {
  const values = scale.ticks(ticks);
  const fmt = format ?? scale.tickFormat(ticks);
  const [r0, r1] = scale.range();
  const horizontal = orient === 'bottom' || orient === 'top';
  const dir = orient === 'bottom' || orient === 'right' ? 1 : -1;
  return (
    <g className="axis" fontSize={11} fill="currentColor">
      {horizontal ? (
        <line x1={r0} x2={r1} y1={at} y2={at} stroke="currentColor" />
      ) : (
        <line y1={r0} y2={r1} x1={at} x2={at} stroke="currentColor" />
      )}
      {values.map((v) => {
        const p = scale(v);
        return horizontal ? (
          <g key={v} transform={`translate(${p},${at})`}>
            <line y2={5 * dir} stroke="currentColor" />
            <text y={dir > 0 ? 16 : -8} textAnchor="middle">{fmt(v)}</text>
          </g>
        ) : (
          <g key={v} transform={`translate(${at},${p})`}>
            <line x2={5 * dir} stroke="currentColor" />
            <text x={dir > 0 ? 8 : -8} dy="0.32em" textAnchor={dir > 0 ? 'start' : 'end'}>{fmt(v)}</text>
          </g>
        );
      })}
      {label &&
        (horizontal ? (
          <text x={(r0 + r1) / 2} y={at + (dir > 0 ? 31 : -22)} textAnchor="middle" fontWeight={600}>{label}</text>
        ) : (
          <text
            transform={`translate(${at + (dir > 0 ? 40 : -38)},${(r0 + r1) / 2}) rotate(${dir > 0 ? 90 : -90})`}
            textAnchor="middle"
            fontWeight={600}
          >
            {label}
          </text>
        ))}
    </g>
  );
}
