// Bounded metric history for the line charts: when full, every other old point is dropped, so an hour-long run
// keeps its whole shape at a coarser resolution and memory stays flat.

export interface HistoryPoint {
  step: number;
  values: Record<string, number>;
}

export class MetricHistory {
  private points: HistoryPoint[] = [];
  version = 0;

  constructor(readonly capacity = 1500) {}

  push(step: number, values: Record<string, number>): void {
    const last = this.points[this.points.length - 1];
    if (last && last.step === step) this.points[this.points.length - 1] = { step, values };
    else this.points.push({ step, values });
    if (this.points.length > this.capacity) {
      // Keep the newest half at full resolution, thin the older half by two.
      const half = Math.floor(this.points.length / 2);
      const older = this.points.slice(0, half).filter((_, i) => i % 2 === 0);
      this.points = older.concat(this.points.slice(half));
    }
    this.version++;
  }

  clear(): void {
    this.points = [];
    this.version++;
  }

  /** Replaces the history by a recorded one (a trained start's), thinned to the capacity as if pushed. */
  replace(points: readonly HistoryPoint[]): void {
    this.points = [];
    for (const p of points) this.push(p.step, p.values);
    this.version++;
  }

  get length(): number {
    return this.points.length;
  }

  /** One metric as parallel arrays (steps, values), skipping points where it is missing or not finite. */
  series(key: string): { steps: number[]; values: number[] } {
    const steps: number[] = [];
    const values: number[] = [];
    for (const p of this.points) {
      const v = p.values[key];
      if (Number.isFinite(v)) {
        steps.push(p.step);
        values.push(v);
      }
    }
    return { steps, values };
  }

  all(): readonly HistoryPoint[] {
    return this.points;
  }
}
