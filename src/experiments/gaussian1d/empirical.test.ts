import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { tf } from '../../core/tf';
import { mixtureCdf, mixturePdf } from '../../core/gaussian';
import { linspace, silvermanBandwidth } from '../../core/density1d';
import { mulberry32 } from '../../core/rng';
import { presetParams } from '../../params/schema';
import { gaussian1dSchema } from './schema';
import { Gaussian1dRun } from './run';
import { empiricalData, empiricalViewRange, MAX_VALUES, MIN_VALUES, validateValues } from './empirical';
import { analyseSamples, empiricalSide, HISTOGRAM_BINS } from './analysis';
import { sampleEmpirical, tabulatedPdf } from './target';

beforeAll(useCpuBackend);

/** n values of N(mu, sd²) by Box–Muller from a seeded stream, rounded to 2 decimals (as a link carries them). */
function normalValues(n: number, mu: number, sd: number, seed = 3): number[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return Math.round((mu + sd * z) * 100) / 100;
  });
}

describe('validateValues', () => {
  it('takes numbers or one-number rows, and [] (which clears)', () => {
    expect(Array.from(validateValues([1, -2, 3.5, 0, 9.99]))).toEqual([1, -2, 3.5, 0, 9.99]);
    expect(Array.from(validateValues([[1], [2], [3], [4], [5]]))).toEqual([1, 2, 3, 4, 5]);
    expect(validateValues([]).length).toBe(0);
  });

  it('refuses, saying why and what it takes: too few, too many, not numbers, non-finite, out of range, two columns', () => {
    const limits = new RegExp(`${MIN_VALUES} to 10,000 values`);
    expect(() => validateValues([1, 2, 3])).toThrow(limits);
    expect(() => validateValues(new Array(MAX_VALUES + 1).fill(0))).toThrow(/10,001 values.*5 to 10,000/);
    expect(() => validateValues('1,2,3')).toThrow(/must be an array/);
    expect(() => validateValues([1, 2, 'x', 4, 5])).toThrow(/Value 3 is not a finite number/);
    expect(() => validateValues([1, 2, 3, NaN, 5])).toThrow(/Value 4 is not a finite number/);
    expect(() => validateValues([1, 2, 3, 4, Infinity])).toThrow(/Value 5 is not a finite number/);
    expect(() => validateValues([1, 2, 3, 4, 12])).toThrow(/Value 5 \(12\) lies outside \[−10, 10\]/);
    expect(() => validateValues([[1], [2], [3, 4], [5], [6]])).toThrow(/Row 3 has 2 values/);
  });
});

