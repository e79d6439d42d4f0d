// Parts of a 2-D frame refreshed in turns while playing (docs/live-loop.md). G on the 2,500 samples shown was much
// of a 2-D frame's GPU time in software WebGL, so a frame drawn while training evaluates every TURNS-th row only (one
// sample), in turn, and the panel shows each row's latest values: the whole picture is at most TURNS − 1 frames old,
// and every frame still changes all of it. Frames that are not live (a step from the API, a pause, a reload) evaluate
// everything. (D's heat map was refreshed this way too, until its D = ½ contour showed the seams between rows of
// different ages; live frames now evaluate it whole on a coarser grid, frame.ts LIVE_HEAT_CELLS.)

/** How many frames one full refresh takes while playing. */
export const TURNS = 4;

/** How many of `rows` rows a share holds: the rows j ≡ share (mod TURNS). */
export function rowsInShare(rows: number, share: number): number {
  return Math.ceil((rows - share) / TURNS);
}

/** `rows` rows of `width` values each (the samples: 2,500 rows of [x, y]). */
export class RollingRows {
  private readonly values: Float64Array;
  private known = false;
  private turn = 0;

  constructor(
    private readonly rows: number,
    private readonly width: number,
  ) {
    this.values = new Float64Array(rows * width);
  }

  /** The share the next frame evaluates: null for all rows (not live, or nothing known yet). */
  next(live: boolean): number | null {
    if (!live || !this.known) return null;
    const share = this.turn;
    this.turn = (this.turn + 1) % TURNS;
    return share;
  }

  /** How many rows the frame for `share` evaluates. */
  count(share: number | null): number {
    return share === null ? this.rows : rowsInShare(this.rows, share);
  }

  /** Takes a frame's values (all rows, or the rows of `share` in order); returns all rows, a copy. */
  merge(share: number | null, part: ArrayLike<number>): Float64Array {
    const { width } = this;
    if (share === null) {
      this.values.set(part);
      this.known = true;
    } else {
      for (let r = 0, j = share; j < this.rows; r++, j += TURNS) {
        for (let i = 0; i < width; i++) this.values[j * width + i] = part[r * width + i];
      }
    }
    return this.values.slice();
  }

  /** The networks changed outside training (weights loaded): the next frame evaluates all rows. */
  forget(): void {
    this.known = false;
  }
}
