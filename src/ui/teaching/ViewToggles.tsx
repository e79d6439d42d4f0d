import { toggleFullscreen } from './fullscreen';
import { togglePresenterByGesture } from './presenter';
import { useViewOptions, viewOptions, type Theme } from './viewOptions';
import { useSession } from '../sessionContext';

const NEXT_THEME: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const THEME_LABEL: Record<Theme, string> = { system: 'Theme: auto', dark: 'Theme: dark', light: 'Theme: light' };

/** Presenter mode, theme, full screen and the shortcut list, as buttons. */
export function ViewToggles() {
  const session = useSession();
  const { presenter, theme } = useViewOptions();
  return (
    <span className="view-toggles">
      <button type="button" data-action="presenter" aria-pressed={presenter} onClick={togglePresenterByGesture} title="Presenter mode: large type, thick lines, full screen (P)">
        {presenter ? 'Exit presenter' : 'Presenter'}
      </button>
      <button type="button" data-action="theme" onClick={() => viewOptions.set({ theme: NEXT_THEME[theme] })} title="Light, dark or the system's theme">
        {THEME_LABEL[theme]}
      </button>
      <button
        type="button" data-action="fullscreen" title="Full screen (F)"
        onClick={() => void toggleFullscreen().then((ok) => ok || session.notify('The browser did not allow full screen here.'))}
      >
        ⛶
      </button>
      <button type="button" data-action="shortcuts" onClick={() => viewOptions.set({ shortcutsOpen: true })} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">
        ?
      </button>
    </span>
  );
}
