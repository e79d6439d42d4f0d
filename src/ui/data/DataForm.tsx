import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { checkRowCount, MAX_DATA_CHARS, parseDataText } from '../../params/dataText';
import type { UserDataSpec } from '../../engine/types';

interface Props {
  /** What the experiment takes: numbers per row (1: values, 2: points x, y), their name, how many. */
  spec: Pick<UserDataSpec, 'columns' | 'noun' | 'minRows' | 'maxRows'>;
  /** Takes the parsed rows; rejects (with the reason) when the experiment refuses them, and nothing changes. */
  onRows(rows: number[][]): Promise<void>;
  /** Closes the form (after data was taken, or on Cancel). */
  onClose(): void;
}

const EXAMPLE = { 1: 'value\n-1.2\n0.4\n2.5', 2: 'x,y\n-1.5,0.2\n0.3,2.1\n1.8,-0.7' } as const;

/**
 * Paste or upload your own data: CSV, TSV, whitespace-separated columns or JSON (Escape closes the form). Text that cannot be read, too few or
 * too many rows, or rows the experiment refuses, leave everything as it was and say why right under the box.
 */
export function DataForm({ spec, onRows, onClose }: Props) {
  const { columns, noun, minRows, maxRows } = spec;
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  /**
   * Shows why the data was refused and puts the focus back in the box, where it is fixed (the submit button the
   * focus was on is disabled while the data is checked, which drops the focus to the page: Escape would no longer
   * reach the form).
   */
  const refuse = (err: unknown) => {
    setProblem(err instanceof Error ? err.message : String(err));
    box.current?.focus();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    let rows: number[][];
    try {
      rows = parseDataText(text, columns);
      checkRowCount(rows, minRows, maxRows, noun);
    } catch (err) {
      refuse(err);
      return;
    }
    setBusy(true);
    try {
      await onRows(rows);
      onClose();
    } catch (err) {
      refuse(err);
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    // (a character is at least one byte: a file this large is refused unread)
    if (file.size > 4 * MAX_DATA_CHARS) {
      setProblem(`The file is too large (${file.size.toLocaleString('en')} bytes); the data may hold at most ${MAX_DATA_CHARS.toLocaleString('en')} characters.`);
      return;
    }
    setText(await file.text());
  };
  return (
    <form
      className="data-loader" data-panel="data-loader" onSubmit={submit} aria-describedby={`${id}-help`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <label htmlFor={`${id}-text`}>Your {noun}: one {columns === 1 ? 'number' : 'x, y pair'} per line, or JSON</label>
      <textarea ref={box} id={`${id}-text`} rows={6} value={text} placeholder={EXAMPLE[columns]} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      <p id={`${id}-help`} className="hint">
        {minRows} to {maxRows.toLocaleString('en')} {noun}. Commas, semicolons, tabs or spaces between the numbers; a header
        line is skipped. Nothing leaves this computer (a link carries small data sets only).
      </p>
      <div className="data-loader-actions">
        <label className="file-button">
          Choose a file…
          <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json" onChange={(e) => void readFile(e)} />
        </label>
        <button type="submit" disabled={busy || !text.trim()}>Use these {noun}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
      {problem && <p className="data-loader-problem" role="alert">{problem}</p>}
    </form>
  );
}
