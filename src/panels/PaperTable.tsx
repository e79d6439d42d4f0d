export interface PaperRowFigures {
  step: number;
  mean: number;
  stdError: number;
  sigma: number;
  centres: number;
  validationCount: number;
  testCount: number;
}

export interface PaperTableProps {
  row: PaperRowFigures | null;
  /** Progress of a computation under way (0…1), or null. */
  progress: number | null;
  /** Computes the row from this many generated digits. */
  onCompute: (samples: number) => void;
  /** Generated digits of the quick row, and of the paper's (slower) one. */
  samples: { quick: number; full: number };
}

/** Goodfellow et al. 2014, Table 1 (MNIST column): Parzen-window log-likelihood of test digits, in nats. */
const PUBLISHED = [
  { model: 'DBN', mean: 138, se: 2 },
  { model: 'Stacked CAE', mean: 121, se: 1.6 },
  { model: 'Deep GSN', mean: 214, se: 1.1 },
  { model: 'Adversarial nets', mean: 225, se: 2 },
];

/** The paper's table with a row for this run, computed on demand. */
export function PaperTable({ row, progress, onCompute, samples }: PaperTableProps) {
  const { quick, full } = samples;
  return (
    <figure className="panel" data-panel="paper" aria-label="Comparison with Goodfellow et al. 2014, Table 1">
      <figcaption>Parzen-window log-likelihood on MNIST (Goodfellow et al. 2014, Table 1)</figcaption>
      <table className="paper-table">
        <thead>
          <tr><th>Model</th><th>log-likelihood (nats)</th></tr>
        </thead>
        <tbody>
          {PUBLISHED.map((r) => (
            <tr key={r.model}><td>{r.model}</td><td>{r.mean} ± {r.se}</td></tr>
          ))}
          <tr className="this-run">
            <td>This run{row ? ` (step ${row.step}, σ = ${row.sigma.toFixed(3)})` : ''}</td>
            <td data-metric="parzen">{row ? `${row.mean.toFixed(0)} ± ${row.stdError.toFixed(1)}` : '—'}</td>
          </tr>
        </tbody>
      </table>
      <div className="paper-actions">
        <button type="button" onClick={() => onCompute(quick)} disabled={progress !== null} title={`A Parzen window on ${quick.toLocaleString('en')} generated digits`}>
          {progress !== null ? 'Computing…' : 'Compute for this run'}
        </button>
        <button type="button" onClick={() => onCompute(full)} disabled={progress !== null} title={`The paper's ${full.toLocaleString('en')} generated digits: a steadier figure, about five times as long`}>
          With {full.toLocaleString('en')} samples (slower)
        </button>
        {progress !== null && <progress max={1} value={progress} aria-label="Parzen estimate progress" />}
      </div>
      <p className="hint">
        A Gaussian kernel of width σ on each generated digit; σ from logspace(−1, 0, 10) chosen by likelihood on a
        validation set; mean ± std/√N over test digits. The paper used 10,000 generated samples, 1,000 validation and
        the 10,000 MNIST test digits; here {row ? row.centres.toLocaleString('en') : quick.toLocaleString('en')} generated samples,{' '}
        {row ? row.validationCount : 200} validation and {row ? row.testCount : 800} test digits from the 1,000 held
        out, so the figures are noisier and not strictly comparable. Parzen estimates in 784 dimensions are a weak
        measure: they reward blur and copying as well as real quality.
      </p>
    </figure>
  );
}
