import { Controls } from './Controls';
import { ExperimentView } from './views/ExperimentView';
import { Notices } from './Notices';
import { UpdateReady } from './offline/UpdateReady';
import { ExperimentSelect, Pickers, PresetDescription } from './Pickers';
import { ProgressBar } from './ProgressBar';
import { StatusLine } from './StatusLine';
import { Transport } from './Transport';
import { SpeedControl } from './speed/SpeedControl';
import { useUrlSync } from './useUrlSync';
import { useTransportKeys } from './useTransportKeys';
import { CopyLink } from './teaching/CopyLink';
import { FullscreenHint } from './teaching/FullscreenHint';
import { PresetLinks } from './teaching/PresetLinks';
import { ShortcutsDialog } from './teaching/ShortcutsDialog';
import { ViewToggles } from './teaching/ViewToggles';
import { useDocumentView } from './teaching/useDocumentView';
import { useTeachingKeys } from './teaching/useTeachingKeys';
import { useViewOptions } from './teaching/viewOptions';
import { ExplainPanel } from './explain/ExplainPanel';
import { ExportMenu } from './export/ExportMenu';
import { SlowMotion } from './slowmo/SlowMotion';
import { Timeline } from './timeline/Timeline';
import { CompactBar } from './layout/CompactBar';
import { ControlsDrawer } from './layout/ControlsDrawer';
import { useLayoutMode } from './layout/useLayoutMode';
import { LessonPanel } from './lessons/LessonPanel';
import { LessonPicker } from './lessons/LessonPicker';
import { LinkBuilder } from './teaching/LinkBuilder';
import { HiddenParts } from './teaching/HiddenParts';
import { TrainedStartButton } from './TrainedStartButton';
import { CompareButton } from './compare/CompareButton';

/** Copy link, presenter / theme / full screen / shortcuts, export. */
function TeachingBar({ presenterToggle }: { presenterToggle: boolean }) {
  return (
    <div className="teaching-bar">
      <CopyLink />
      <LinkBuilder />
      <CompareButton />
      <ViewToggles presenterToggle={presenterToggle} />
      <ExportMenu />
    </div>
  );
}

/** Laptops and desktops: the header, a sticky bar of transport and status, and the parameters beside the plots. */
function WideHeader() {
  return (
    <>
      <header className="app-header">
        <h1>GAN Playground</h1>
        <Pickers />
        <TrainedStartButton />
        <LessonPicker />
        <PresetLinks />
      </header>
      <div className="bar">
        <Transport />
        <SpeedControl />
        <StatusLine />
      </div>
      <TeachingBar presenterToggle />
    </>
  );
}

/** What the compact bar leaves out, in the order a student looks for it: the experiment and its parameters first. */
function DrawerContents({ withSpeed }: { withSpeed: boolean }) {
  const { presenter } = useViewOptions();
  return (
    <>
      <div className="pickers">
        <ExperimentSelect />
      </div>
      <Controls />
      <PresetDescription />
      <TrainedStartButton />
      <LessonPicker />
      <PresetLinks />
      <Transport actions={['update-d', 'update-g']} label="Single updates" />
      {withSpeed && <SpeedControl />}
      <StatusLine />
      <Timeline />
      <TeachingBar presenterToggle={!presenter} />
    </>
  );
}

export function App() {
  useUrlSync();
  useDocumentView();
  useTeachingKeys();
  useTransportKeys();
  const { compact, narrow } = useLayoutMode();
  // Every slot keeps its place whether it is filled or not (`false`), so that switching layouts (rotation, presenter
  // mode) does not rebuild the panels and lose what they hold (layer toggles, a Parzen estimate in progress).
  return (
    <div className={compact ? 'app app-compact' : 'app app-wide'}>
      <HiddenParts />
      {compact ? <CompactBar withSpeed={!narrow} /> : <WideHeader />}
      <Notices />
      <UpdateReady />
      <ProgressBar />
      {!compact && <Timeline />}
      <main className="layout">
        {!compact && <Controls />}
        <section className="panels" aria-label="Visualisations">
          <LessonPanel />
          <ExperimentView />
          <SlowMotion />
          <ExplainPanel />
        </section>
      </main>
      {compact && (
        <ControlsDrawer>
          <DrawerContents withSpeed={narrow} />
        </ControlsDrawer>
      )}
      <ShortcutsDialog />
      <FullscreenHint />
      <footer className="app-footer">
        Trains in your browser with TensorFlow.js. Keys: Space play/pause · → step · D / G single update · R reset · + / − speed ·
        P presenter · F full screen · ? all shortcuts.
      </footer>
    </div>
  );
}
