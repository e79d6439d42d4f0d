import type { HistoryPoint } from './history';

/** The metric history as CSV: a `step` column, then one column per metric (sorted); missing values stay empty. */
export function historyToCsv(points: readonly HistoryPoint[]): string {
  const keys = [...new Set(points.flatMap((p) => Object.keys(p.values)))].sort();
  const cell = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : String(v));
  const rows = points.map((p) => [String(p.step), ...keys.map((k) => cell(p.values[k]))].join(','));
  return [['step', ...keys].join(','), ...rows].join('\n') + '\n';
}
