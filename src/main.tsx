import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { SessionContext } from './ui/sessionContext';
import { PlaygroundSession } from './session/session';
import { initBackend, isBackendName } from './engine/backend';
import { createApi, installApi } from './api/api';
import { viewOptions } from './ui/teaching/viewOptions';
import { registerServiceWorker } from './ui/offline/serviceWorker';
import './ui/styles.css';
import './ui/teaching/teaching.css';
import './ui/layout/layout.css';
import './ui/lessons/lessons.css';
import './ui/teaching/hidden.css';

const session = new PlaygroundSession();
// Read the link once, before anything can run: the shell keeps the address bar equal to the state from its first
// render on, and a slow backend start (WebAssembly) would otherwise read the shell's default state back.
const initialSearch = window.location.search;

/** The backend asked for with `backend=` (webgl, wasm or cpu); WebGL when absent or unknown. */
function requestedBackend(search: string): void {
  const asked = new URLSearchParams(search).get('backend');
  if (asked === null) return;
  if (isBackendName(asked)) session.requestedBackend = asked;
  else session.notify(`Unknown backend "${asked.slice(0, 40)}" was ignored; use webgl, wasm or cpu.`, 'warning');
}

async function start(): Promise<void> {
  requestedBackend(initialSearch);
  const choice = await initBackend(session.requestedBackend);
  if (choice.notice) session.notify(choice.notice, 'warning');
  const { autoplay, presenter, hide, theme = 'system', lesson = null, startTrained } = await session.init(initialSearch, choice.backend);
  viewOptions.set({ presenter, hide, theme, lesson });
  if (startTrained) {
    await session.startFromTrained().catch((e: unknown) => session.notify(`start=trained: ${e instanceof Error ? e.message : String(e)}`, 'warning'));
  }
  if (autoplay) session.play();
}

// No GPU work while the tab is hidden; training resumes when it is shown again.
const onVisibility = () => session.scheduler.setHidden(document.visibilityState === 'hidden');
document.addEventListener('visibilitychange', onVisibility);
onVisibility();

const ready = start();
// Offline use and updates: the service worker is registered once the page is up (ui/offline/serviceWorker.ts; workbox-window loads then).
ready.then(registerServiceWorker).catch(() => undefined);
ready.catch((e: unknown) => {
  session.notify(`The playground could not start: ${e instanceof Error ? e.message : String(e)}`, 'error');
});
installApi(createApi(session, ready));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionContext.Provider value={session}>
      <App />
    </SessionContext.Provider>
  </StrictMode>,
);
