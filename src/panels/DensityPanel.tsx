import { useMemo, type PointerEvent, type ReactNode } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { scaleLinear } from 'd3-scale';
import { line as d3line, area as d3area, curveStep as stepCurve } from 'd3-shape';
import { Axis } from './Axis';
import { Legend, type LegendItem } from './Legend';
import { STYLE, innerHeight, innerWidth, makeFrame } from './frame';
import { useHoverIndex } from './useHoverIndex';

export interface DensityPanelProps {
  /** Evenly spaced x values of the view. */
  grid: ArrayLike<number>;
  pData: ArrayLike<number>;
  pgKde: ArrayLike<number>;
  histEdges: ArrayLike<number>;
  histDensity: ArrayLike<number>;
  /** An empirical p_data's own histogram on the same bins (the user's values); p_data is then its KDE. */
  dataHistDensity?: ArrayLike<number>;
  dGrid: ArrayLike<number>;
  dStar: ArrayLike<number>;
  /**
   * Set when D is a critic's raw score (a score objective) rather than a probability: D gets its own axis over the
   * values it takes. `reference` is D's value at equilibrium where the objective has one (least squares: ½, with
   * the same D* as the BCE objectives); null (hinge) draws neither the reference line nor D*.
   */
  critic?: { reference: number | null };
  /** More curves drawn in the chart's scales (run B of a comparison), with their legend rows. */
  overlay?: { draw: (scales: DensityScales) => ReactNode; legend: LegendItem[] };
}

/** The density panel's scales, for curves laid over it: x, the density axis and D's axis. */
export interface DensityScales {
  x: ScaleLinear<number, number>;
  yDensity: ScaleLinear<number, number>;
  yProb: ScaleLinear<number, number>;
}

const frame = makeFrame(640, 300, 48);
/** Below this p_data + p_g, D* = p_data / (p_data + p_g) is not drawn. */
const DSTAR_MIN_DENSITY = 2e-3;

/**
 * p_data (analytic), p_g (histogram + KDE of G's samples), D(x), the optimal D*(x) = p_data/(p_data + p_g) and the
 * line D = ½. Densities use the left axis, D the right axis: [0, 1] for a probability, the score's range for a critic.
 */
