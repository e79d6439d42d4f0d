// The user's own data as text: pasted or uploaded CSV / TSV / whitespace-separated columns, or JSON (the form a link
// carries: dataLink.ts). Parsing never changes anything: it returns rows of finite numbers or throws an Error that
// says what is wrong and where. Loaded with the data form, on demand.

/** Text longer than this is refused before parsing (a few hundred thousand points). */
export const MAX_DATA_CHARS = 2_000_000;

/**
 * Rows of `columns` numbers from text. Accepts JSON (an array of numbers when columns is 1, of [x, y] pairs or
 * {x, y} objects when 2) or delimited lines (commas, semicolons, tabs or spaces; a non-numeric first line is read
 * as a header and skipped; blank lines and lines starting with # are ignored). Extra columns are refused, not cut.
 */
export function parseDataText(text: string, columns: 1 | 2): number[][] {
  if (text.length > MAX_DATA_CHARS) throw new Error(`The data is too long (${text.length} characters; at most ${MAX_DATA_CHARS}).`);
  const trimmed = text.trim();
  if (!trimmed) throw new Error('There is no data: paste numbers or choose a file.');
  return trimmed.startsWith('[') ? parseJson(trimmed, columns) : parseLines(trimmed, columns);
}

function parseJson(text: string, columns: 1 | 2): number[][] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('The data starts with "[" but is not valid JSON.');
  }
  if (!Array.isArray(doc)) throw new Error('JSON data must be an array.');
  return doc.map((item: unknown, i) => {
    const row = columns === 1 && typeof item === 'number' ? [item] : jsonRow(item);
    if (!row || row.length !== columns) throw new Error(`Item ${i + 1} is not ${columns === 1 ? 'a number' : 'an [x, y] pair'}.`);
    row.forEach((v) => checkFinite(v, `Item ${i + 1}`));
    return row;
  });
}

function jsonRow(item: unknown): number[] | null {
  if (Array.isArray(item)) return item.every((v) => typeof v === 'number') ? item : null;
  if (typeof item === 'object' && item !== null && 'x' in item) {
    const x = item.x;
    const y = 'y' in item ? item.y : undefined;
    const values = y === undefined ? [x] : [x, y];
    return values.every((v): v is number => typeof v === 'number') ? values : null;
  }
  return null;
}

function parseLines(text: string, columns: 1 | 2): number[][] {
  const lines = text.split(/\r?\n/);
  const rows: number[][] = [];
  lines.forEach((line, i) => {
    const content = line.trim();
    if (!content || content.startsWith('#')) return;
    const cells = content.split(/[,;\t ]+/).filter((c) => c !== '');
    const values = cells.map(Number);
    const numeric = values.every((v, j) => cells[j] !== '' && !Number.isNaN(v));
    if (!numeric) {
      if (rows.length === 0 && i === firstContentLine(lines)) return; // a header
      throw new Error(`Line ${i + 1} holds something that is not a number: "${short(content)}".`);
    }
    if (values.length !== columns) {
      throw new Error(`Line ${i + 1} has ${values.length} value${values.length === 1 ? '' : 's'}; each line needs ${columns === 1 ? 'one number' : 'two (x and y)'}.`);
    }
    values.forEach((v) => checkFinite(v, `Line ${i + 1}`));
    rows.push(values);
  });
  if (!rows.length) throw new Error('There are no rows of numbers in the data.');
  return rows;
}

function firstContentLine(lines: string[]): number {
  return lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

function checkFinite(v: number, where: string): void {
  if (!Number.isFinite(v)) throw new Error(`${where} holds a value that is not a finite number.`);
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * Refuses an import of fewer than `min` or more than `max` rows, stating the limits (drawing adds a few points at a
 * time; an import is a whole data set).
 */
export function checkRowCount(rows: readonly unknown[], min: number, max: number, noun: string): void {
  if (rows.length < min || rows.length > max) {
    throw new Error(`The data holds ${rows.length.toLocaleString('en')} ${noun}; it needs ${min} to ${max.toLocaleString('en')}.`);
  }
}
