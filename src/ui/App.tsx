import { Controls } from './Controls';
import { ExperimentView } from './views/ExperimentView';
import { Notices } from './Notices';
import { Pickers } from './Pickers';
import { ProgressBar } from './ProgressBar';
import { StatusLine } from './StatusLine';
import { Transport } from './Transport';
import { useUrlSync } from './useUrlSync';

export function App() {
  useUrlSync();
  return (
    <div className="app">
      <header className="app-header">
        <h1>GAN Playground</h1>
        <Pickers />
      </header>
      <div className="bar">
        <Transport />
        <StatusLine />
      </div>
      <Notices />
      <ProgressBar />
      <main className="layout">
        <Controls />
        <section className="panels" aria-label="Visualisations">
          <ExperimentView />
        </section>
      </main>
      <footer className="app-footer">
        Trains in your browser with TensorFlow.js. Keys: Space play/pause · → step · D / G single update · R reset.
      </footer>
    </div>
  );
}
