// The typed config of every preset of every experiment, as the configs read them before the schemas were typed
// (the snapshot was written by the string-keyed readers, experiments/paramReaders.ts before issue 13's typed
// schema): typing the schema and the readers must not change one value any run is built from.
import { describe, expect, it } from 'vitest';
import { presetParams, type ExperimentSchema, type Params } from '../params/schema';
import { gaussian1dSchema } from './gaussian1d/schema';
import { toy2dSchema } from './toy2d/schema';
import { mnistSchema } from './mnist/schema';
import { readConfig as readGaussian1d } from './gaussian1d/config';
import { readConfig as readToy2d } from './toy2d/config';
import { readConfig as readMnist } from './mnist/config';

const CASES: { id: string; schema: ExperimentSchema; read: (p: Params) => unknown }[] = [
  { id: 'gaussian1d', schema: gaussian1dSchema, read: readGaussian1d },
  { id: 'toy2d', schema: toy2dSchema, read: readToy2d },
  { id: 'mnist', schema: mnistSchema, read: readMnist },
];

describe('preset configs', () => {
  for (const { id, schema, read } of CASES) {
    for (const name of Object.keys(schema.presets)) {
      it(`${id} / ${name}`, () => {
        expect(read(presetParams(schema, name))).toMatchSnapshot();
      });
    }
  }

  it('mnist: one digit asked for reads as its number', () => {
    expect(readMnist({ ...presetParams(mnistSchema, 'conditional'), digit: '7' })).toMatchSnapshot();
  });
});
