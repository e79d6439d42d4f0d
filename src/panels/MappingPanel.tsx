import type { PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { Axis } from './Axis';
import { innerWidth, makeFrame, STYLE } from './frame';
import { nearestSegment } from './hover';
import { useHoverIndex } from './useHoverIndex';

export interface MappingPanelProps {
  z: ArrayLike<number>;
  x: ArrayLike<number>;
  xDomain: [number, number];
}

const frame = makeFrame(640, 170);
const Z_TOP = 14;
const X_BOTTOM = 104;

/**
 * The generator as a map z → x = G(z): one line from each z on the top axis to G(z) on the bottom axis. Lines that
 * cross show G folding the noise space (Eric Jang's "manifold alignment" picture). Hovering a line (or moving along
 * them with the arrow keys) reads out its z and G(z).
 */
export function MappingPanel({ z, x, xDomain }: MappingPanelProps) {
  const w = innerWidth(frame);
  const zScale = scaleLinear().domain([z[0], z[z.length - 1]]).range([0, w]);
  const xScale = scaleLinear().domain(xDomain).range([0, w]);
  const clampX = (v: number) => Math.max(-20, Math.min(w + 20, xScale(v)));
  const lines = Array.from({ length: z.length }, (_, i) => i);
  const top = lines.map((i) => zScale(z[i]));
  const bottom = lines.map((i) => (Number.isFinite(x[i]) ? clampX(x[i]) : top[i]));
  const { index: hover, setIndex, focusProps } = useHoverIndex(z.length);

  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * w;
    const t = (e.clientY - box.top) / box.height; // the target spans exactly Z_TOP … X_BOTTOM
    setIndex(nearestSegment(top, bottom, t, px));
  };
  const readout = hover === null ? null : `z = ${z[hover].toFixed(3)} → G(z) = ${Number.isFinite(x[hover]) ? x[hover].toFixed(3) : 'not finite'}`;

  return (
    <figure className="panel" data-panel="mapping" aria-label="Generator mapping from z to x">
      <figcaption>Generator mapping z → x = G(z)</figcaption>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" className="focusable-chart"
        aria-label="mapping chart; arrow keys read out one line at a time" {...focusProps}
      >
        <g transform={`translate(${frame.margin.left},${frame.margin.top})`}>
          {lines.map((i) => (
            <line key={i} x1={top[i]} y1={Z_TOP} x2={bottom[i]} y2={X_BOTTOM} stroke={STYLE.generated.stroke} strokeOpacity={0.75} />
          ))}
          {hover !== null && (
            <line className="hover" x1={top[hover]} y1={Z_TOP} x2={bottom[hover]} y2={X_BOTTOM} stroke="currentColor" strokeWidth={3} pointerEvents="none" />
          )}
          <Axis scale={zScale} orient="top" at={Z_TOP} ticks={8} label="z" />
          <Axis scale={xScale} orient="bottom" at={X_BOTTOM} ticks={8} label="x = G(z)" />
          <rect
            className="hover-target" y={Z_TOP} width={w} height={X_BOTTOM - Z_TOP} fill="transparent"
            onPointerMove={onMove} onPointerLeave={() => setIndex(null)}
          />
        </g>
      </svg>
      <div className="hover-value" data-hover="mapping" aria-live="polite">{readout ?? 'Hover a line (or focus the chart and use ← →) to read z and G(z).'}</div>
    </figure>
  );
}
