// Turns what the live benchmark saw on each animation frame into the figures it reports. Pure: no browser needed.

/** Nearest-rank quantile of ascending numbers (p in [0, 1]); null for none. */
export function quantile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * One entry per animation frame: its time (ms) and whether the panel changed since the frame before. A frame in
 * which the panel changed is a drawn frame. Returns drawn frames per second of `elapsedMs` and the p50/p95 of the
 * intervals between consecutive drawn frames (ms; null with fewer than two drawn frames).
 */
export function drawnFrameStats(times, changed, elapsedMs) {
  if (times.length !== changed.length) throw new Error('times and changed differ in length');
  const drawn = times.filter((_, i) => changed[i]);
  const intervals = [];
  for (let i = 1; i < drawn.length; i++) intervals.push(drawn[i] - drawn[i - 1]);
  intervals.sort((a, b) => a - b);
  return {
    frames: times.length,
    drawnFrames: drawn.length,
    redrawsPerSecond: elapsedMs > 0 ? drawn.length / (elapsedMs / 1000) : 0,
    p50DrawnIntervalMs: quantile(intervals, 0.5),
    p95DrawnIntervalMs: quantile(intervals, 0.95),
  };
}
