import type { MetricHistory } from '../../engine/history';
import type { Series } from '../../panels/LineChart';

/** One of run B's metrics over training, as a chart series labelled "(B)" in B's style. */
export function bSeries(label: string, history: MetricHistory, key: string, style: { stroke: string; width: number; dash: string }): Series {
  return { label: `${label} (B)`, ...history.series(key), stroke: style.stroke, width: style.width, dash: style.dash || undefined };
}
