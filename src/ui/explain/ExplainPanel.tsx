import type { Gaussian1dSnapshot } from '../../experiments/gaussian1d/snapshot';
import { useThrottledSessionState } from '../sessionContext';
import type { Toy2dSnapshot } from '../../experiments/toy2d/snapshot';
import type { MnistSnapshot } from '../../experiments/mnist/snapshot';
import { Gaussian1dExplain } from './Gaussian1dExplain';
import { Toy2dExplain } from './Toy2dExplain';
import { MnistExplain } from './MnistExplain';
import { GeneralTheory } from './GeneralTheory';

/** The explanations side panel: what each plot shows (per experiment) and the shared theory with live numbers. */
export function ExplainPanel() {
  // Typesetting is costly and the numbers need not change 30 times a second: twice a second is enough to read them.
  const { experiment, snapshot, params } = useThrottledSessionState(500);
  return (
    <details className="explain" data-panel="explain" open>
      <summary><b>What am I looking at?</b></summary>
      {snapshot && experiment.id === 'gaussian1d' && <Gaussian1dExplain snapshot={snapshot as Gaussian1dSnapshot} params={params} />}
      {snapshot && experiment.id === 'toy2d' && <Toy2dExplain snapshot={snapshot as Toy2dSnapshot} />}
      {snapshot && experiment.id === 'mnist' && <MnistExplain snapshot={snapshot as MnistSnapshot} />}
      {snapshot && <GeneralTheory snapshot={snapshot} params={params} />}
    </details>
  );
}
