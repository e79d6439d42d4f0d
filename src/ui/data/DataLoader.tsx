import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { parseDataText } from '../../params/dataText';

interface Props {
  /** Numbers per row: 1 (values) or 2 (points x, y). */
  columns: 1 | 2;
  /** Takes the parsed rows; rejects (with the reason) when the experiment refuses them, and nothing changes. */
  onRows(rows: number[][]): Promise<void>;
  /** What the rows are, for the button and the hint (e.g. "points"). */
  noun: string;
}

const EXAMPLE = { 1: 'value\n-1.2\n0.4\n2.5', 2: 'x,y\n-1.5,0.2\n0.3,2.1\n1.8,-0.7' } as const;

/**
 * Paste or upload your own data: CSV, TSV, whitespace-separated columns or JSON. Text that cannot be read, or rows the
 * experiment refuses, leave everything as it was and say why right under the box.
 */
export function DataLoader({ columns, onRows, noun }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    let rows: number[][];
    try {
      rows = parseDataText(text, columns);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
      return;
    }
    setBusy(true);
    try {
      await onRows(rows);
      setOpen(false);
      setText('');
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    setText(await file.text());
  };
  if (!open) {
    return (
      <button type="button" className="data-loader-open" onClick={() => setOpen(true)} title={`Paste or upload your own ${noun} (CSV or JSON)`}>
        Load your {noun}…
      </button>
    );
  }
  return (
    <form className="data-loader" data-panel="data-loader" onSubmit={submit} aria-describedby={`${id}-help`}>
      <label htmlFor={`${id}-text`}>Your {noun}: one {columns === 1 ? 'number' : 'x, y pair'} per line, or JSON</label>
      <textarea id={`${id}-text`} rows={6} value={text} placeholder={EXAMPLE[columns]} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      <p id={`${id}-help`} className="hint">
        Commas, semicolons, tabs or spaces between the numbers; a header line is skipped. Nothing leaves this computer.
      </p>
      <div className="data-loader-actions">
        <label className="file-button">
          Choose a file…
          <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json" onChange={(e) => void readFile(e)} />
        </label>
        <button type="submit" disabled={busy || !text.trim()}>Use these {noun}</button>
        <button type="button" onClick={() => { setOpen(false); setProblem(null); }}>Cancel</button>
      </div>
      {problem && <p className="data-loader-problem" role="alert">{problem}</p>}
    </form>
  );
}
