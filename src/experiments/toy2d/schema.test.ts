import { describe, expect, it } from 'vitest';
import { defaultParams, presetParams } from '../../params/schema';
import { validateUpdate } from '../../params/validate';
import { parseQuery } from '../../params/url';
import { toy2dSchema } from './schema';
import { DATASETS } from './datasets';

describe('toy2d schema', () => {
  it('has a preset for every data set (and scenarios), each valid alone and over the defaults', () => {
    const names = Object.keys(toy2dSchema.presets);
    for (const d of DATASETS) expect(names).toContain(d);
    for (const name of names) {
      const p = toy2dSchema.presets[name].params;
      expect(validateUpdate(toy2dSchema, p)).toEqual(p);
      const full = presetParams(toy2dSchema, name);
      expect(validateUpdate(toy2dSchema, full)).toEqual(full);
      if ((DATASETS as readonly string[]).includes(name)) expect(full.dataset).toBe(name);
      else expect(DATASETS).toContain(full.dataset);
    }
    expect(toy2dSchema.defaultPreset).toBe('parabola');
  });

  it("the default is Fredriksson's recipe", () => {
    expect(defaultParams(toy2dSchema)).toMatchObject({
      dataset: 'parabola', dataSize: 1000, hiddenD: '10,10', hiddenG: '10,10', activation: 'leakyRelu', init: 'glorot',
      zDim: 2, prior: 'normal', optimizerD: 'adam', optimizerG: 'adam', lrD: 0.001, lrG: 0.001, beta1: 0.9, batch: 32,
      k: 1, loss: 'nonsaturating', freshZ: false,
    });
  });

  it('reads shared keys and its own from the URL, and refuses an unknown data set', () => {
    const ok = parseQuery(toy2dSchema, '?preset=ring8&radius=3&sigma=0.05&k=5&loss=minimax&drawEvery=10');
    expect(ok.params).toMatchObject({ dataset: 'ring8', radius: 3, sigma: 0.05, k: 5, loss: 'minimax', drawEvery: 10 });
    expect(() => validateUpdate(toy2dSchema, { dataset: 'spiral' })).toThrow(/dataset/);
  });
});
