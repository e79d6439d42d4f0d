import { DensityPanel } from '../../panels/DensityPanel';
import { MappingPanel } from '../../panels/MappingPanel';
import { LineChart } from '../../panels/LineChart';
import { STYLE } from '../../panels/frame';
import { objectiveOf } from './objectiveOf';
import { LossChart } from './LossChart';
import type { Gaussian1dSnapshot } from '../../experiments/gaussian1d/snapshot';
import type { MetricHistory } from '../../engine/history';
import type { Params } from '../../params/schema';
import { MetricReadout } from './MetricReadout';
import type { PlaygroundSession } from '../../session/session';
import { OwnValues } from './OwnValues';
import { gaussian1dReadouts } from './readouts';
import type { CompareParts } from './compareParts';

interface Props {
  snapshot: Gaussian1dSnapshot;
  history: MetricHistory;
  params: Params;
  /** The step the timeline shows, marked on the metric charts; null when live. */
  marker: number | null;
  session: PlaygroundSession;
  /** Run B's curves, when comparing. */
  compare?: CompareParts;
}

/** The 1-D experiment's panels: distributions, the z → x map, losses and divergences. */
export function Gaussian1dView({ snapshot, history, params, marker, session, compare }: Props) {
  const js = history.series('js');
  const w1 = history.series('w1');
  const cOfG = history.series('cOfG');
  const w1Critic = history.series('w1Critic');
  const grid = snapshot.grid;
  const objective = objectiveOf(params);
  const critic = objective.output === 'score' ? { reference: objective.reference.output } : undefined;
  return (
    <div className="view view-gaussian1d">
      <DensityPanel {...snapshot} critic={critic} overlay={compare?.density} />
      <OwnValues session={session} params={params} waiting={snapshot.waitingForData === true} />
      <MappingPanel z={snapshot.mapZ} x={snapshot.mapX} xDomain={[grid[0], grid[grid.length - 1]]} />
      <MetricReadout items={gaussian1dReadouts(snapshot.metrics)} />
      <LossChart history={history} objective={objective} clip={[-5, 8]} marker={marker} extra={compare?.losses} />
      <LineChart
        panel="divergence"
        marker={marker}
        title="Divergences"
        yLabel="value"
        clip={[-2, 5]}
        series={[
          { label: 'JSD (nats)', ...js, stroke: STYLE.optimal.stroke, width: 2 },
          { label: 'W1', ...w1, stroke: STYLE.data.stroke, dash: '6 3', width: 2 },
          { label: 'C(G)', ...cOfG, stroke: '#8a6d00', dash: '2 2', width: 2 },
          // WGAN and WGAN-GP: the critic's own estimate of W1, E[D(x)] − E[D(G(z))] (scaled by its Lipschitz constant)
          ...(objective.estimatesW1
            ? [{ label: 'critic E[D(x)] − E[D(G(z))] (W1 estimate)', ...w1Critic, stroke: STYLE.discriminator.stroke, width: 2 }]
            : []),
          ...(compare?.divergence ?? []),
        ]}
        references={[{ label: 'C(G) minimum −log 4', value: -Math.log(4), stroke: '#8a6d00' }]}
      />
      {compare?.panels}
    </div>
  );
}
