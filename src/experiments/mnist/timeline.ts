import type { TimelineFrame } from './snapshot';

/**
 * Sample grids saved every N training steps, for scrubbing back through a run. Bounded: when full, every other
 * older frame is dropped, so a long run keeps its whole story at a coarser spacing and memory stays flat.
 */
export class Timeline {
  private frames: TimelineFrame[] = [];
  private lastStep = -Infinity;

  constructor(readonly capacity = 48) {}

  /** Saves the grid if `every` steps have passed since the last saved one (the first grid is always saved). */
  offer(step: number, grid: Float32Array, every: number): void {
    if (step - this.lastStep < every && this.frames.length > 0) return;
    const pixels = new Uint8Array(grid.length);
    for (let i = 0; i < grid.length; i++) pixels[i] = Math.round(255 * Math.min(1, Math.max(0, grid[i])));
    this.frames.push({ step, pixels });
    this.lastStep = step;
    if (this.frames.length > this.capacity) {
      const half = Math.floor(this.frames.length / 2);
      this.frames = this.frames.slice(0, half).filter((_, i) => i % 2 === 0).concat(this.frames.slice(half));
    }
  }

  /** Replaces the saved grids by a recorded run's (a trained start's), oldest first. */
  load(frames: readonly TimelineFrame[]): void {
    this.frames = frames.slice(-this.capacity);
    this.lastStep = this.frames.length ? this.frames[this.frames.length - 1].step : -Infinity;
  }

  get all(): readonly TimelineFrame[] {
    return this.frames;
  }
}
