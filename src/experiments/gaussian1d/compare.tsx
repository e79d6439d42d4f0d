// Run B of a 1-D comparison (loaded when a comparison first runs): its p_g and D(x) over A's density panel, its
// divergences in A's chart, its figures and its z → x map after A's panels.
import { line as d3line } from 'd3-shape';
import type { Gaussian1dSnapshot } from './snapshot';
import type { DensityScales } from '../../panels/DensityPanel';
import { MappingPanel } from '../../panels/MappingPanel';
import type { CompareKit } from '../../ui/compare/compareKit';
import { bSeries } from '../../ui/compare/bSeries';
import { STYLE_B } from '../../ui/compare/compareStyle';
import { MetricReadout } from '../../ui/views/MetricReadout';
import { gaussian1dReadouts } from '../../ui/views/readouts';

const gaussian1dCompare: CompareKit<Gaussian1dSnapshot> = {
  divergence: (history) => [bSeries('JSD (nats)', history, 'js', STYLE_B.metric), bSeries('W1', history, 'w1', STYLE_B.second)],
  density: densityOverlay,
  Panels: ({ snapshot: b, caption }) => (
    <>
      <div className="compare-b" data-run="B">{caption}<MetricReadout items={gaussian1dReadouts(b.metrics)} /></div>
      <div className="compare-b" data-run="B">
        {caption}
        <MappingPanel z={b.mapZ} x={b.mapX} xDomain={[b.grid[0], b.grid[b.grid.length - 1]]} />
      </div>
    </>
  ),
};
export default gaussian1dCompare;

/** B's p_g (KDE) and D(x) drawn in the 1-D density panel's scales, over A's. */
function densityOverlay(b: Gaussian1dSnapshot, setting: string): ReturnType<NonNullable<CompareKit<Gaussian1dSnapshot>['density']>> {
  const draw = ({ x, yDensity, yProb }: DensityScales) => {
    const idx = Array.from({ length: b.grid.length }, (_, i) => i);
    const [, top] = yDensity.domain();
    const kde = d3line<number>().x((i) => x(b.grid[i])).y((i) => yDensity(Math.min(b.pgKde[i], top)))(idx) ?? '';
    // a critic's score may leave D's axis (scaled to A's scores): clipped to it
    const [lo, hi] = yProb.domain();
    const d = d3line<number>().x((i) => x(b.grid[i])).y((i) => yProb(Math.min(hi, Math.max(lo, b.dGrid[i]))))(idx) ?? '';
    return (
      <g className="run-b" data-run="B">
        <path className="pg-kde-b" d={kde} fill="none" stroke={STYLE_B.generated.stroke} strokeWidth={STYLE_B.generated.width} />
        <path className="d-curve-b" d={d} fill="none" stroke={STYLE_B.discriminator.stroke} strokeWidth={STYLE_B.discriminator.width} strokeDasharray={STYLE_B.discriminator.dash} />
      </g>
    );
  };
  return {
    draw,
    legend: [
      { label: `p_g of run B (${setting})`, ...STYLE_B.generated },
      { label: 'D(x) of run B', ...STYLE_B.discriminator },
    ],
  };
}
