// Frames are numbered as they are asked for (RunLifecycle.readFrame), and one asked for earlier never replaces a
// later one on screen: a new run's first frame may still be in flight (Scheduler.track) when later frames arrive.

export class FrameOrder {
  /** The number of the latest frame asked for. */
  private asked = 0;
  /** The number of the latest frame put on screen. */
  private shown = 0;

  /** Numbers a frame as it is asked for. */
  ask(): number {
    return ++this.asked;
  }

  /** Whether frame `asked`, arrived, may go on screen (no later frame is there); if so it becomes the latest shown. */
  show(asked: number): boolean {
    if (asked < this.shown) return false;
    this.shown = asked;
    return true;
  }
}
