// Run B of an MNIST comparison (loaded when a comparison first runs): its digit grid beside A's, its class histogram
// and z-walk after A's panels. MNIST draws no divergence chart.
import { INTERPOLATION_STEPS, type MnistSnapshot } from './snapshot';
import { SamplesPanel } from '../../panels/SamplesPanel';
import { ClassHistogram } from '../../panels/ClassHistogram';
import { InterpolationPanel } from '../../panels/InterpolationPanel';
import type { CompareKit } from '../../ui/compare/compareKit';

const mnistCompare: CompareKit<MnistSnapshot> = {
  divergence: () => [],
  Aside: ({ snapshot }) => (
    <SamplesPanel
      step={snapshot.step} grid={snapshot.grid} columns={snapshot.columns} rowLabels={snapshot.rowLabels} real={snapshot.real} dGrid={snapshot.dGrid}
      dReal={snapshot.dReal} timeline={snapshot.timeline}
    />
  ),
  Panels: ({ snapshot: { classes, interpolation }, caption }) => (
    <>
      <div className="compare-b" data-run="B">
        {caption}
        <ClassHistogram counts={classes?.counts ?? null} step={classes?.step ?? null} score={classes?.score ?? null} realScore={classes?.realScore ?? null} />
      </div>
      <div className="compare-b" data-run="B">{caption}<InterpolationPanel pixels={interpolation} count={INTERPOLATION_STEPS} /></div>
    </>
  ),
};
export default mnistCompare;
