import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { SessionContext } from './ui/sessionContext';
import { PlaygroundSession } from './session/session';
import { initBackend } from './engine/backend';
import { createApi, installApi } from './api/api';
import './ui/styles.css';

const session = new PlaygroundSession();

async function start(): Promise<void> {
  const choice = await initBackend('webgl');
  if (choice.notice) session.notify(choice.notice, 'warning');
  const { autoplay } = await session.init(window.location.search, choice.backend);
  if (autoplay) session.play();
}

const ready = start();
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
