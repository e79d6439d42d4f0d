import type { Experiment } from '../../engine/types';
import { toy2dSchema } from './schema';
import { Toy2dRun } from './run';
import type { Toy2dSnapshot } from './snapshot';

export const toy2d: Experiment<Toy2dSnapshot> = {
  id: 'toy2d',
  title: '2-D toy data',
  summary: 'G learns a parabola, a ring of Gaussians or your own drawing in the plane; D’s heat map and G’s warped grid are drawn live.',
  schema: toy2dSchema,
  create: (params) => Toy2dRun.create(params),
  userData: {
    columns: 2,
    inUse: (params) => params.dataset === 'draw',
  },
};
