// Which saved grid of a sample-grid timeline (MNIST) stands for a step: run B's grid panel follows the grid picked in
// run A's, and the two runs save their grids at the same steps (unless the compared setting is how often).

/** The index of the newest frame saved at or before `step`; null when none is. Frames are oldest first. */
export function frameIndexAtStep(frames: readonly { step: number }[], step: number): number | null {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].step <= step) return i;
  return null;
}
