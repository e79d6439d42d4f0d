// The 1-D experiment's empirical target: values the user brought (pasted, uploaded, or sent by setData). p_data is
// then the sample itself: G learns to imitate draws with replacement from it, and the panels show it as a histogram
// and as a Gaussian kernel density estimate (KDE).
import { silvermanBandwidth } from '../../core/density1d';
import type { MixtureComponent } from '../../core/gaussian';

/** Fewer values than this say too little about a distribution to train on. */
export const MIN_VALUES = 5;
/** At most this many values are kept (the same order as the 2-D drawn points). */
export const MAX_VALUES = 10_000;
/** The values must lie within ±VALUE_LIMIT: the range the 1-D networks and panels work on (the Gaussians' μ ± 4σ). */
export const VALUE_LIMIT = 10;

/** An empirical p_data: the sample, sorted, and the Gaussian KDE drawn and scored as its density. */
export interface EmpiricalData {
  /** The values, ascending. */
  values: Float64Array;
  /** The KDE's bandwidth h, by Silverman's rule of thumb (Silverman 1986, eq. 3.31): h = 0.9·min(σ̂, IQR/1.34)·n^(−1/5). */
  bandwidth: number;
  mean: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
  /** The KDE p̂(x) = (1/n) Σ φ((x − xᵢ)/h)/h written as an equal-weight mixture of N(xᵢ, h²). */
  components: MixtureComponent[];
}

/** What the 1-D experiment takes: rows of one number ([v]) or plain numbers; the reason limits are stated in errors. */
const LIMITS = `${MIN_VALUES} to ${MAX_VALUES.toLocaleString('en')} values within [−${VALUE_LIMIT}, ${VALUE_LIMIT}]`;

/**
 * Checks the user's values before anything changes: an array of numbers (or one-number rows), finite, within
 * ±VALUE_LIMIT, MIN_VALUES to MAX_VALUES of them; an empty array clears the data. Returns the values, or throws an
 * Error saying what is wrong and what is accepted (nothing is clamped or dropped silently).
 */
export function validateValues(rows: unknown): Float64Array {
  if (!Array.isArray(rows)) throw new Error(`Your data must be an array of numbers (${LIMITS}).`);
  if (rows.length > MAX_VALUES) throw new Error(`Your data holds ${rows.length.toLocaleString('en')} values; the 1-D experiment takes ${LIMITS}.`);
  if (rows.length > 0 && rows.length < MIN_VALUES) throw new Error(`Your data holds ${rows.length} value${rows.length === 1 ? '' : 's'}; the 1-D experiment takes ${LIMITS}.`);
  const out = new Float64Array(rows.length);
  rows.forEach((row: unknown, i) => {
    if (Array.isArray(row) && row.length !== 1) {
      throw new Error(`Row ${i + 1} has ${row.length} values; the 1-D experiment takes one number per row.`);
    }
    const v: unknown = Array.isArray(row) ? row[0] : row;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`Value ${i + 1} is not a finite number.`);
    if (Math.abs(v) > VALUE_LIMIT) {
      throw new Error(`Value ${i + 1} (${v}) lies outside [−${VALUE_LIMIT}, ${VALUE_LIMIT}], the range the 1-D networks work on: rescale the data first.`);
    }
    out[i] = v;
  });
  return out;
}

/** The empirical target of validated values (at least MIN_VALUES of them). */
export function empiricalData(values: ArrayLike<number>): EmpiricalData {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i] - mean) ** 2;
  const bandwidth = silvermanBandwidth(sorted);
  const components = Array.from(sorted, (mu) => ({ weight: 1 / n, mu, sigma: bandwidth }));
  return { values: sorted, bandwidth, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, components };
}

/** The x range the plots show: the data ±3h, and at least [−5, 5] (as the Gaussian target's view). */
export function empiricalViewRange(data: EmpiricalData): [number, number] {
  const { values, bandwidth } = data;
  return [Math.min(-5, values[0] - 3 * bandwidth), Math.max(5, values[values.length - 1] + 3 * bandwidth)];
}
