import type { Experiment } from '../../engine/types';
import { gaussian1dSchema } from './schema';
import { Gaussian1dRun } from './run';
import type { Gaussian1dSnapshot } from './snapshot';
import { MAX_VALUES, MIN_VALUES, validateValues } from './empirical';

export const gaussian1d: Experiment<Gaussian1dSnapshot> = {
  id: 'gaussian1d',
  title: '1-D Gaussian',
  summary: 'G learns to turn noise into samples of a Gaussian on a line; D’s decision surface is drawn live.',
  schema: gaussian1dSchema,
  create: (params, onProgress, data) => Gaussian1dRun.create(params, onProgress, data),
  userData: {
    columns: 1,
    noun: 'values',
    minRows: MIN_VALUES,
    maxRows: MAX_VALUES,
    validate: (rows) => void validateValues(rows),
    inUse: (params) => params.target === 'empirical',
  },
};