describe('the empirical target', () => {
  const values = normalValues(500, 1, 0.5);
  const data = empiricalData(values);

  it('keeps the sample sorted, with Silverman’s bandwidth, its mean and standard deviation', () => {
    expect(data.values.length).toBe(500);
    for (let i = 1; i < data.values.length; i++) expect(data.values[i]).toBeGreaterThanOrEqual(data.values[i - 1]);
    expect(data.bandwidth).toBe(silvermanBandwidth(values));
    // h = 0.9 · min(σ̂, IQR/1.34) · n^(−1/5): for N(1, 0.5²) about 0.9 · 0.5 · 500^(−0.2) ≈ 0.13
    expect(data.bandwidth).toBeGreaterThan(0.1);
    expect(data.bandwidth).toBeLessThan(0.16);
    expect(data.mean).toBeCloseTo(1, 1);
    expect(data.sd).toBeCloseTo(0.5, 1);
  });

  it('has a KDE density that integrates to 1 and a CDF that is its integral', () => {
    const grid = linspace(-5, 6, 2201);
    const dx = grid[1] - grid[0];
    let integral = 0;
    for (const x of grid) integral += mixturePdf(x, data.components) * dx;
    expect(integral).toBeCloseTo(1, 3);
    expect(mixtureCdf(1, data.components)).toBeCloseTo(values.filter((v) => v <= 1).length / 500, 1);
  });

  it('draws p_data as the KDE with the sample’s histogram, and its bin masses (with the tails) sum to 1', () => {
    const [lo, hi] = empiricalViewRange(data);
    expect(lo).toBe(-5);
    expect(hi).toBe(5);
    const grid = linspace(lo, hi, 240);
    const side = empiricalSide(data, grid);
    expect(side.pData[120]).toBeCloseTo(mixturePdf(grid[120], data.components), 12);
    expect(side.mass).toHaveLength(HISTOGRAM_BINS + 2);
    expect(side.mass.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const width = (hi - lo) / HISTOGRAM_BINS;
    expect(side.histDensity!.reduce((a, b) => a + b * width, 0)).toBeCloseTo(1, 9);
  });

  it('scores G against the sample: W1 is 0 for the sample itself and the shift for a shifted copy; JS grows with the shift', () => {
    const grid = linspace(-5, 5, 240);
    const side = empiricalSide(data, grid);
    const same = analyseSamples(values, grid, side);
    expect(same.w1).toBeCloseTo(0, 12);
    // the histogram of the sample against its own KDE: close, not identical (the KDE smooths)
    expect(same.js).toBeLessThan(0.02);
    expect(same.dataHistDensity).toBe(side.histDensity);
    const shifted = analyseSamples(values.map((v) => v + 0.7), grid, side);
    expect(shifted.w1).toBeCloseTo(0.7, 9);
    expect(shifted.js).toBeGreaterThan(10 * same.js);
  });

  it('samples with replacement from the values, the same batches for the same seed', () => {
    const small = [-2, -1, 0.5, 3, 4];
    const t = tf.tensor1d(small);
    const a = sampleEmpirical(t, 400, 11);
    const b = sampleEmpirical(t, 400, 11);
    const c = sampleEmpirical(t, 400, 12);
    const drawn = Array.from(a.dataSync());
    expect(a.shape).toEqual([400, 1]);
    expect(drawn.every((v) => small.includes(v))).toBe(true);
    for (const v of small) expect(drawn.filter((d) => d === v).length).toBeGreaterThan(40); // each about 80 times
    expect(Array.from(b.dataSync())).toEqual(drawn);
    expect(Array.from(c.dataSync())).not.toEqual(drawn);
    tf.dispose([t, a, b, c]);
  });
});

describe('tabulatedPdf', () => {
  it('reads a tabulated density at the nearest point, and 0 outside its range', () => {
    const table = tf.tensor1d([0, 0.1, 0.4, 0.1, 0]); // at −2, −1, 0, 1, 2
    const x = tf.tensor2d([[-2], [0.1], [0.9], [-1.4], [2.5], [-7]]);
    const p = tabulatedPdf(table, -2, 2, x);
    expect(p.shape).toEqual([6, 1]);
    expect(Array.from(p.dataSync()).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0.4, 0.1, 0.1, 0, 0]);
    tf.dispose([table, x, p]);
  });
});

