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
import type { CompareParts } from './compareParts';

interface Props {
  snapshot: Gaussian1dSnapshot;
  history: MetricHistory;
  params: Params;
  /** The step the timeline shows, marked on the metric charts; null when live. */
  marker: number | null;
  /** Run B's curves, when comparing. */
  compare?: CompareParts;
}

/** The 1-D experiment's panels: distributions, the z → x map, losses and divergences. */
export function Gaussian1dView({ snapshot, history, params, marker, compare }: Props) {
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
      <MappingPanel z={snapshot.mapZ} x={snapshot.mapX} xDomain={[grid[0], grid[grid.length - 1]]} />
      <MetricReadout
        items={[
          { label: 'W1(p_g, p_data)', value: snapshot.metrics.w1, help: 'Wasserstein-1 distance: how far, on average, G must move its mass to match p_data.' },
          { label: 'JSD (nats)', value: snapshot.metrics.js, help: 'Jensen–Shannon divergence on a 60-bin histogram (0 = identical, ln 2 ≈ 0.693 = disjoint).' },
          { label: 'C(G) = −log 4 + 2·JSD', value: snapshot.metrics.cOfG, help: 'The value of the game at the optimal D*; its minimum −log 4 ≈ −1.386 is reached iff p_g = p_data.' },
          { label: 'mean D(x) on the view', value: snapshot.metrics.dMean, help: 'At equilibrium D ≡ ½ everywhere.' },
          { label: 'max |D(x) − ½| on μ ± 2σ', value: snapshot.metrics.dGap, help: 'How far D is from the equilibrium ½ where the data lives (0 at equilibrium).' },
        ]}
      />
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
          // WGAN only: the critic's own estimate of W1, −L_D (scaled by the critic's Lipschitz constant)
          ...(objective.id === 'wgan'
            ? [{ label: 'critic −L_D (W1 estimate)', ...w1Critic, stroke: STYLE.discriminator.stroke, width: 2 }]
            : []),
          ...(compare?.divergence ?? []),
        ]}
        references={[{ label: 'C(G) minimum −log 4', value: -Math.log(4), stroke: '#8a6d00' }]}
      />
    </div>
  );
}
