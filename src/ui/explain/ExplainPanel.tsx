import { useThrottledSessionState } from '../sessionContext';
import { findExperimentUi } from '../../experiments/uiRegistry';
import { GeneralTheory } from './GeneralTheory';

/** The explanations side panel: what each plot shows (per experiment) and the shared theory with live numbers. */
export function ExplainPanel() {
  // Typesetting is costly and the numbers need not change 30 times a second: twice a second is enough to read them.
  const { experiment, snapshot, params } = useThrottledSessionState(500);
  const Explain = findExperimentUi(experiment.id)?.Explain;
  return (
    <details className="explain" data-panel="explain" open>
      <summary><b>What am I looking at?</b></summary>
      {snapshot && Explain && <Explain snapshot={snapshot} params={params} />}
      {snapshot && <GeneralTheory snapshot={snapshot} params={params} />}
    </details>
  );
}
