import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { Axis } from './Axis';
import { Legend } from './Legend';
import { HeatmapLayer } from './HeatmapLayer';
import { criticScale } from './heatColour';
import { contourSegments } from './contour';
import { innerHeight, innerWidth, makeFrame, STYLE } from './frame';
import { moveCursor } from './hover';
import { probeScatter, probeText, ScatterHoverMarks } from './ScatterHover';

export type LayerId = 'heat' | 'real' | 'fake' | 'manifold' | 'arrows';
export type Layers = Record<LayerId, boolean>;

export interface ScatterPlotProps {
  view: { x: [number, number]; y: [number, number] };
  /** Row-major points [x0, y0, x1, …] in the data's units. */
  real: Float64Array;
  fake: Float64Array;
  manifold: Float64Array[];
  /** (x, y, dx, dy) per arrow. */
  arrows: Float64Array;
  heat: Float32Array;
  heatCells: number;
  modes: [number, number][] | null;
  sigma: number;
  layers: Layers;
  /** When set, the plot takes pointer strokes (mouse, pen, touch) and hands each finished stroke over. */
  onStroke?: (points: [number, number][]) => void;
  /**
   * Set when the heat map holds a critic's raw scores (a score objective): the colours span the scores on the grid,
   * white at `boundary` (where D is undecided between its targets), and the contour is drawn there instead of ½.
   */
  critic?: { boundary: number };
}

const frame = makeFrame(560, 520);
const ARROW_PX = 28;
/** Smallest gap between two drawn points of one stroke, as a share of the view's width. */
const STROKE_SPACING = 0.012;

type Scale = ScaleLinear<number, number>;

/** Dots as one path: a zero-length segment per point, drawn with round caps. */
function dotsPath(p: Float64Array, x: Scale, y: Scale): string {
  let d = '';
  for (let i = 0; i + 1 < p.length; i += 2) {
    if (Number.isFinite(p[i]) && Number.isFinite(p[i + 1])) d += `M${x(p[i]).toFixed(1)},${y(p[i + 1]).toFixed(1)}h0`;
  }
  return d;
}

function polylinePath(lines: Float64Array[], x: Scale, y: Scale): string {
  return lines
    .map((l) => {
      let d = '';
      for (let i = 0; i + 1 < l.length; i += 2) d += `${i ? 'L' : 'M'}${x(l[i]).toFixed(1)},${y(l[i + 1]).toFixed(1)}`;
      return d;
    })
    .join('');
}

/** Arrows in pixels, the longest ARROW_PX long, the rest in proportion. */
function arrowSegments(a: Float64Array, x: Scale, y: Scale): [number, number, number, number][] {
  const px = (v: number, s: Scale) => s(v) - s(0);
  const raw: [number, number, number, number][] = [];
  for (let i = 0; i + 3 < a.length; i += 4) raw.push([x(a[i]), y(a[i + 1]), px(a[i + 2], x), px(a[i + 3], y)]);
  const longest = Math.max(1e-12, ...raw.map(([, , dx, dy]) => Math.hypot(dx, dy)));
  return raw.map(([x0, y0, dx, dy]) => [x0, y0, x0 + (ARROW_PX * dx) / longest, y0 + (ARROW_PX * dy) / longest]);
}

/** Arrowheads: HEAD_PX long and 2·HEAD_HALF_PX wide, their tips HEAD_TIP_PX past the end of the shaft. */
const HEAD_PX = 5;
const HEAD_HALF_PX = 2.5;
const HEAD_TIP_PX = 0.8;

/**
 * The arrows as two paths, shafts and filled heads: one element each, where a <line> with a marker per arrow made
 * the browser update and paint 120 elements in every frame.
 */
function arrowPaths(segments: [number, number, number, number][]): { shafts: string; heads: string } {
  let shafts = '';
  let heads = '';
  const f = (v: number) => v.toFixed(1);
  for (const [x0, y0, x1, y1] of segments) {
    shafts += `M${f(x0)},${f(y0)}L${f(x1)},${f(y1)}`;
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length < 1e-9) continue;
    const [ux, uy] = [(x1 - x0) / length, (y1 - y0) / length];
    const [tx, ty] = [x1 + HEAD_TIP_PX * ux, y1 + HEAD_TIP_PX * uy];
    const [bx, by] = [tx - HEAD_PX * ux, ty - HEAD_PX * uy];
    heads += `M${f(tx)},${f(ty)}L${f(bx - HEAD_HALF_PX * uy)},${f(by + HEAD_HALF_PX * ux)}L${f(bx + HEAD_HALF_PX * uy)},${f(by - HEAD_HALF_PX * ux)}Z`;
  }
  return { shafts, heads };
}

