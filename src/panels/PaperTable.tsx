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
  /** Computes the row of run A (or of run B of a comparison) from this many generated digits. */
  onCompute: (samples: number, run: 'A' | 'B') => void;
  /** Run B of a comparison: its row (null until computed) and its setting, e.g. "loss = nonsaturating". */
  runB?: { row: PaperRowFigures | null; setting: string };
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

/** " (step N, σ = …)" after a computed row's name. */
function rowDetail(row: PaperRowFigures | null): string {
  return row ? ` (step ${row.step}, σ = ${row.sigma.toFixed(3)})` : '';
}

function figure(row: PaperRowFigures | null): string {
  return row ? `${row.mean.toFixed(0)} ± ${row.stdError.toFixed(1)}` : '—';
}

/** The paper's table with a row for this run (and for run B while comparing), computed on demand. */
export function PaperTable({ row, progress, onCompute, samples, runB }: PaperTableProps) {
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
            <td>{runB ? 'Run A' : 'This run'}{rowDetail(row)}</td>
            <td data-metric="parzen">{figure(row)}</td>
          </tr>
          {runB && (
            <tr className="this-run run-b" data-run="B">
              <td>Run B: {runB.setting}{rowDetail(runB.row)}</td>
              <td data-metric="parzen">{figure(runB.row)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="paper-actions">
        <button type="button" onClick={() => onCompute(quick, 'A')} disabled={progress !== null} title={`A Parzen window on ${quick.toLocaleString('en')} generated digits`}>
          {progress !== null ? 'Computing…' : runB ? 'Compute for run A' : 'Compute for this run'}
        </button>
        {runB && (
          <button type="button" data-action="parzen-b" onClick={() => onCompute(quick, 'B')} disabled={progress !== null} title={`Run B's row, from ${quick.toLocaleString('en')} generated digits`}>
            Compute for run B
          </button>
        )}
        <button type="button" onClick={() => onCompute(full, 'A')} disabled={progress !== null} title={`The paper's ${full.toLocaleString('en')} generated digits: a steadier figure, about five times as long`}>
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
