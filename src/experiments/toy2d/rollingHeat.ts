// The 2-D heat map, refreshed in turns while playing. D on the whole 64×64 grid is most of a 2-D frame's GPU time
// (docs/live-loop.md), so a frame drawn while training evaluates D on every HEAT_TURNS-th row of the grid only, in
// turn, and the map shows each row's latest values: the whole map is at most HEAT_TURNS − 1 frames old, and every
// frame still changes it. Frames that are not live (a step from the API, a pause, a reload) evaluate it whole.

/** How many frames one full refresh of the heat map takes while playing. */
export const HEAT_TURNS = 4;

/** Rows j ≡ share (mod HEAT_TURNS) of a row-major cells×cells grid of [x, y] inputs, in order. */
export function gridShare(inputs: Float32Array, cells: number, share: number): Float32Array {
  const rows = Math.ceil((cells - share) / HEAT_TURNS);
  const out = new Float32Array(rows * cells * 2);
  for (let r = 0; r < rows; r++) {
    const j = share + r * HEAT_TURNS;
    out.set(inputs.subarray(j * cells * 2, (j + 1) * cells * 2), r * cells * 2);
  }
  return out;
}

export class RollingHeat {
  private readonly values: Float32Array;
  private known = false;
  private turn = 0;

  constructor(private readonly cells: number) {
    this.values = new Float32Array(cells * cells);
  }

  /** The share of the grid the next frame evaluates: null for the whole grid (not live, or nothing known yet). */
  next(live: boolean): number | null {
    if (!live || !this.known) return null;
    const share = this.turn;
    this.turn = (this.turn + 1) % HEAT_TURNS;
    return share;
  }

  /** Takes a frame's values of D (the whole grid, or the rows of `share`); returns the whole map, a copy. */
  merge(share: number | null, part: ArrayLike<number>): Float32Array {
    const { cells } = this;
    if (share === null) {
      this.values.set(part);
      this.known = true;
    } else {
      for (let r = 0, j = share; j < cells; r++, j += HEAT_TURNS) {
        for (let i = 0; i < cells; i++) this.values[j * cells + i] = part[r * cells + i];
      }
    }
    return Float32Array.from(this.values);
  }

  /** D changed outside training (weights loaded): the next frame evaluates the whole grid. */
  forget(): void {
    this.known = false;
  }
}
