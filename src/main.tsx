import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { SessionContext } from './ui/sessionContext';
import { PlaygroundSession } from './session/session';
import { initBackend } from './engine/backend';
import { createApi, installApi } from './api/api';
import { viewOptions } from './ui/teaching/viewOptions';
import './ui/styles.css';
import './ui/teaching/teaching.css';
import 'katex/dist/katex.min.css';

const session = new PlaygroundSession();

async function start(): Promise<void> {
  const choice = await initBackend('webgl');
  if (choice.notice) session.notify(choice.notice, 'warning');
  const { autoplay, presenter, hide } = await session.init(window.location.search, choice.backend);
  viewOptions.set({ presenter, hide });
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
