import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PlaygroundSession, SessionState } from '../session/session';

export const SessionContext = createContext<PlaygroundSession | null>(null);

export function useSession(): PlaygroundSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionContext');
  return s;
}

/** The session's state, re-rendering whenever it changes. */
export function useSessionState(): SessionState {
  const s = useSession();
  return useSyncExternalStore(s.subscribe, s.getState);
}
