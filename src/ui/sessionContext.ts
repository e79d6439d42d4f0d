import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PlaygroundSession, SessionState } from '../session/session';

export const SessionContext = createContext<PlaygroundSession | null>(null);

export function useSession(): PlaygroundSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionContext');
  return s;
}

/** The session's whole state, re-rendering whenever any of it changes (every drawn frame while training). */
export function useSessionState(): SessionState {
  const s = useSession();
  return useSyncExternalStore(s.subscribe, s.getState);
}

/**
 * Some fields of the session's state, re-rendering only when one of them changes. Controls, pickers and notices
 * use this, so that a frame of training redraws the panels and nothing else.
 */
export function useSessionFields<K extends keyof SessionState>(...keys: K[]): Pick<SessionState, K> {
  const s = useSession();
  const last = useRef<Pick<SessionState, K> | null>(null);
  const keyList = keys.join(',');
  const pick = useCallback((): Pick<SessionState, K> => {
    const state = s.getState();
    const prev = last.current;
    if (prev && keys.every((k) => prev[k] === state[k])) return prev;
    // the state itself is a Pick of it: kept until one of the keys changes, so a frame alone re-renders nothing here
    last.current = state;
    return state;
    // keyList (the keys joined) stands for `keys`, a new array on every render
  }, [s, keyList]);
  return useSyncExternalStore(s.subscribe, pick);
}

/**
 * The session's state at most once per intervalMs (the latest state always arrives, at the latest intervalMs after it
 * changed). For panels that need not move at display rate: explanations with live numbers, the timeline slider.
 */
export function useThrottledSessionState(intervalMs: number): SessionState {
  const s = useSession();
  const [state, setState] = useState(s.getState);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastAt = -Infinity;
    const flush = () => {
      timer = undefined;
      lastAt = performance.now();
      setState(s.getState());
    };
    flush();
    const unsubscribe = s.subscribe(() => {
      if (timer !== undefined) return;
      timer = setTimeout(flush, Math.max(0, lastAt + intervalMs - performance.now()));
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [s, intervalMs]);
  return state;
}
