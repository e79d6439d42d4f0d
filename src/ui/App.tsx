import { Controls } from './Controls';
import { ExperimentView } from './views/ExperimentView';
import { Notices } from './Notices';
import { Pickers } from './Pickers';
import { ProgressBar } from './ProgressBar';
import { StatusLine } from './StatusLine';
import { Transport } from './Transport';
import { SpeedControl } from './speed/SpeedControl';
import { useUrlSync } from './useUrlSync';
import { CopyLink } from './teaching/CopyLink';
import { FullscreenHint } from './teaching/FullscreenHint';
import { PresetLinks } from './teaching/PresetLinks';
import { ShortcutsDialog } from './teaching/ShortcutsDialog';
import { ViewToggles } from './teaching/ViewToggles';
import { useDocumentView } from './teaching/useDocumentView';
import { useTeachingKeys } from './teaching/useTeachingKeys';
import { ExplainPanel } from './explain/ExplainPanel';
import { ExportMenu } from './export/ExportMenu';
import { SlowMotion } from './slowmo/SlowMotion';
import { Timeline } from './timeline/Timeline';

export function App() {
  useUrlSync();
  useDocumentView();
  useTeachingKeys();
  return (
    <div className="app">
      <header className="app-header">
        <h1>GAN Playground</h1>
        <Pickers />
        <PresetLinks />
      </header>
      <div className="bar">
        <Transport />
        <SpeedControl />
        <StatusLine />
      </div>
      <div className="teaching-bar">
        <CopyLink />
        <ViewToggles />
        <ExportMenu />
      </div>
      <Notices />
      <ProgressBar />
      <Timeline />
      <main className="layout">
        <Controls />
        <section className="panels" aria-label="Visualisations">
          <ExperimentView />
          <SlowMotion />
          <ExplainPanel />
        </section>
      </main>
      <ShortcutsDialog />
      <FullscreenHint />
      <footer className="app-footer">
        Trains in your browser with TensorFlow.js. Keys: Space play/pause · → step · D / G single update · R reset · + / − speed ·
        P presenter · F full screen · ? all shortcuts.
      </footer>
    </div>
  );
}
