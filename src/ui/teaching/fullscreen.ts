import { useSyncExternalStore } from 'react';

// Browsers grant full screen only inside a user gesture (a click, a key press), so it is asked for from those
// handlers; a link with presenter=1 cannot ask and shows a "Press F" hint instead (FullscreenHint).

/** Toggles full screen where the browser allows it; resolves false when it was refused. */
export async function toggleFullscreen(): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
    else return false;
    return true;
  } catch {
    return false;
  }
}

/** Enters (or leaves) full screen if it can; a refusal changes nothing and says nothing. Call from a gesture. */
export function setFullscreenQuietly(on: boolean): void {
  const now = document.fullscreenElement !== null;
  if (on === now) return;
  if (on && !document.fullscreenEnabled) return;
  const request = on ? document.documentElement.requestFullscreen?.() : document.exitFullscreen?.();
  request?.catch(() => undefined);
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Whether the page is full screen now, following the browser's fullscreenchange events. */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(subscribe, () => document.fullscreenElement !== null);
}
