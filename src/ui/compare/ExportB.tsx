// Run B's exports beside run A's in the export menu (loaded when a comparison first runs): its metrics as CSV, its
// checkpoint (with B's parameters: loaded, it opens as a run of its own), and its G and D as LayersModels. Run B's
// panels are in the menu's panel list as "<panel> (B)".
import { encodeCheckpoint } from '../../core/checkpoint';
import { historyToCsv } from '../../engine/historyCsv';
import { useSession, useSessionFields } from '../sessionContext';
import { downloadBlob } from '../export/download';
import { exportStem } from '../export/exportNames';
import './compare.css';

export default function ExportB({ report }: { report: (p: Promise<unknown>) => void }) {
  const session = useSession();
  const { experiment } = useSessionFields('experiment');
  const stem = (what: string, step: number | string = session.getStatus().compare?.step ?? 0) => exportStem(experiment.id, what, 'B', step);

  const exportCsv = async () => {
    const history = session.getState().compare?.history;
    if (!history) throw new Error('There is no run B: the comparison has ended.');
    downloadBlob(new Blob([historyToCsv(history.all())], { type: 'text/csv' }), stem('metrics') + '.csv');
  };
  const saveCheckpoint = async () => {
    const c = await session.checkpoint('B');
    downloadBlob(new Blob([encodeCheckpoint(c)], { type: 'application/json' }), stem('checkpoint', c.state.counters.step ?? 0) + '.json');
  };
  const exportModel = async (which: 'g' | 'd') => {
    const base = stem(which === 'g' ? 'generator' : 'discriminator');
    const { modelJson, weights } = await session.exportModel(which, `${base}.weights.bin`, 'B');
    downloadBlob(new Blob([modelJson], { type: 'application/json' }), `${base}.json`);
    downloadBlob(new Blob([weights.slice().buffer], { type: 'application/octet-stream' }), `${base}.weights.bin`);
  };

  return (
    <span className="export-b" data-control="export-b">
      Run B:{' '}
      <button type="button" data-action="export-csv-b" onClick={() => report(exportCsv())} title="Run B's metrics history as CSV">CSV</button>
      <button type="button" data-action="save-checkpoint-b" onClick={() => report(saveCheckpoint())} title="Run B's weights, optimizer state, parameters and step in one file">
        Checkpoint
      </button>
      <button type="button" data-action="export-generator-b" onClick={() => report(exportModel('g'))} title="Run B's generator as a TensorFlow.js LayersModel">G</button>
      <button type="button" data-action="export-discriminator-b" onClick={() => report(exportModel('d'))} title="Run B's discriminator as a TensorFlow.js LayersModel">D</button>
    </span>
  );
}
