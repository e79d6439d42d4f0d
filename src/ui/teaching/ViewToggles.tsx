import { toggleFullscreen } from './fullscreen';
import { togglePresenterByGesture } from './presenter';
import { useViewOptions, viewOptions, type Theme } from './viewOptions';
import { useSession } from '../sessionContext';
import { Icon } from '../icons/Icon';

const NEXT_THEME: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const THEME_LABEL: Record<Theme, string> = { system: 'Theme: auto', dark: 'Theme: dark', light: 'Theme: light' };

/** The presenter mode switch; in presenter mode it sits in the compact bar, labelled for leaving. */
export function PresenterToggle() {
  const { presenter } = useViewOptions();
  return (
    <button type="button" data-action="presenter" aria-pressed={presenter} onClick={togglePresenterByGesture} title="Presenter mode: large type, thick lines, full screen (P)">
      <Icon name="presenter" /> <span className="button-label">{presenter ? 'Exit presenter' : 'Presenter'}</span>
    </button>
  );
}

/** Presenter mode (unless `presenterToggle` is false: the bar has it), theme, full screen and the shortcut list. */
export function ViewToggles({ presenterToggle = true }: { presenterToggle?: boolean }) {
  const session = useSession();
  const { theme } = useViewOptions();
  return (
    <span className="view-toggles">
      {presenterToggle && <PresenterToggle />}
      <button type="button" data-action="theme" onClick={() => viewOptions.set({ theme: NEXT_THEME[theme] })} title="Light, dark or the system's theme">
        {THEME_LABEL[theme]}
      </button>
      <button
        type="button" data-action="fullscreen" title="Full screen (F)" aria-label="Full screen"
        onClick={() => void toggleFullscreen().then((ok) => ok || session.notify('The browser did not allow full screen here.'))}
      >
        <Icon name="fullscreen" />
      </button>
      <button type="button" data-action="shortcuts" onClick={() => viewOptions.set({ shortcutsOpen: true })} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">
        ?
      </button>
    </span>
  );
}
