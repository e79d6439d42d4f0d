// The compact form of the user's data that a link carries (`points=`): "x,y;x,y" (or "v;v" for values), two decimals,
// at most MAX_LINK_POINTS rows. Larger data stays on this computer, and the link says so with `points=local`.

/** Links carry at most this many points; more stay on this computer (the page says so). */
export const MAX_LINK_POINTS = 150;
/** The `points` value of a link made while using more data than a link carries. */
export const LOCAL_DATA = 'local';
/** Digits after the decimal point of a point in a link. */
const LINK_DECIMALS = 2;

/** The link form of a few rows ("x,y;x,y", two decimals), or null when there are too many for a link. */
export function rowsToLink(rows: readonly (readonly number[])[]): string | null {
  if (!rows.length || rows.length > MAX_LINK_POINTS) return null;
  return rows.map((r) => r.map((v) => String(Number(v.toFixed(LINK_DECIMALS)))).join(',')).join(';');
}

/** Rows from their link form; throws an Error naming the problem (the page then ignores the key and says so). */
export function rowsFromLink(text: string, columns: 1 | 2): number[][] {
  const parts = text.split(';');
  if (parts.length > MAX_LINK_POINTS) throw new Error(`a link carries at most ${MAX_LINK_POINTS} points`);
  return parts.map((p, i) => {
    const values = p.split(',').map((c) => (c.trim() === '' ? NaN : Number(c)));
    if (values.length !== columns || !values.every(Number.isFinite)) throw new Error(`point ${i + 1} ("${short(p)}") is not ${columns === 1 ? 'a number' : 'x,y'}`);
    return values;
  });
}

/** The `points` value for data in use: its link form, `local` when there is too much of it, null for none. */
export function dataForLink(rows: readonly (readonly number[])[]): string | null {
  if (!rows.length) return null;
  return rowsToLink(rows) ?? LOCAL_DATA;
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
