import { useEffect, useState } from 'react';
import { SamplesPanel } from '../../panels/SamplesPanel';
import { ClassHistogram } from '../../panels/ClassHistogram';
import { PaperTable } from '../../panels/PaperTable';
import { InterpolationPanel } from '../../panels/InterpolationPanel';
import { MemorisationPanel } from '../../panels/MemorisationPanel';
import { objectiveOf } from './objectiveOf';
import { LossChart } from './LossChart';
import { INTERPOLATION_STEPS, NEIGHBOUR_COUNT, PARZEN_CENTRES, PARZEN_FULL_CENTRES, type MnistSnapshot } from '../../experiments/mnist/snapshot';
import type { MetricHistory } from '../../engine/history';
import type { Params } from '../../params/schema';
import { useSession } from '../sessionContext';
import type { CompareParts } from './compareParts';

interface Props {
  snapshot: MnistSnapshot;
  history: MetricHistory;
  params: Params;
  /** The step the timeline shows, marked on the metric charts; null when live. */
  marker: number | null;
  /** Run B's digit grid and losses, when comparing. */
  compare?: CompareParts;
}

/** The paper table's two choices of generated digits. */
const PARZEN_SAMPLES = { quick: PARZEN_CENTRES, full: PARZEN_FULL_CENTRES };

/** The MNIST experiment's panels: samples and timeline, losses, class histogram, paper table, z-walk, neighbours. */
export function MnistView({ snapshot, history, params, marker, compare }: Props) {
  const session = useSession();
  const [parzenProgress, setParzenProgress] = useState<number | null>(null);
  // The saved sample grid being looked at (the panel's own timeline): the loss chart marks its step too.
  const [gridStep, setGridStep] = useState<number | null>(null);
  // A new run (reset, new preset) starts at step 0: forget a computation that belonged to the old one.
  useEffect(() => {
    if (snapshot.step === 0) setParzenProgress(null);
  }, [snapshot.step]);
  const computeParzen = (samples: number, run: 'A' | 'B') => {
    setParzenProgress(0);
    session
      .parzen(samples, (done, total) => setParzenProgress(done / total), run)
      .catch((e: unknown) => session.notify(`Parzen estimate failed: ${e instanceof Error ? e.message : String(e)}`, 'error'))
      .finally(() => setParzenProgress(null));
  };
  const { classes, neighbours } = snapshot;
  const digit = {
    value: String(params.digit ?? 'all'),
    onPick: (value: string) => void session.setParams({ digit: value }).catch((e: Error) => session.notify(e.message, 'error')),
  };
  const samples = (
    <SamplesPanel
      step={snapshot.step} grid={snapshot.grid} columns={snapshot.columns} rowLabels={snapshot.rowLabels} digit={digit}
      real={snapshot.real} dGrid={snapshot.dGrid} dReal={snapshot.dReal} timeline={snapshot.timeline} onPick={setGridStep}
    />
  );
  return (
    <div className="view view-mnist">
      {compare?.aside ? <div className="compare-pair">{samples}{compare.aside({ gridStep })}</div> : samples}
      <LossChart history={history} objective={objectiveOf(params)} clip={[-5, 10]} marker={marker ?? gridStep} extra={compare?.losses} />
      <ClassHistogram counts={classes?.counts ?? null} step={classes?.step ?? null} score={classes?.score ?? null} realScore={classes?.realScore ?? null} agreement={classes?.agreement} />
      <PaperTable row={snapshot.paper} progress={parzenProgress} onCompute={computeParzen} samples={PARZEN_SAMPLES} runB={compare?.paper} />
      <InterpolationPanel pixels={snapshot.interpolation} count={INTERPOLATION_STEPS} />
      {neighbours && <MemorisationPanel step={neighbours.step} count={NEIGHBOUR_COUNT} samples={neighbours.samples} nearest={neighbours.nearest} distances={neighbours.distances} />}
      {compare?.panels}
    </div>
  );
}
