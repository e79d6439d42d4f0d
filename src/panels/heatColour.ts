// Colours for the discriminator's heat map D(x): orange where D calls x fake (0), white at ½, teal where real (1).

const FAKE = [231, 111, 81];
const MIDDLE = [247, 247, 247];
const REAL = [42, 157, 143];

/**
 * For a critic's raw scores: maps a score to the colour scale's [0, 1] so that `boundary` (where D is undecided) is
 * white and the score farthest from it on the grid reaches full orange or teal.
 */
export function criticScale(values: ArrayLike<number>, boundary: number): (v: number) => number {
  let spread = 1e-6;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) spread = Math.max(spread, Math.abs(values[i] - boundary));
  return (v) => 0.5 + (v - boundary) / (2 * spread);
}

export function heatColour(d: number): [number, number, number] {
  const t = Math.min(1, Math.max(0, Number.isFinite(d) ? d : 0.5));
  const [from, to, u] = t < 0.5 ? [FAKE, MIDDLE, t / 0.5] : [MIDDLE, REAL, (t - 0.5) / 0.5];
  const channel = (c: number) => Math.round(from[c] + (to[c] - from[c]) * u);
  return [channel(0), channel(1), channel(2)];
}
