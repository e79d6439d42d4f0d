// Run B of a comparison in the panels (loaded when a comparison first runs): B's curves laid over A's where one chart
// reads better (densities, losses, divergences), B's own main panel beside A's where two do (the 2-D plot, MNIST's
// digit grid), and a line naming the two settings with the button that ends the comparison.
import type { ReactNode } from 'react';
import { line as d3line } from 'd3-shape';
import type { Gaussian1dSnapshot } from '../../experiments/gaussian1d/snapshot';
import type { Toy2dSnapshot } from '../../experiments/toy2d/snapshot';
import type { MnistSnapshot } from '../../experiments/mnist/snapshot';
import type { MetricHistory } from '../../engine/history';
import type { SnapshotBase } from '../../engine/types';
import type { DensityScales } from '../../panels/DensityPanel';
import type { Series } from '../../panels/LineChart';
import { ScatterPlot, type Layers } from '../../panels/ScatterPlot';
import { SamplesPanel } from '../../panels/SamplesPanel';
import { MappingPanel } from '../../panels/MappingPanel';
import { ClassHistogram } from '../../panels/ClassHistogram';
import { InterpolationPanel } from '../../panels/InterpolationPanel';
import { INTERPOLATION_STEPS } from '../../experiments/mnist/snapshot';
import { MetricReadout } from '../views/MetricReadout';
import { gaussian1dReadouts, toy2dReadouts } from '../views/readouts';
import type { CompareState } from '../../session/comparison';
import { useSession, useSessionFields } from '../sessionContext';
import type { CompareParts } from '../views/compareParts';
import { STYLE_B } from './compareStyle';
import './compare.css';

interface Props {
  compare: CompareState;
  experiment: string;
  /** False while the timeline shows an earlier step: B's frame (of the live step) is not drawn then. */
  live: boolean;
  /** The experiment's view, with B's parts. */
  view: (parts: CompareParts) => ReactNode;
}

const ALL_LAYERS: Layers = { heat: true, real: true, fake: true, manifold: true, arrows: true };

export default function CompareView({ compare, experiment, live, view }: Props) {
  const setting = `${compare.key} = ${String(compare.params[compare.key])}`;
  const snapshot = live ? compare.snapshot : null;
  const parts: CompareParts = {
    losses: [
      bSeries('D loss', compare.history, 'dLoss', STYLE_B.discriminator),
      bSeries('G loss', compare.history, 'gLoss', { ...STYLE_B.generated, dash: '6 3' }),
    ],
    divergence: divergenceSeries(experiment, compare.history),
  };
  if (experiment === 'gaussian1d' && snapshot) parts.density = densityOverlay(snapshot as Gaussian1dSnapshot, setting);
  if (snapshot) parts.panels = <OtherPanels experiment={experiment} snapshot={snapshot} setting={setting} />;
  if (experiment === 'toy2d' || experiment === 'mnist') {
    parts.aside = ({ layers, criticOf }) => (
      <div className="compare-b" data-run="B">
        <p className="compare-caption">Run B: {setting}</p>
        {!snapshot ? (
          <p className="hint">Run B is drawn at the live step only.</p>
        ) : experiment === 'toy2d' ? (
          <ScatterPlot {...(snapshot as Toy2dSnapshot)} layers={layers ?? ALL_LAYERS} critic={criticOf?.(compare.params)} />
        ) : (
          <MnistSamples snapshot={snapshot as MnistSnapshot} />
        )}
      </div>
    );
  }
  return (
    <>
      <CompareBanner compare={compare} />
      {view(parts)}
    </>
  );
}

/** The two settings side by side, the shared step, and the button that ends the comparison. */
function CompareBanner({ compare }: { compare: CompareState }) {
  const session = useSession();
  const { params } = useSessionFields('params');
  const end = () => session.setCompare(null).catch((e: Error) => session.notify(e.message, 'error'));
  return (
    <p className="compare-banner" data-compare="banner">
      <span className="compare-a">Run A: {compare.key} = {String(params[compare.key])}</span>
      <span className="compare-b-label">Run B: {compare.key} = {String(compare.params[compare.key])}</span>
      <span>same seed and data, step {compare.snapshot?.step ?? 0} for both</span>
      {compare.divergedAt !== null && <span className="compare-diverged">run B diverged at step {compare.divergedAt}</span>}
      <button type="button" data-action="end-compare" onClick={() => void end()}>End comparison</button>
    </p>
  );
}

/** Run B's panels that do not overlay A's: its figures, its z → x map (1-D), its classes and z-walk (MNIST). */
function OtherPanels({ experiment, snapshot, setting }: { experiment: string; snapshot: SnapshotBase; setting: string }) {
  const caption = <p className="compare-caption">Run B: {setting}</p>;
  if (experiment === 'gaussian1d') {
    const b = snapshot as Gaussian1dSnapshot;
    return (
      <>
        <div className="compare-b" data-run="B">{caption}<MetricReadout items={gaussian1dReadouts(b.metrics)} /></div>
        <div className="compare-b" data-run="B">
          {caption}
          <MappingPanel z={b.mapZ} x={b.mapX} xDomain={[b.grid[0], b.grid[b.grid.length - 1]]} />
        </div>
      </>
    );
  }
  if (experiment === 'toy2d') {
    return <div className="compare-b" data-run="B">{caption}<MetricReadout items={toy2dReadouts(snapshot as Toy2dSnapshot)} /></div>;
  }
  const { classes, interpolation } = snapshot as MnistSnapshot;
  return (
    <>
      <div className="compare-b" data-run="B">
        {caption}
        <ClassHistogram counts={classes?.counts ?? null} step={classes?.step ?? null} score={classes?.score ?? null} realScore={classes?.realScore ?? null} />
      </div>
      <div className="compare-b" data-run="B">{caption}<InterpolationPanel pixels={interpolation} count={INTERPOLATION_STEPS} /></div>
    </>
  );
}

function MnistSamples({ snapshot }: { snapshot: MnistSnapshot }) {
  return (
    <SamplesPanel
      step={snapshot.step} grid={snapshot.grid} columns={snapshot.columns} rowLabels={snapshot.rowLabels} real={snapshot.real} dGrid={snapshot.dGrid}
      dReal={snapshot.dReal} timeline={snapshot.timeline}
    />
  );
}

function bSeries(label: string, history: MetricHistory, key: string, style: { stroke: string; width: number; dash: string }): Series {
  return { label: `${label} (B)`, ...history.series(key), stroke: style.stroke, width: style.width, dash: style.dash || undefined };
}

/** B's figures in the divergence chart: the two that say most, in B's colours. */
function divergenceSeries(experiment: string, history: MetricHistory): Series[] {
  if (experiment === 'gaussian1d') return [bSeries('JSD (nats)', history, 'js', STYLE_B.metric), bSeries('W1', history, 'w1', STYLE_B.second)];
  if (experiment === 'toy2d') return [bSeries('grid KL (bits)', history, 'klBits', STYLE_B.metric), bSeries('grid JS (bits)', history, 'jsBits', STYLE_B.second)];
  return [];
}

/** B's p_g (KDE) and D(x) drawn in the 1-D density panel's scales, over A's. */
function densityOverlay(b: Gaussian1dSnapshot, setting: string): NonNullable<CompareParts['density']> {
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
