import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { OBJECTIVES } from '../../core/objectives';
import { classifierScoreTex, cOfGTex, coverageTex, equilibriumTex, optimalDTex, texNumber, valueFunctionTex } from './ganMath';

const render = (tex: string) => katex.renderToString(tex, { trust: false, strict: 'error', throwOnError: true });

describe('GAN math as TeX', () => {
  it('formats numbers with a minus sign and a dash for missing values', () => {
    expect(texNumber(-1.38629)).toBe('-1.386');
    expect(texNumber(-0.0001)).toBe('0.000');
    expect(texNumber(NaN)).toBe('\\text{—}');
    expect(texNumber(undefined)).toBe('\\text{—}');
  });

  it('substitutes live numbers: C(G) = −log 4 + 2·JSD', () => {
    expect(cOfGTex(0.1)).toContain('= -1.386 + 2\\cdot 0.100 = -1.186');
    expect(valueFunctionTex(1.2)).toContain('-L_D = -1.200');
    expect(optimalDTex({ x: -1, pData: 0.4, pG: 0.1, d: 0.7 })).toContain('= 0.800');
    expect(coverageTex(3, 8, 0.912)).toContain('= 3\\,/\\,8');
    expect(classifierScoreTex(7.91, 8.8)).toContain('= 7.91');
  });

  it('every formula renders in KaTeX strict mode, with and without numbers', () => {
    for (const tex of [
      valueFunctionTex(1.3), valueFunctionTex(undefined), optimalDTex(), optimalDTex({ x: 0.5, pData: 0.2, pG: 0, d: 0.5 }),
      cOfGTex(0.2), cOfGTex(undefined), equilibriumTex(1.39, 0.69, { d: 2 * Math.LN2, g: Math.LN2 }), equilibriumTex(undefined, -0.7, { d: 2, g: null }),
      classifierScoreTex(7.9, 8.8), classifierScoreTex(undefined, 8.8), coverageTex(3, 8, 0.91), coverageTex(undefined, 25, undefined),
    ]) {
      expect(render(tex)).toContain('katex');
    }
  });

  it('every objective record’s formulas (the explanation panel’s) render in KaTeX strict mode', () => {
    for (const o of OBJECTIVES) {
      expect(render(o.formula.d), o.id).toContain('katex');
      expect(render(o.formula.g), o.id).toContain('katex');
    }
    expect(OBJECTIVES.map((o) => o.id)).toContain('wgangp');
  });
});
