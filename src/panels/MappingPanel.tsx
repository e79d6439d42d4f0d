import { scaleLinear } from 'd3-scale';
import { Axis } from './Axis';
import { innerWidth, makeFrame, STYLE } from './frame';

export interface MappingPanelProps {
  z: ArrayLike<number>;
  x: ArrayLike<number>;
  xDomain: [number, number];
}

const frame = makeFrame(640, 170);

/**
 * The generator as a map z → x = G(z): one line from each z on the top axis to G(z) on the bottom axis. Lines that
 * cross show G folding the noise space (Eric Jang's "manifold alignment" picture).
 */
export function MappingPanel({ z, x, xDomain }: MappingPanelProps) {
  const w = innerWidth(frame);
  const zTop = 14;
  const xBottom = 104;
  const zScale = scaleLinear().domain([z[0], z[z.length - 1]]).range([0, w]);
  const xScale = scaleLinear().domain(xDomain).range([0, w]);
  const clampX = (v: number) => Math.max(-20, Math.min(w + 20, xScale(v)));
  const lines = Array.from({ length: z.length }, (_, i) => i);
  return (
    <figure className="panel" data-panel="mapping" aria-label="Generator mapping from z to x">
      <figcaption>Generator mapping z → x = G(z)</figcaption>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label="mapping chart">
        <g transform={`translate(${frame.margin.left},${frame.margin.top})`}>
          {lines.map((i) => (
            <line
              key={i}
              x1={zScale(z[i])}
              y1={zTop}
              x2={Number.isFinite(x[i]) ? clampX(x[i]) : zScale(z[i])}
              y2={xBottom}
              stroke={STYLE.generated.stroke}
              strokeOpacity={0.75}
            />
          ))}
          <Axis scale={zScale} orient="top" at={zTop} ticks={8} label="z" />
          <Axis scale={xScale} orient="bottom" at={xBottom} ticks={8} label="x = G(z)" />
        </g>
      </svg>
    </figure>
  );
}
