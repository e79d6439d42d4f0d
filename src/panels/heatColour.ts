// Colours for the discriminator's heat map D(x): orange where D calls x fake (0), white at ½, teal where real (1).

const FAKE = [231, 111, 81];
const MIDDLE = [247, 247, 247];
const REAL = [42, 157, 143];

export function heatColour(d: number): [number, number, number] {
  const t = Math.min(1, Math.max(0, Number.isFinite(d) ? d : 0.5));
  const [from, to, u] = t < 0.5 ? [FAKE, MIDDLE, t / 0.5] : [MIDDLE, REAL, (t - 0.5) / 0.5];
  return [0, 1, 2].map((c) => Math.round(from[c] + (to[c] - from[c]) * u)) as [number, number, number];
}
