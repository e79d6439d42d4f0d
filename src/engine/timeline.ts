// Bounded snapshots of a run for scrubbing back in time. A frame is kept when at least `interval` steps have passed
// since the last kept one; when the list is full, every other frame is dropped and the interval doubles, so a long
// run keeps its whole story at a coarser resolution and memory stays bounded.

export class SnapshotTimeline<S extends { step: number }> {
  private frames: S[] = [];
  private interval: number;
  version = 0;

  constructor(readonly capacity = 80, private readonly firstInterval = 10) {
    this.interval = firstInterval;
  }

  push(frame: S): void {
    const last = this.frames[this.frames.length - 1];
    if (last && frame.step < last.step) this.clear(); // a reset or a loaded checkpoint went back in time
    const newest = this.frames[this.frames.length - 1];
    if (newest && frame.step - newest.step < this.interval) return;
    this.frames.push(frame);
    if (this.frames.length > this.capacity) {
      this.frames = this.frames.filter((_, i) => i % 2 === 0 || i === this.frames.length - 1);
      this.interval *= 2;
    }
    this.version++;
  }

  clear(): void {
    this.frames = [];
    this.interval = this.firstInterval;
    this.version++;
  }

  get length(): number {
    return this.frames.length;
  }

  at(i: number): S | undefined {
    return this.frames[i];
  }

  /** The newest kept frame at or before `step` (run B's frame for the step run A's timeline shows); undefined if none. */
  atStep(step: number): S | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i].step <= step) return this.frames[i];
    return undefined;
  }
}
