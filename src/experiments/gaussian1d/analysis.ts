import { mixtureCdf, mixturePdf, type MixtureComponent } from '../../core/gaussian';
import { histogram, jsDivergence, kdeOnGrid, wasserstein1Empirical, wasserstein1ToCdf } from '../../core/density1d';
import { components, type Target1d } from './target';
import type { EmpiricalData } from './empirical';

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
  /** Wasserstein-1 distance from G's samples to p_data (to the sample itself for an empirical target). */
  w1: number;
  /** C(G) = −log 4 + 2·JSD(p_data‖p_g), the value of the game at D* (Goodfellow et al. 2014, Theorem 1). */
  cOfG: number;
  /** The empirical target's own histogram on the same bins (absent for the Gaussian target). */
  dataHistDensity?: Float64Array;
}

/**
 * What G's samples are compared with, on the view's grid: p_data(x) at each grid point, p_data's mass in each of the
 * histogram's bins with one extra bin per tail outside the view (first and last), and W1 from a sample to p_data.
 */
export interface DataSide {
  pData: Float64Array;
  mass: number[];
  w1(samples: ArrayLike<number>): number;
  /** The data's own histogram (empirical targets), on the same bins as G's. */
  histDensity?: Float64Array;
}

/** p_data given by a mixture's pdf and CDF (the Gaussian target, or the KDE of a sample). */
function mixtureSide(cs: readonly MixtureComponent[], grid: Float64Array): Pick<DataSide, 'pData' | 'mass'> {
  const lo = grid[0];
  const hi = grid[grid.length - 1];
  const width = (hi - lo) / HISTOGRAM_BINS;
  // p_data's mass per bin from its CDF; the two tails outside the view become one extra bin each,
  // so samples that G throws far away still count against it.
  const mass: number[] = [mixtureCdf(lo, cs)];
  let below = mass[0];
  for (let b = 1; b <= HISTOGRAM_BINS; b++) {
    const upTo = mixtureCdf(lo + b * width, cs); // the histogram's edges (core/density1d.ts)
    mass.push(upTo - below);
    below = upTo;
  }
  mass.push(1 - mixtureCdf(hi, cs));
  return { pData: grid.map((x) => mixturePdf(x, cs)), mass };
}

/** The Gaussian target N(μ, σ²) (with its second mode): closed-form pdf and CDF; W1 against the CDF. */
export function gaussianSide(target: Target1d, grid: Float64Array): DataSide {
  const cs = components(target);
  return {
    ...mixtureSide(cs, grid),
    w1: (samples) => wasserstein1ToCdf(samples, (x) => mixtureCdf(x, cs), grid[0], grid[grid.length - 1]),
  };
}

/**
 * An empirical target: p_data drawn and scored as the sample's KDE (JS divergence on the bins against the KDE's
 * mass), and W1 between G's samples and the sample itself (their quantile functions, exactly), with the sample's
 * histogram for the panel. Computed once per data and view (the run keeps it).
 */
export function empiricalSide(data: EmpiricalData, grid: Float64Array): DataSide {
  return {
    ...mixtureSide(data.components, grid),
    w1: (samples) => wasserstein1Empirical(samples, data.values),
    histDensity: histogram(data.values, grid[0], grid[grid.length - 1], HISTOGRAM_BINS).density,
  };
}

/** Everything the distribution panel and divergence chart need, from the generator's samples. */
export function analyseSamples(samples: ArrayLike<number>, grid: Float64Array, target: Target1d | DataSide): DensityFigures {
  const side = 'mass' in target ? target : gaussianSide(target, grid);
  const { pData } = side;
  const lo = grid[0];
  const hi = grid[grid.length - 1];
  const pgKde = kdeOnGrid(samples, grid);
  const dStar = pData.map((p, i) => (p + pgKde[i] > 1e-12 ? p / (p + pgKde[i]) : 0.5));
  const hist = histogram(samples, lo, hi, HISTOGRAM_BINS);
  const genMass: number[] = [0];
  let inside = 0;
  for (let b = 0; b < HISTOGRAM_BINS; b++) {
    genMass.push(hist.mass[b]);
    inside += hist.mass[b];
  }
  let below = 0;
  for (let i = 0; i < samples.length; i++) if (samples[i] < lo) below++;
  genMass[0] = samples.length ? below / samples.length : 0;
  genMass.push(Math.max(0, 1 - inside - genMass[0]));
  const js = jsDivergence(side.mass, genMass);
  const w1 = side.w1(samples);
  return {
    pData, pgKde, histEdges: hist.edges, histDensity: hist.density, dStar, js, w1, cOfG: -Math.log(4) + 2 * js,
    ...(side.histDensity ? { dataHistDensity: side.histDensity } : {}),
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
