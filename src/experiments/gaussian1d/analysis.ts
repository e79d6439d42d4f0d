import { mixtureCdf, mixturePdf } from '../../core/gaussian';
import { histogram, jsDivergence, kdeOnGrid, wasserstein1ToCdf } from '../../core/density1d';
import { components, type Target1d } from './target';

export const HISTOGRAM_BINS = 60;

export interface DensityFigures {
  pData: Float64Array;
  pgKde: Float64Array;
  histEdges: Float64Array;
  histDensity: Float64Array;
  /** The optimal discriminator for the current G: D*(x) = p_data(x) / (p_data(x) + p_g(x)). */
  dStar: Float64Array;
  /** Jensen–Shannon divergence (nats) between p_data and p_g on the histogram bins. */
  js: number;
  /** Wasserstein-1 distance from G's samples to p_data. */
  w1: number;
  /** C(G) = −log 4 + 2·JSD(p_data‖p_g), the value of the game at D* (Goodfellow et al. 2014, Theorem 1). */
  cOfG: number;
}

/** Everything the distribution panel and divergence chart need, from the generator's samples. */
export function analyseSamples(samples: ArrayLike<number>, grid: Float64Array, target: Target1d): DensityFigures {
  const cs = components(target);
  const lo = grid[0];
  const hi = grid[grid.length - 1];
  const pData = grid.map((x) => mixturePdf(x, cs));
  const pgKde = kdeOnGrid(samples, grid);
  const dStar = pData.map((p, i) => (p + pgKde[i] > 1e-12 ? p / (p + pgKde[i]) : 0.5));
  const hist = histogram(samples, lo, hi, HISTOGRAM_BINS);
  // p_data's mass per bin from its CDF; the two tails outside the view become one extra bin each,
  // so samples that G throws far away still count against it.
  const dataMass: number[] = [mixtureCdf(lo, cs)];
  const genMass: number[] = [0];
  let inside = 0;
  for (let b = 0; b < HISTOGRAM_BINS; b++) {
    dataMass.push(mixtureCdf(hist.edges[b + 1], cs) - mixtureCdf(hist.edges[b], cs));
    genMass.push(hist.mass[b]);
    inside += hist.mass[b];
  }
  let below = 0;
  for (let i = 0; i < samples.length; i++) if (samples[i] < lo) below++;
  genMass[0] = samples.length ? below / samples.length : 0;
  dataMass.push(1 - mixtureCdf(hi, cs));
  genMass.push(Math.max(0, 1 - inside - genMass[0]));
  const js = jsDivergence(dataMass, genMass);
  const w1 = wasserstein1ToCdf(samples, (x) => mixtureCdf(x, cs), lo, hi);
  return {
    pData, pgKde, histEdges: hist.edges, histDensity: hist.density, dStar, js, w1, cOfG: -Math.log(4) + 2 * js,
  };
}

/**
 * How far D is from the equilibrium ½ where the data lives: the largest |D(x) − ½| over grid points within μ ± 2σ
 * (at the optimum p_g = p_data, D*(x) = ½ everywhere; Goodfellow et al. 2014, Proposition 1).
 */
export function dDeviationOnSupport(grid: ArrayLike<number>, dGrid: ArrayLike<number>, target: Pick<Target1d, 'mu' | 'sigma'>): number {
  let worst = 0;
  for (let i = 0; i < grid.length; i++) {
    if (Math.abs(grid[i] - target.mu) <= 2 * target.sigma) worst = Math.max(worst, Math.abs(dGrid[i] - 0.5));
  }
  return worst;
}