/** Real and generated samples over D's heat map, with G's warped z-grid and the generator's gradient arrows. */
export function ScatterPlot(props: ScatterPlotProps) {
  const { view, real, fake, manifold, arrows, heat, heatCells, modes, sigma, layers, onStroke, critic } = props;
  const boundary = critic ? critic.boundary : 0.5;
  const normalise = useMemo(() => (critic ? criticScale(heat, critic.boundary) : undefined), [heat, critic?.boundary]);
  const w = innerWidth(frame);
  const h = innerHeight(frame);
  const x = scaleLinear().domain(view.x).range([0, w]);
  const y = scaleLinear().domain(view.y).range([h, 0]);
  const svgRef = useRef<SVGSVGElement>(null);
  const [stroke, setStroke] = useState<[number, number][] | null>(null);
  // The point being read out (pointer or keyboard), in the data's units.
  const [cursor, setCursor] = useState<[number, number] | null>(null);

  const toData = (e: PointerEvent<SVGSVGElement>): [number, number] | null => {
    const rect = svgRef.current!.getBoundingClientRect();
    const px = ((e.clientX - rect.left) * frame.width) / rect.width - frame.margin.left;
    const py = ((e.clientY - rect.top) * frame.height) / rect.height - frame.margin.top;
    if (px < 0 || px > w || py < 0 || py > h) return null;
    return [x.invert(px), y.invert(py)];
  };
  const extend = (e: PointerEvent<SVGSVGElement>, current: [number, number][]) => {
    const p = toData(e);
    if (!p) return current;
    const last = current[current.length - 1];
    const gap = STROKE_SPACING * (view.x[1] - view.x[0]);
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < gap) return current;
    return [...current, p];
  };
  const reading = {
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => {
      const next = moveCursor(e.key, e.shiftKey, cursor, view, heatCells);
      if (next === undefined) return;
      e.preventDefault();
      e.stopPropagation(); // the page's → (one training step) must not fire while reading the plot
      setCursor(next);
    },
    onBlur: () => setCursor(null),
    onPointerLeave: () => setCursor(null),
  };
  const drawing = onStroke
    ? {
        onPointerDown: (e: PointerEvent<SVGSVGElement>) => {
          svgRef.current?.setPointerCapture?.(e.pointerId);
          setStroke(extend(e, []));
        },
        onPointerMove: (e: PointerEvent<SVGSVGElement>) => {
          setCursor(toData(e));
          if (stroke) setStroke(extend(e, stroke));
        },
        onPointerUp: () => {
          if (stroke?.length) onStroke(stroke);
          setStroke(null);
        },
        onPointerCancel: () => setStroke(null),
      }
    : { onPointerMove: (e: PointerEvent<SVGSVGElement>) => setCursor(toData(e)) };
  const probe = cursor ? probeScatter(cursor, x, y, layers, { real, fake, heat, heatCells, view }) : null;

  const cellW = w / heatCells;
  const cellH = h / heatCells;
  // D(x) samples sit at cell centres; the contour comes back in cell coordinates.
  const contour = layers.heat
    ? contourSegments(heat, heatCells, boundary)
        .map(([a, b, c, d]) => `M${((a + 0.5) * cellW).toFixed(1)},${(h - (b + 0.5) * cellH).toFixed(1)}L${((c + 0.5) * cellW).toFixed(1)},${(h - (d + 0.5) * cellH).toFixed(1)}`)
        .join('')
    : '';
  const pending = stroke ? Float64Array.from(stroke.flat()) : null;
  const arrowsDrawn = layers.arrows ? arrowPaths(arrowSegments(arrows, x, y)) : null;
  // The real points stay put while training: their path is built once per data set and view, and drawn in a layer
  // of its own (below), so the browser rasterises them once instead of in every frame that moves the samples.
  const realPath = useMemo(() => dotsPath(real, x, y), [real, view.x[0], view.x[1], view.y[0], view.y[1]]);

  return (
    <figure className="panel panel-scatter" data-panel="scatter" aria-label="Real and generated samples">
      <figcaption>Real and generated samples</figcaption>
      <div className="plot-area" style={{ position: 'relative' }}>
        {layers.heat && (
          <HeatmapLayer values={heat} cells={heatCells} left={frame.margin.left} top={frame.margin.top} width={w} height={h} frameWidth={frame.width} frameHeight={frame.height} normalise={normalise} />
        )}
        <svg viewBox={`0 0 ${frame.width} ${frame.height}`} aria-hidden="true" className="chart-layer" style={{ position: 'absolute', left: 0, top: 0, willChange: 'transform', pointerEvents: 'none' }}>
          <g transform={`translate(${frame.margin.left},${frame.margin.top})`} clipPath="url(#toy2d-plot-clip)">
            {layers.real && <path className="real" d={realPath} stroke={STYLE.data.stroke} strokeWidth={3} strokeLinecap="round" opacity={0.55} />}
          </g>
        </svg>
        <svg
          ref={svgRef}
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          role="img"
          aria-label={`${onStroke ? 'Plot: draw data points here with a mouse, pen or finger' : 'Scatter plot'}; arrow keys move a read-out cursor`}
          className="focusable-chart"
          style={{ position: 'relative', touchAction: onStroke ? 'none' : 'auto', cursor: onStroke ? 'crosshair' : 'default' }}
          {...reading}
          {...drawing}
        >
          <defs>
            <clipPath id="toy2d-plot-clip">
              <rect x={0} y={0} width={w} height={h} />
            </clipPath>
          </defs>
          <g transform={`translate(${frame.margin.left},${frame.margin.top})`}>
            <g clipPath="url(#toy2d-plot-clip)">
              {layers.heat && <path className="d-half" d={contour} fill="none" stroke="#333" strokeWidth={1.5} strokeDasharray="4 3" />}
              {layers.manifold && <path className="manifold" d={polylinePath(manifold, x, y)} fill="none" stroke="#6a3d9a" strokeWidth={0.8} opacity={0.7} />}
              {layers.fake && <path className="fake" d={dotsPath(fake, x, y)} stroke={STYLE.generated.stroke} strokeWidth={2.5} strokeLinecap="round" opacity={0.55} />}
              {arrowsDrawn && (
                <g className="arrows">
                  <path className="arrow-shafts" d={arrowsDrawn.shafts} stroke="#111" strokeWidth={1} fill="none" />
                  <path className="arrow-heads" d={arrowsDrawn.heads} fill="#111" />
                </g>
              )}
              {modes?.map(([mx, my], i) => (
                <ellipse key={i} className="mode" cx={x(mx)} cy={y(my)} rx={Math.abs(x(mx + 3 * sigma) - x(mx))} ry={Math.abs(y(my + 3 * sigma) - y(my))} fill="none" stroke={STYLE.data.stroke} strokeWidth={0.8} />
              ))}
              {probe && <ScatterHoverMarks probe={probe} x={x} y={y} />}
              {pending && <path className="pending" d={dotsPath(pending, x, y)} stroke={STYLE.data.stroke} strokeWidth={4} strokeLinecap="round" />}
            </g>
            <Axis scale={x} orient="bottom" at={h} ticks={6} label="x" />
            <Axis scale={y} orient="left" at={0} ticks={6} label="y" />
          </g>
        </svg>
      </div>
      <div className="hover-value" data-hover="scatter" aria-live="polite">
        {probe ? probeText(probe) : 'Hover the plot (or focus it and use the arrow keys) to read D(x) and the nearest sample.'}
      </div>
      <Legend
        items={[
          { label: 'real', stroke: STYLE.data.stroke, width: 3 },
          { label: 'generated G(z)', stroke: STYLE.generated.stroke, width: 3 },
          { label: 'warped z-grid', stroke: '#6a3d9a', width: 1 },
          { label: boundary === 0.5 ? 'D = ½' : `D = ${boundary}`, stroke: '#333', dash: '4 3', width: 1.5 },
        ]}
      />
    </figure>
  );
}
