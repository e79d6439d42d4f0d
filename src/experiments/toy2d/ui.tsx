// The 2-D experiment's UI half: its panels load when the experiment is first opened (the page opens on the 1-D one).
import { lazy } from 'react';
import { experimentUi } from '../../ui/views/experimentUi';
import { Toy2dExplain } from '../../ui/explain/Toy2dExplain';
import { toy2d } from './index';

export const toy2dUi = experimentUi(toy2d, {
  View: lazy(() => import('../../ui/views/Toy2dView').then((m) => ({ default: m.Toy2dView }))),
  Explain: Toy2dExplain,
  compare: () => import('./compare'),
});
