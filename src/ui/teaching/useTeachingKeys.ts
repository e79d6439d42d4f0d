import { useEffect } from 'react';
import { useSession } from '../sessionContext';
import { toggleFullscreen } from './fullscreen';
import { togglePresenterByGesture } from './presenter';
import { viewOptions } from './viewOptions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/** P presenter mode, F full screen, ? the shortcut list (the training keys live in Transport). */
export function useTeachingKeys(): void {
  const session = useSession();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === 'p' || e.key === 'P') togglePresenterByGesture();
      else if (e.key === 'f' || e.key === 'F') {
        void toggleFullscreen().then((ok) => {
          if (!ok) session.notify('The browser did not allow full screen here.', 'info');
        });
      } else if (e.key === '?') viewOptions.set({ shortcutsOpen: true });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
