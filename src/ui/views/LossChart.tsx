import { LineChart, type Series } from '../../panels/LineChart';
import { STYLE } from '../../panels/frame';
import type { Objective } from '../../core/objectives';
import type { MetricHistory } from '../../engine/history';

interface Props {
  history: MetricHistory;
  /** The objective in use: its record sets the equilibrium values drawn (core/objectives). */
  objective: Objective;
  /** Values are clipped to this range so one spike does not flatten the rest. */
  clip: [number, number];
  /** The step the timeline shows, marked by a rule; null when live. */
  marker: number | null;
  /** More curves in the chart (run B's losses when comparing). */
  extra?: Series[];
}

/**
 * D and G loss over training, with the values they take at the equilibrium p_g = p_data where the objective has
 * them (e.g. Goodfellow et al. 2014, Theorem 1: L_D = −2·log ½ = 2 ln 2 and L_G = ∓log ½).
 */
export function LossChart({ history, objective, clip, marker, extra = [] }: Props) {
  const { d, g } = objective.reference;
  const references = [
    ...(d === null ? [] : [{ label: `D equilibrium ${d.toFixed(3)}`, value: d, stroke: STYLE.discriminator.stroke }]),
    ...(g === null ? [] : [{ label: `G equilibrium ${g.toFixed(3)}`, value: g, stroke: STYLE.generated.stroke }]),
  ];
  return (
    <LineChart
      panel="losses"
      marker={marker}
      title="Losses"
      yLabel="loss"
      clip={clip}
      series={[
        { label: 'D loss', ...history.series('dLoss'), stroke: STYLE.discriminator.stroke, width: 2 },
        { label: 'G loss', ...history.series('gLoss'), stroke: STYLE.generated.stroke, dash: '6 3', width: 2 },
        ...extra,
      ]}
      references={references}
    />
  );
}
