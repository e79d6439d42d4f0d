import type { Experiment } from '../../engine/types';
import { toy2dSchema } from './schema';
import type { Toy2dSnapshot } from './snapshot';
import { MAX_DRAWN_POINTS, MIN_DRAWN_POINTS, validateDrawnPoints } from './drawn';

export const toy2d: Experiment<Toy2dSnapshot> = {
  id: 'toy2d',
  title: '2-D toy data',
  summary: 'G learns a parabola, a ring of Gaussians or your own drawing in the plane; D’s heat map and G’s warped grid are drawn live.',
  schema: toy2dSchema,
  // the run's code loads when the experiment is first opened, not with the page
  create: async (params, _onProgress, data) => (await import('./run')).Toy2dRun.create(params, data),
  userData: {
    columns: 2,
    noun: 'points',
    minRows: MIN_DRAWN_POINTS,
    maxRows: MAX_DRAWN_POINTS,
    validate: (rows) => void validateDrawnPoints(rows),
    inUse: (params) => params.dataset === 'draw',
  },
};
