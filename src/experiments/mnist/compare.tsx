// Run B of an MNIST comparison (loaded when a comparison first runs): its digit grid beside A's, its row in the paper
// table under A's, its class histogram, z-walk and memorisation check after A's panels. MNIST draws no divergence chart.
import { INTERPOLATION_STEPS, NEIGHBOUR_COUNT, type MnistSnapshot } from './snapshot';
import { MemorisationPanel } from '../../panels/MemorisationPanel';
import { SamplesPanel } from '../../panels/SamplesPanel';
import { ClassHistogram } from '../../panels/ClassHistogram';
import { InterpolationPanel } from '../../panels/InterpolationPanel';
import type { CompareKit } from '../../ui/compare/compareKit';

const mnistCompare: CompareKit<MnistSnapshot> = {
  divergence: () => [],
  paperRow: (snapshot) => snapshot.paper,
  Aside: ({ snapshot, gridStep }) => (
    <SamplesPanel
      step={snapshot.step} grid={snapshot.grid} columns={snapshot.columns} rowLabels={snapshot.rowLabels} real={snapshot.real} dGrid={snapshot.dGrid}
      dReal={snapshot.dReal} timeline={snapshot.timeline} follow={gridStep ?? null}
    />
  ),
  Panels: ({ snapshot: { classes, interpolation, neighbours }, caption }) => (
    <>
      <div className="compare-b" data-run="B">
        {caption}
        <ClassHistogram counts={classes?.counts ?? null} step={classes?.step ?? null} score={classes?.score ?? null} realScore={classes?.realScore ?? null} />
      </div>
      <div className="compare-b" data-run="B">{caption}<InterpolationPanel pixels={interpolation} count={INTERPOLATION_STEPS} /></div>
      {neighbours && (
        <div className="compare-b" data-run="B">
          {caption}
          <MemorisationPanel step={neighbours.step} count={NEIGHBOUR_COUNT} samples={neighbours.samples} nearest={neighbours.nearest} distances={neighbours.distances} />
        </div>
      )}
    </>
  ),
};
export default mnistCompare;