describe('1-D run on your own values', () => {
  const base = { ...presetParams(gaussian1dSchema, 'default'), seed: 1 };
  // two modes, at −2 and 2: nothing like the default N(−1, 1)
  const values = [...normalValues(150, -2, 0.4, 5), ...normalValues(150, 2, 0.4, 6)];

  it('keeps the Gaussian target by default: values given but not chosen change nothing', async () => {
    const plain = await Gaussian1dRun.create(base);
    const withData = await Gaussian1dRun.create(base, undefined, values.map((v) => [v]));
    plain.trainSteps(20);
    withData.trainSteps(20);
    const [a, b] = [await plain.snapshot(), await withData.snapshot()];
    expect(b.metrics.w1).toBe(a.metrics.w1);
    expect(b.dataHistDensity).toBeUndefined();
    [plain, withData].forEach((r) => r.dispose());
  });

  it('waits for data when the empirical target has none, reporting no W1 or JS (never NaN)', async () => {
    const run = await Gaussian1dRun.create({ ...base, target: 'empirical' });
    run.trainSteps(5);
    const snap = await run.snapshot();
    expect(run.step).toBe(0);
    expect(snap.waitingForData).toBe(true);
    expect(snap.metrics.w1).toBeUndefined();
    expect(Math.max(...snap.pData)).toBe(0); // no p_data drawn (not the Gaussian's)
    expect(Object.values(snap.metrics).every(Number.isFinite)).toBe(true);
    run.setData(values.map((v) => [v]));
    run.trainSteps(5);
    expect(run.step).toBe(5);
    expect((await run.snapshot()).waitingForData).toBe(false);
    run.dispose();
  });

  it('refuses bad values and keeps the data it had', async () => {
    const run = await Gaussian1dRun.create({ ...base, target: 'empirical' }, undefined, values.map((v) => [v]));
    const before = await run.snapshot();
    expect(() => run.setData([[1], [2]])).toThrow(/5 to 10,000 values/);
    expect(() => run.setData([[1], [2], [3], [NaN], [5]])).toThrow(/not a finite number/);
    const after = await run.snapshot();
    expect(Array.from(after.dataHistDensity!)).toEqual(Array.from(before.dataHistDensity!));
    expect(after.metrics.w1).toBe(before.metrics.w1);
    run.dispose();
  });

  it('pre-trains D towards the values’ KDE, not towards the Gaussian (Jang’s D_pre)', async () => {
    // values around 2 (KDE peak about 0.6), where the Gaussian N(−1, 1) has almost no mass. Measured when written:
    // D(2) 0.40 → 0.59 and D(−1) 0.56 → 0.00 after 1,000 least-squares steps (Adam, the default preset)
    const around2 = normalValues(200, 2, 0.6, 9).map((v) => [v]);
    const run = await Gaussian1dRun.create({ ...base, target: 'empirical', pretrainD: true, pretrainSteps: 1000 }, undefined, around2);
    const [atData, atGaussian] = await run.discriminate([[2], [-1]]);
    expect(atData).toBeGreaterThan(0.4);
    expect(atGaussian).toBeLessThan(0.1);
    run.dispose();
  }, 120_000);

  it('is reproducible and keeps the tensor count flat while training on the values', async () => {
    const params = { ...base, target: 'empirical', pretrainD: true, pretrainSteps: 50 };
    const rows = values.map((v) => [v]);
    const a = await Gaussian1dRun.create(params, undefined, rows);
    const b = await Gaussian1dRun.create(params, undefined, rows);
    a.trainSteps(10);
    b.trainSteps(10);
    expect(Array.from((await a.snapshot()).mapX)).toEqual(Array.from((await b.snapshot()).mapX));
    const during = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) {
      a.trainSteps(10);
      await a.snapshot();
    }
    expect(tf.memory().numTensors).toBe(during);
    a.setData(rows.slice(0, 50));
    a.trainSteps(10);
    await a.snapshot();
    expect(tf.memory().numTensors).toBe(during);
    b.dispose();
    a.dispose();
  });

  /**
   * A real training check on two modes at ±2 (σ 0.4, 300 values), default recipe, seed 1, CPU: W1 to the sample
   * falls from above 1 at step 0 to ≤ 0.35 by step 2,000 and G puts mass on both modes. Measured when written:
   * W1 1.686 → 0.168, JS 0.588 → 0.106 (about 30 s on a loaded 2-core machine).
   */
  it('learns the sample: W1 to the values falls and both modes get mass', async () => {
    const run = await Gaussian1dRun.create({ ...base, target: 'empirical' }, undefined, values.map((v) => [v]));
    const start = await run.snapshot();
    run.trainSteps(2000);
    const end = await run.snapshot();
    expect(start.metrics.w1).toBeGreaterThan(1);
    expect(end.metrics.w1).toBeLessThan(0.35);
    const samples = await run.sample(2000);
    const left = samples.filter(([x]) => x < 0).length / samples.length;
    expect(left).toBeGreaterThan(0.2);
    expect(left).toBeLessThan(0.8);
    run.dispose();
  }, 300_000);
});
