// Run B of a comparison in the panels (loaded when a comparison first runs): B's curves laid over A's where one chart
// reads better (densities, losses, divergences), B's own main panel beside A's where two do (the 2-D plot, MNIST's
// digit grid), and a line naming the two settings with the button that ends the comparison. Which of B's parts an
// experiment has is its CompareKit (experiments/<id>/compare.tsx).
import type { SnapshotBase } from '../../engine/types';
import type { CompareState } from '../../session/comparison';
import { useSession, useSessionFields } from '../sessionContext';
import type { CompareParts } from '../views/compareParts';
import type { CompareProps } from '../views/experimentUi';
import type { CompareKit } from './compareKit';
import { bSeries } from './bSeries';
import { STYLE_B } from './compareStyle';
import './compare.css';

interface Props<S extends SnapshotBase> extends CompareProps {
  /** B's frame of the step on screen (the timeline's, while scrubbing), as the experiment's own type; null if B has none. */
  snapshot: S | null;
  kit: CompareKit<S>;
}

export default function CompareView<S extends SnapshotBase>({ compare, snapshot, view, kit, shownStep }: Props<S>) {
  const setting = `${compare.key} = ${String(compare.params[compare.key])}`;
  // while the timeline shows an earlier step, B's captions say which of B's frames is drawn
  const caption = `Run B: ${setting}${shownStep !== null && snapshot ? ` (step ${snapshot.step})` : ''}`;
  const parts: CompareParts = {
    losses: [
      bSeries('D loss', compare.history, 'dLoss', STYLE_B.discriminator),
      bSeries('G loss', compare.history, 'gLoss', { ...STYLE_B.generated, dash: '6 3' }),
    ],
    divergence: kit.divergence(compare.history),
  };
  if (kit.density && snapshot) parts.density = kit.density(snapshot, setting);
  if (kit.paperRow && snapshot) parts.paper = { row: kit.paperRow(snapshot), setting };
  if (snapshot) parts.panels = <kit.Panels snapshot={snapshot} caption={<p className="compare-caption">{caption}</p>} />;
  const { Aside } = kit;
  if (Aside) {
    parts.aside = (shared) => (
      <div className="compare-b" data-run="B" data-step={snapshot?.step}>
        <p className="compare-caption">{caption}</p>
        {snapshot ? <Aside snapshot={snapshot} params={compare.params} {...shared} /> : <p className="hint">Run B has no frame kept at this step.</p>}
      </div>
    );
  }
  return (
    <>
      <CompareBanner compare={compare} />
      {view(parts)}
    </>
  );
}

/** The two settings side by side, the shared step, and the button that ends the comparison. */
function CompareBanner({ compare }: { compare: CompareState }) {
  const session = useSession();
  const { params } = useSessionFields('params');
  const end = () => session.setCompare(null).catch((e: Error) => session.notify(e.message, 'error'));
  return (
    <p className="compare-banner" data-compare="banner">
      <span className="compare-a">Run A: {compare.key} = {String(params[compare.key])}</span>
      <span className="compare-b-label">Run B: {compare.key} = {String(compare.params[compare.key])}</span>
      <span>same seed and data, step {compare.snapshot?.step ?? 0} for both</span>
      {compare.divergedAt !== null && <span className="compare-diverged">run B diverged at step {compare.divergedAt}</span>}
      <button type="button" data-action="end-compare" onClick={() => void end()}>End comparison</button>
    </p>
  );
}
