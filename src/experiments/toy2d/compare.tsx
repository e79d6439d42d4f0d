// Run B of a 2-D comparison (loaded when a comparison first runs): its plot beside A's, its grid divergences in A's
// chart, its figures after A's panels.
import type { Toy2dSnapshot } from './snapshot';
import { ScatterPlot, type Layers } from '../../panels/ScatterPlot';
import type { CompareKit } from '../../ui/compare/compareKit';
import { bSeries } from '../../ui/compare/bSeries';
import { STYLE_B } from '../../ui/compare/compareStyle';
import { MetricReadout } from '../../ui/views/MetricReadout';
import { toy2dReadouts } from '../../ui/views/readouts';

const ALL_LAYERS: Layers = { heat: true, real: true, fake: true, manifold: true, arrows: true };

const toy2dCompare: CompareKit<Toy2dSnapshot> = {
  divergence: (history) => [bSeries('grid KL (bits)', history, 'klBits', STYLE_B.metric), bSeries('grid JS (bits)', history, 'jsBits', STYLE_B.second)],
  Aside: ({ snapshot, params, layers, criticOf }) => <ScatterPlot {...snapshot} layers={layers ?? ALL_LAYERS} critic={criticOf?.(params)} />,
  Panels: ({ snapshot, caption }) => <div className="compare-b" data-run="B">{caption}<MetricReadout items={toy2dReadouts(snapshot)} /></div>,
};
export default toy2dCompare;
