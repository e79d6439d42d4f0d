// The status line's rates (steps/s, frames/s): events counted in a sliding one-second window.

/** Counts events in a sliding one-second window (steps/s, frames/s). */
export class RateMeter {
  private events: { t: number; n: number }[] = [];
  /** When counting restarted (a new speed), while that is less than a second ago; else null. */
  private since: number | null = null;
  add(t: number, n: number): void {
    this.events.push({ t, n });
    this.trim(t);
  }
  /**
   * Events per second. Within a second of restart(), the events since then over the time since then (at least
   * RESTART_MIN_MS), so that the figure speaks of the new speed only.
   */
  rate(t: number): number {
    this.trim(t);
    let n = 0;
    for (const e of this.events) n += e.n;
    if (this.since === null) return n;
    if (t - this.since >= 1000) {
      this.since = null;
      return n;
    }
    return (n * 1000) / Math.max(RESTART_MIN_MS, t - this.since);
  }
  clear(): void {
    this.events = [];
    this.since = null;
  }
  /** Forgets what was counted before t: what came before (another speed) says nothing of what comes now. */
  restart(t: number): void {
    this.events = [];
    this.since = t;
  }
  private trim(t: number): void {
    while (this.events.length && this.events[0].t < t - 1000) this.events.shift();
  }
}

/** The shortest time a restarted RateMeter divides by: a frame arriving just after a restart is not a rate yet. */
const RESTART_MIN_MS = 250;
