// The MNIST experiment's UI half: its panels load when the experiment is first opened (the page opens on the 1-D one).
import { lazy } from 'react';
import { experimentUi } from '../../ui/views/experimentUi';
import { MnistExplain } from '../../ui/explain/MnistExplain';
import { mnist } from './index';

export const mnistUi = experimentUi(mnist, {
  View: lazy(() => import('../../ui/views/MnistView').then((m) => ({ default: m.MnistView }))),
  Explain: MnistExplain,
  compare: () => import('./compare'),
});
