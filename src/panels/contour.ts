// Marching squares: the level set {D = level} of values sampled on a regular grid, as line segments.

/**
 * Segments of the contour at `level` through a cells×cells grid of values (row-major, row j = y upwards), in grid
 * coordinates where value (i, j) sits at (i, j). Each square of four neighbouring samples is cut where the values
 * cross the level, by linear interpolation along its edges; saddles are split by the square's mean.
 */
export function contourSegments(values: ArrayLike<number>, cells: number, level: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const v = (i: number, j: number) => values[j * cells + i];
  const cross = (a: number, b: number) => (level - a) / (b - a);
  for (let j = 0; j < cells - 1; j++) {
    for (let i = 0; i < cells - 1; i++) {
      const c = [v(i, j), v(i + 1, j), v(i + 1, j + 1), v(i, j + 1)]; // bottom-left, bottom-right, top-right, top-left
      const above = c.map((x) => x >= level);
      // crossing points on the four edges: bottom, right, top, left
      const edges: ([number, number] | null)[] = [
        above[0] !== above[1] ? [i + cross(c[0], c[1]), j] : null,
        above[1] !== above[2] ? [i + 1, j + cross(c[1], c[2])] : null,
        above[2] !== above[3] ? [i + 1 - cross(c[2], c[3]), j + 1] : null,
        above[3] !== above[0] ? [i, j + 1 - cross(c[3], c[0])] : null,
      ];
      const hits = edges.map((e, k) => (e ? k : -1)).filter((k) => k >= 0);
      if (hits.length === 2) {
        const [a, b] = [edges[hits[0]]!, edges[hits[1]]!];
        out.push([a[0], a[1], b[0], b[1]]);
      } else if (hits.length === 4) {
        const centreAbove = (c[0] + c[1] + c[2] + c[3]) / 4 >= level;
        // pair each edge with the neighbour that keeps the centre on its own side
        const pairs = centreAbove === above[0] ? [[0, 1], [2, 3]] : [[0, 3], [1, 2]];
        for (const [p, q] of pairs) out.push([edges[p]![0], edges[p]![1], edges[q]![0], edges[q]![1]]);
      }
    }
  }
  return out;
}
