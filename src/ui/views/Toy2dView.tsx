import { useState } from 'react';
import { ScatterPlot, type Layers } from '../../panels/ScatterPlot';
import { LineChart } from '../../panels/LineChart';
import { STYLE } from '../../panels/frame';
import { objectiveOf } from './objectiveOf';
import { LossChart } from './LossChart';
import type { Toy2dSnapshot } from '../../experiments/toy2d/snapshot';
import { MIN_DRAWN_POINTS } from '../../experiments/toy2d/drawn';
import type { MetricHistory } from '../../engine/history';
import type { Params } from '../../params/schema';
import type { PlaygroundSession } from '../../session/session';
import { MetricReadout } from './MetricReadout';
import { toy2dReadouts } from './readouts';
import { LayerToggles } from './LayerToggles';
import { DataLoader } from '../data/DataLoader';
import { MAX_LINK_POINTS } from '../../params/dataLink';
import { useSessionFields } from '../sessionContext';
import type { CompareParts } from './compareParts';

interface Props {
  snapshot: Toy2dSnapshot;
  history: MetricHistory;
  params: Params;
  /** The step the timeline shows, marked on the metric charts; null when live. */
  marker: number | null;
  session: PlaygroundSession;
  /** Run B's plot and curves, when comparing. */
  compare?: CompareParts;
}

const ALL_LAYERS: Layers = { heat: true, real: true, fake: true, manifold: true, arrows: true };

/** The heat map holds a critic's raw scores under a score objective: white at its boundary. */
function criticOf(params: Params): { boundary: number } | undefined {
  const objective = objectiveOf(params);
  return objective.output === 'score' ? { boundary: objective.reference.boundary } : undefined;
}

/** The 2-D experiment: one layered plot, its figures as numbers, and losses and coverage over time. */
export function Toy2dView({ snapshot, history, params, session, marker, compare }: Props) {
  const [layers, setLayers] = useState<Layers>(ALL_LAYERS);
  const spec = useSessionFields('experiment').experiment.userData;
  const m = snapshot.metrics;
  const drawing = snapshot.dataset === 'draw';
  const addStroke = (points: [number, number][]) => {
    const next = [...session.getData(), ...points];
    session.setData(next).catch((e: Error) => session.notify(e.message, 'error'));
  };
  // pasted or uploaded points become the `draw` data set (checked first: refused points change nothing)
  const useRows = async (rows: number[][]) => {
    await session.setData(rows);
    if (!drawing) await session.setParams({ dataset: 'draw' });
  };
  const pointCount = snapshot.real.length / 2;
  const readouts = toy2dReadouts(snapshot);
  const coverage = m.modes !== undefined;
  const objective = objectiveOf(params);
  const critic = criticOf(params);
  const plot = (
    <div className="toy2d-plot">
      <LayerToggles layers={layers} onChange={setLayers} />
      {drawing && (
        <p className="hint draw-hint" data-panel="draw-hint">
          {snapshot.waitingForData
            ? `Draw at least ${MIN_DRAWN_POINTS} points on the plot (click, or drag a stroke), then press Play.`
            : `${pointCount} points drawn. Keep drawing to add more.`}{' '}
          {pointCount > MAX_LINK_POINTS && (
            <span data-status="data-local">These {pointCount} points stay on this computer: a link carries at most {MAX_LINK_POINTS}. </span>
          )}
          <button type="button" onClick={() => session.setData([]).catch((e: Error) => session.notify(e.message, 'error'))}>
            Clear drawing
          </button>
        </p>
      )}
      {spec && <DataLoader spec={spec} onRows={useRows} />}
      <ScatterPlot {...snapshot} layers={layers} onStroke={drawing ? addStroke : undefined} critic={critic} />
    </div>
  );
  return (
    <div className="view view-toy2d">
      {compare?.aside ? <div className="compare-pair">{plot}{compare.aside({ layers, criticOf })}</div> : plot}
      <MetricReadout items={readouts} />
      <LossChart history={history} objective={objective} clip={[-5, 8]} marker={marker} extra={compare?.losses} />
      <LineChart
        panel="divergence"
        marker={marker}
        title={coverage ? 'Divergences and coverage' : 'Divergences'}
        yLabel="value"
        clip={[0, 30]}
        series={[
          { label: 'grid KL (bits)', ...history.series('klBits'), stroke: STYLE.optimal.stroke, width: 2 },
          { label: 'grid JS (bits)', ...history.series('jsBits'), stroke: STYLE.data.stroke, dash: '6 3', width: 2 },
          ...(coverage
            ? [
                { label: 'modes captured', ...history.series('modes'), stroke: '#8a6d00', dash: '2 2', width: 2 },
                { label: 'high-quality share', ...history.series('highQuality'), stroke: STYLE.generated.stroke, dash: '8 2 2 2', width: 2 },
              ]
            : []),
          ...(compare?.divergence ?? []),
        ]}
      />
      {compare?.panels}
    </div>
  );
}