export function DensityPanel(props: DensityPanelProps) {
  const { grid, pData, pgKde, histEdges, histDensity, dataHistDensity, dGrid, dStar, critic, overlay } = props;
  const reference = critic ? critic.reference : 0.5;
  const w = innerWidth(frame);
  const h = innerHeight(frame);
  const n = grid.length;
  const x = scaleLinear().domain([grid[0], grid[n - 1]]).range([0, w]);
  const peak = Math.max(0.05, maxOf(pData), Math.min(maxOf(pgKde), 3), Math.min(maxOf(histDensity), 3));
  const yDensity = scaleLinear().domain([0, peak * 1.1]).range([h, 0]).nice();
  const yProb = scaleLinear().domain(critic ? criticDomain(dGrid, reference) : [0, 1]).range([h, 0]);
  if (critic) yProb.nice();
  const { index: hover, setIndex: setHover, focusProps } = useHoverIndex(n);

  const paths = useMemo(() => {
    const idx = Array.from({ length: n }, (_, i) => i);
    const density = (ys: ArrayLike<number>) =>
      d3line<number>().x((i) => x(grid[i])).y((i) => yDensity(Math.min(ys[i], peak * 1.1)))(idx) ?? '';
    const prob = (ys: ArrayLike<number>) => d3line<number>().x((i) => x(grid[i])).y((i) => yProb(ys[i]))(idx) ?? '';
    // D* is 0/0 where neither distribution has mass: leave a gap there instead of an arbitrary value.
    const dStarPath =
      reference === null
        ? ''
        : (d3line<number>()
            .defined((i) => pData[i] + pgKde[i] > DSTAR_MIN_DENSITY)
            .x((i) => x(grid[i]))
            .y((i) => yProb(dStar[i]))(idx) ?? '');
    const bins = Array.from({ length: histDensity.length }, (_, i) => i);
    const histPath = (ys: ArrayLike<number>) =>
      d3area<number>()
        .x((i) => x((histEdges[i] + histEdges[i + 1]) / 2))
        .y0(h)
        .y1((i) => yDensity(Math.min(ys[i], peak * 1.1)))
        .curve(stepCurve)(bins) ?? '';
    const dataHist = dataHistDensity ? histPath(dataHistDensity) : '';
    return { data: density(pData), kde: density(pgKde), d: prob(dGrid), dStar: dStarPath, hist: histPath(histDensity), dataHist };
  }, [grid, pData, pgKde, histEdges, histDensity, dataHistDensity, dGrid, dStar, n, x, yDensity, yProb, peak, h, reference]);

  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const frac = (e.clientX - box.left) / box.width;
    setHover(Math.max(0, Math.min(n - 1, Math.round(frac * (n - 1)))));
  };

  return (
    <figure className="panel" data-panel="density" aria-label="Distributions: p_data, p_g and the discriminator">
      <figcaption>Distributions and the discriminator</figcaption>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" className="focusable-chart"
        aria-label="density chart; arrow keys read out the values along x" {...focusProps}
      >
        <g transform={`translate(${frame.margin.left},${frame.margin.top})`}>
          {dataHistDensity && <path className="p-data-hist" d={paths.dataHist} fill="none" stroke={STYLE.data.stroke} strokeOpacity={0.55} strokeWidth={1} />}
          <path className="pg-hist" d={paths.hist} fill={STYLE.generatedFill} fillOpacity={0.45} stroke="none" />
          {reference !== null && (
            <line className="d-reference" x1={0} x2={w} y1={yProb(reference)} y2={yProb(reference)} stroke={STYLE.half.stroke} strokeDasharray={STYLE.half.dash} />
          )}
          <path className="p-data" d={paths.data} fill="none" stroke={STYLE.data.stroke} strokeWidth={STYLE.data.width} />
          <path className="pg-kde" d={paths.kde} fill="none" stroke={STYLE.generated.stroke} strokeWidth={STYLE.generated.width} />
          <path className="d-star" d={paths.dStar} fill="none" stroke={STYLE.optimal.stroke} strokeWidth={STYLE.optimal.width} strokeDasharray={STYLE.optimal.dash} />
          <path className="d-curve" d={paths.d} fill="none" stroke={STYLE.discriminator.stroke} strokeWidth={STYLE.discriminator.width} strokeDasharray={STYLE.discriminator.dash} />
          {overlay?.draw({ x, yDensity, yProb })}
          <Axis scale={x} orient="bottom" at={h} label="x" />
          <Axis scale={yDensity} orient="left" at={0} ticks={5} label="density" />
          <Axis scale={yProb} orient="right" at={w} ticks={5} label={critic ? 'critic score D(x)' : 'D(x)'} />
          {hover !== null && (
            <g className="hover" pointerEvents="none">
              <line x1={x(grid[hover])} x2={x(grid[hover])} y1={0} y2={h} stroke="currentColor" strokeOpacity={0.4} />
              <text x={Math.min(x(grid[hover]) + 6, w - 150)} y={14} fontSize={11} fill="currentColor">
                {`x ${grid[hover].toFixed(2)}  p_data ${pData[hover].toFixed(3)}  p_g ${pgKde[hover].toFixed(3)}`}
              </text>
              <text x={Math.min(x(grid[hover]) + 6, w - 150)} y={28} fontSize={11} fill="currentColor">
                {reference === null ? `D ${dGrid[hover].toFixed(3)}` : `D ${dGrid[hover].toFixed(3)}  D* ${dStar[hover].toFixed(3)}`}
              </text>
            </g>
          )}
          <rect width={w} height={h} fill="transparent" onPointerMove={onMove} onPointerLeave={() => setHover(null)} />
        </g>
      </svg>
      <Legend
        items={[
          { label: dataHistDensity ? 'p_data (KDE of your values)' : 'p_data', ...legend(STYLE.data) },
          ...(dataHistDensity ? [{ label: 'your values, histogram', stroke: STYLE.data.stroke, width: 1 }] : []),
          { label: 'p_g (KDE)', ...legend(STYLE.generated) },
          { label: 'p_g histogram', stroke: STYLE.generated.stroke, fill: STYLE.generatedFill },
          { label: critic ? 'D(x), critic score' : 'D(x)', ...legend(STYLE.discriminator) },
          ...(reference === null
            ? []
            : [
                { label: 'D*(x) = p_data / (p_data + p_g)', ...legend(STYLE.optimal) },
                { label: 'D = ½', ...legend(STYLE.half) },
              ]),
          ...(overlay?.legend ?? []),
        ]}
      />
    </figure>
  );
}

function legend(s: { stroke: string; width: number; dash: string }) {
  return { stroke: s.stroke, width: s.width, dash: s.dash };
}

/** The critic's axis: the finite values D takes on the view, and its reference value; never empty. */
export function criticDomain(d: ArrayLike<number>, reference: number | null): [number, number] {
  let lo = reference ?? Infinity;
  let hi = reference ?? -Infinity;
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i])) continue;
    lo = Math.min(lo, d[i]);
    hi = Math.max(hi, d[i]);
  }
  if (!Number.isFinite(lo)) return [-1, 1];
  const pad = Math.max((hi - lo) * 0.05, 0.05);
  return [lo - pad, hi + pad];
}

function maxOf(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]) && a[i] > m) m = a[i];
  return m;
}
