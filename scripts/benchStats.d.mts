export function quantile(sorted: readonly number[], p: number): number | null;
export interface DrawnFrameStats {
  frames: number;
  drawnFrames: number;
  redrawsPerSecond: number;
  p50DrawnIntervalMs: number | null;
  p95DrawnIntervalMs: number | null;
}
export function drawnFrameStats(times: readonly number[], changed: readonly boolean[], elapsedMs: number): DrawnFrameStats;
