// Closed forms for the normal distribution and mixtures of normals, in plain numbers (no tensors).

export function normalPdf(x: number, mu: number, sigma: number): number {
  const u = (x - mu) / sigma;
  return Math.exp(-0.5 * u * u) / (sigma * Math.sqrt(2 * Math.PI));
}

/** erf by Abramowitz & Stegun 7.1.26 refined with one Newton-free correction; |error| < 1.5e-7. */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y =
    1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return sign * y;
}

export function normalCdf(x: number, mu: number, sigma: number): number {
  return 0.5 * (1 + erf((x - mu) / (sigma * Math.SQRT2)));
}

export interface MixtureComponent {
  weight: number;
  mu: number;
  sigma: number;
}

export function mixturePdf(x: number, components: readonly MixtureComponent[]): number {
  let p = 0;
  for (const c of components) p += c.weight * normalPdf(x, c.mu, c.sigma);
  return p;
}

export function mixtureCdf(x: number, components: readonly MixtureComponent[]): number {
  let p = 0;
  for (const c of components) p += c.weight * normalCdf(x, c.mu, c.sigma);
  return p;
}
