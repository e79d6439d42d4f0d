// The schemas build each choice's options from the constant array that declares its values (experiments/<id>/choices.ts,
// params/schema.ts choiceOptions), and the typed configs read each choice back by those options (paramReaders.ts
// schemaReader `choice`): the defaults and preset values must be among them too, or reading the config would throw.
import { describe, expect, it } from 'vitest';
import { findSpec, presetParams, type ExperimentSchema, type Params } from '../params/schema';
import { gaussian1dSchema } from './gaussian1d/schema';
import { toy2dSchema } from './toy2d/schema';
import { mnistSchema } from './mnist/schema';
import { readConfig as readGaussian1d } from './gaussian1d/config';
import { CHOICES as GAUSSIAN1D_CHOICES } from './gaussian1d/choices';
import { readConfig as readToy2d } from './toy2d/config';
import { CHOICES as TOY2D_CHOICES } from './toy2d/choices';
import { readConfig as readMnist } from './mnist/config';
import { CHOICES as MNIST_CHOICES } from './mnist/choices';

const CASES: { id: string; schema: ExperimentSchema; choices: Record<string, readonly string[]>; read: (p: Params) => unknown }[] = [
  { id: 'gaussian1d', schema: gaussian1dSchema, choices: GAUSSIAN1D_CHOICES, read: readGaussian1d },
  { id: 'toy2d', schema: toy2dSchema, choices: TOY2D_CHOICES, read: readToy2d },
  { id: 'mnist', schema: mnistSchema, choices: MNIST_CHOICES, read: readMnist },
];

describe('typed choices', () => {
  for (const { id, schema, choices, read } of CASES) {
    it(`${id}: every option, default and preset value of a typed choice is one of its values`, () => {
      for (const [key, values] of Object.entries(choices)) {
        const spec = findSpec(schema, key);
        expect(spec?.kind, key).toBe('choice');
        if (spec?.kind !== 'choice') continue;
        for (const option of spec.options) expect(values, `${key} option`).toContain(option.value);
        expect(values, `${key} default`).toContain(spec.default);
        for (const [name, preset] of Object.entries(schema.presets)) {
          if (key in preset.params) expect(values, `${key} in preset ${name}`).toContain(preset.params[key]);
        }
      }
    });

    it(`${id}: every preset reads as a typed config`, () => {
      for (const name of Object.keys(schema.presets)) expect(() => read(presetParams(schema, name)), name).not.toThrow();
    });
  }

  it('refuses a value outside the choice, naming the key', () => {
    expect(() => readToy2d({ ...presetParams(toy2dSchema, toy2dSchema.defaultPreset), dataset: 'spiral' })).toThrow(/dataset = spiral/);
  });
});
