/** The conditional grid's picker: all rows (row r is digit r), or one digit in every row (the `digit` parameter). */
export function DigitPicker({ value, onPick }: { value: string; onPick: (digit: string) => void }) {
  return (
    <label className="digit-picker">
      Draw{' '}
      <select data-control="digit-picker" value={value} onChange={(e) => onPick(e.target.value)}>
        <option value="all">every digit, one per row</option>
        {Array.from({ length: 10 }, (_, d) => (
          <option key={d} value={String(d)}>
            only {d}s
          </option>
        ))}
      </select>
    </label>
  );
}

/** The digit each row of a conditional grid was asked for, beside the rows (cellSize: CSS pixels per digit). */
export function RowLabels({ labels, cellSize }: { labels: readonly number[]; cellSize: number }) {
  // the canvas draws 28-pixel digits with a 1-pixel gap, scaled to cellSize per digit
  const rowHeight = (29 * cellSize) / 28;
  return (
    <ol className="row-labels" aria-label="Digit asked for in each row" data-row-labels={labels.join(',')}>
      {labels.map((d, r) => (
        <li key={r} style={{ height: rowHeight }} data-row-label={d}>
          {d}
        </li>
      ))}
    </ol>
  );
}
