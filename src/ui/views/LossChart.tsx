import { LineChart } from '../../panels/LineChart';
import { STYLE } from '../../panels/frame';
import { equilibriumLosses, type GeneratorLoss } from '../../core/losses';
import type { MetricHistory } from '../../engine/history';

interface Props {
  history: MetricHistory;
  /** The generator loss in use: it sets G's equilibrium value (ln 2 non-saturating, −ln 2 minimax). */
  loss: GeneratorLoss;
  /** Values are clipped to this range so one spike does not flatten the rest. */
  clip: [number, number];
  /** The step the timeline shows, marked by a rule; null when live. */
  marker: number | null;
}

/**
 * D and G loss over training, with the values they take at the equilibrium p_g = p_data, D ≡ ½
 * (Goodfellow et al. 2014, Theorem 1): L_D = −2·log ½ = 2 ln 2 and L_G = ∓log ½.
 */
export function LossChart({ history, loss, clip, marker }: Props) {
  const eq = equilibriumLosses(loss);
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
      ]}
      references={[
        { label: 'D equilibrium 2 ln 2', value: eq.d, stroke: STYLE.discriminator.stroke },
        { label: `G equilibrium ${eq.g > 0 ? '' : '−'}ln 2`, value: eq.g, stroke: STYLE.generated.stroke },
      ]}
    />
  );
}
