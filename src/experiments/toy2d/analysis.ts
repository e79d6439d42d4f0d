import { modeCentres, parabolaY, type DatasetSpec, type Points } from './datasets';
import { gridDivergences, medianCurveDistance, modeCoverage } from './metrics';
import type { ViewBox } from './snapshot';

/** Cells per side of the grid for KL and JS (GAN Lab used 30; finer shows more, and all samples are counted). */
export const DIVERGENCE_CELLS = 40;

/**
 * The figures of one frame, from all real points and all generated samples (data units):
 *  klBits, jsBits  grid KL(p_data‖p_g) and JS in bits (GAN Lab's convention), ε = 1e-4 per cell
 *  js            the same JS in nats, the unit every experiment reports `js` in (so C(G) = −log 4 + 2·JSD holds)
 *  modes, hq     mixtures only: modes captured and share of high-quality samples (VEEGAN's 3σ rule)
 *  curveError    parabola only: median |y − (x² + 5)| of generated samples
 */
export function frameMetrics(spec: DatasetSpec, real: Points, fake: Points, view: ViewBox): { metrics: Record<string, number>; modes: [number, number][] | null } {
  const metrics: Record<string, number> = {};
  if (real.length >= 2) {
    const { kl, js } = gridDivergences(real, fake, { ...view, cells: DIVERGENCE_CELLS });
    metrics.klBits = kl;
    metrics.jsBits = js;
    metrics.js = js * Math.LN2;
  }
  const modes = modeCentres(spec);
  if (modes) {
    const c = modeCoverage(fake, modes, spec.sigma);
    metrics.modes = c.captured;
    metrics.highQuality = c.highQuality;
  }
  if (spec.id === 'parabola') metrics.curveError = medianCurveDistance(fake, parabolaY);
  return { metrics, modes };
}
