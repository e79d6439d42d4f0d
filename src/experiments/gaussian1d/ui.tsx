// The 1-D experiment's UI half (the page opens on it, so its panels are in the first load).
import { experimentUi } from '../../ui/views/experimentUi';
import { Gaussian1dView } from '../../ui/views/Gaussian1dView';
import { Gaussian1dExplain } from '../../ui/explain/Gaussian1dExplain';
import { gaussian1d } from './index';

export const gaussian1dUi = experimentUi(gaussian1d, {
  View: Gaussian1dView,
  Explain: Gaussian1dExplain,
  compare: () => import('./compare'),
});
