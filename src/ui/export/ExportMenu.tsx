import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { decodeCheckpoint, encodeCheckpoint, MAX_CHECKPOINT_CHARS } from '../../core/checkpoint';
import { historyToCsv } from '../../engine/historyCsv';
import { useSession, useSessionFields } from '../sessionContext';
import { downloadBlob } from './download';
import { choosePanel, exportStem } from './exportNames';
import { exportablePanels, panelDrawing } from './panelDrawing';
import { svgToPng } from './svgExport';
import { ModelButtons } from './ModelButtons';
import { PANELS_MOUNTED } from '../views/panelsMounted';

/** Run B's exports (its metrics, checkpoint, G and D), loaded when a comparison first offers them. */
const ExportB = lazy(() => import('../compare/ExportB'));

/** Export a panel (PNG / SVG), the metrics (CSV), save or load a checkpoint, export G or D and import G. */
export function ExportMenu() {
  const session = useSession();
  const { experiment } = useSessionFields('experiment');
  // re-render when the first frame arrives or goes, not on every frame
  const hasFrame = useSyncExternalStore(session.subscribe, () => session.getState().snapshot !== null);
  // while comparing, every file names its run (A or B) and run B's exports are offered too
  const comparing = useSyncExternalStore(session.subscribe, () => session.getState().compare !== null);
  const [panel, setPanel] = useState('density');
  const [names, setNames] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A new experiment has other panels: offer its first one rather than a panel that is gone. Panels that load on
    // first use arrive later than the frame: they announce themselves (views/panelsMounted.ts).
    const refresh = () => {
      const found = exportablePanels();
      setNames(found);
      setPanel((p) => (found.length > 0 && !found.includes(p) ? found[0] : p));
    };
    refresh();
    window.addEventListener(PANELS_MOUNTED, refresh);
    return () => window.removeEventListener(PANELS_MOUNTED, refresh);
  }, [experiment, hasFrame, comparing]);
  const report = (p: Promise<unknown>) => p.catch((e: Error) => session.notify(e.message, 'error'));
  const step = () => String(session.getState().snapshot?.step ?? 0);
  const runA = comparing ? 'A' : null;
  const panelStem = () => {
    const chosen = choosePanel(panel);
    return exportStem(experiment.id, chosen.panel, chosen.runB ? 'B' : runA, step());
  };

  const exportSvg = async () => {
    const { svg } = panelDrawing(panel);
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), panelStem() + '.svg');
  };
  const exportPng = async () => {
    const { svg, width, height } = panelDrawing(panel);
    downloadBlob(await svgToPng(svg, width, height), panelStem() + '.png');
  };
  const exportCsv = async () => {
    const csv = historyToCsv(session.history.all());
    downloadBlob(new Blob([csv], { type: 'text/csv' }), exportStem(experiment.id, 'metrics', runA, step()) + '.csv');
  };
  const saveCheckpoint = async () => {
    const c = await session.checkpoint();
    const name = exportStem(experiment.id, 'checkpoint', runA, c.state.counters.step ?? 0) + '.json';
    downloadBlob(new Blob([encodeCheckpoint(c)], { type: 'application/json' }), name);
  };
  const loadCheckpoint = async (file: File) => {
    if (file.size > MAX_CHECKPOINT_CHARS) throw new Error(`"${file.name.slice(0, 60)}" is too big to be a checkpoint; nothing changed.`);
    const decoded = decodeCheckpoint(await file.text());
    if (!decoded.ok) throw new Error(`Not loaded (nothing changed): ${decoded.error}`);
    try {
      await session.restoreCheckpoint(decoded.checkpoint);
    } catch (e) {
      throw new Error(`Not loaded (nothing changed): ${e instanceof Error ? e.message : String(e)}`);
    }
    session.notify(`Checkpoint loaded: ${decoded.checkpoint.experiment} at step ${decoded.checkpoint.state.counters.step ?? 0}.`);
  };

  return (
    <span className="export-menu" data-control="export">
      <label>
        Export{' '}
        <select data-control="export-panel" value={panel} onFocus={() => setNames(exportablePanels())} onChange={(e) => setPanel(e.target.value)}>
          {[...new Set([panel, ...names])].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <button type="button" data-action="export-png" onClick={() => report(exportPng())}>PNG</button>
      <button type="button" data-action="export-svg" onClick={() => report(exportSvg())}>SVG</button>
      <button type="button" data-action="export-csv" onClick={() => report(exportCsv())} title="Metrics history as CSV">CSV</button>
      <button type="button" data-action="save-checkpoint" onClick={() => report(saveCheckpoint())} title="Weights, optimizer state, full configuration and step in one file">
        Save checkpoint
      </button>
      <button type="button" data-action="load-checkpoint" onClick={() => fileInput.current?.click()}>Load checkpoint</button>
      <ModelButtons report={report} run={runA} />
      {comparing && <Suspense fallback={null}><ExportB report={report} /></Suspense>}
      <input
        ref={fileInput} type="file" accept=".json,application/json" hidden data-control="checkpoint-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) report(loadCheckpoint(file));
        }}
      />
    </span>
  );
}
