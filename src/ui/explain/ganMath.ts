// TeX for the GAN theory (Goodfellow et al. 2014), with a run's live numbers substituted. Only numbers produced
// here ever reach the TeX: nothing from the URL or from a file is spliced in.

/** A number as TeX: fixed decimals, a proper minus sign, an em dash when it is missing or not finite. */
export function texNumber(v: number | undefined, digits = 3): string {
  if (v === undefined || !Number.isFinite(v)) return '\\text{—}';
  const s = Math.abs(v).toFixed(digits);
  return v < 0 && Number(s) !== 0 ? `-${s}` : s;
}

/** The value function (eq. 1) and its current estimate, V ≈ −L_D (L_D is D's summed binary cross-entropy). */
export function valueFunctionTex(dLoss: number | undefined): string {
  return (
    '\\min_G \\max_D V(D,G) = \\mathbb{E}_{x\\sim p_{\\text{data}}}[\\log D(x)] + ' +
    '\\mathbb{E}_{z\\sim p_z}[\\log(1-D(G(z)))]' +
    `\\qquad V \\approx -L_D = ${texNumber(dLoss === undefined ? undefined : -dLoss)}`
  );
}

/** The optimal discriminator (Proposition 1), optionally evaluated at one point x0. */
export function optimalDTex(at?: { x: number; pData: number; pG: number; d: number }): string {
  const general = 'D^*_G(x) = \\frac{p_{\\text{data}}(x)}{p_{\\text{data}}(x) + p_g(x)}';
  if (!at) return general;
  const star = at.pData + at.pG > 1e-12 ? at.pData / (at.pData + at.pG) : 0.5;
  return (
    `${general}\\qquad D^*(${texNumber(at.x, 2)}) = \\frac{${texNumber(at.pData)}}{${texNumber(at.pData)} + ${texNumber(at.pG)}}` +
    ` = ${texNumber(star)},\\quad D(${texNumber(at.x, 2)}) = ${texNumber(at.d)}`
  );
}

/** The virtual training criterion at D* (Theorem 1) with the measured JSD. */
export function cOfGTex(js: number | undefined): string {
  const c = js === undefined ? undefined : -Math.log(4) + 2 * js;
  return (
    'C(G) = -\\log 4 + 2\\cdot\\mathrm{JSD}(p_{\\text{data}}\\,\\|\\,p_g)' +
    ` = ${texNumber(-Math.log(4))} + 2\\cdot ${texNumber(js)} = ${texNumber(c)}`
  );
}

/**
 * Where the losses settle at equilibrium (an objective's reference values, core/objectives), beside their current
 * values; a loss without a reference value shows only its current value.
 */
export function equilibriumTex(dLoss: number | undefined, gLoss: number | undefined, reference: { d: number | null; g: number | null }): string {
  const side = (name: string, target: number | null, now: number | undefined) =>
    target === null ? `${name} = ${texNumber(now)}` : `${name} \\to ${texNumber(target)}\\ (\\text{now } ${texNumber(now)})`;
  return `${side('L_D', reference.d, dLoss)},\\qquad ${side('L_G', reference.g, gLoss)}`;
}

/** The classifier-based score (Salimans et al. 2016's Inception-score form), generated beside real digits. */
export function classifierScoreTex(generated: number | undefined, real: number | undefined): string {
  return (
    '\\exp\\Big(\\mathbb{E}_{x}\\big[\\mathrm{KL}\\big(p(y\\mid x)\\,\\|\\,p(y)\\big)\\big]\\Big)' +
    ` = ${texNumber(generated, 2)}\\ \\text{(generated)},\\quad ${texNumber(real, 2)}\\ \\text{(real)}`
  );
}

/** Mode coverage (VEEGAN): modes captured out of all, and the share of samples within 3σ of a mode. */
export function coverageTex(captured: number | undefined, modes: number, highQuality: number | undefined): string {
  return (
    `\\text{modes captured} = ${texNumber(captured, 0)}\\,/\\,${modes},\\qquad ` +
    `\\Pr[\\,\\lVert x - \\mu_{\\text{nearest}}\\rVert \\le 3\\sigma\\,] = ${texNumber(highQuality, 3)}`
  );
}
