import { setFullscreenQuietly, useIsFullscreen } from './fullscreen';
import { useViewOptions } from './viewOptions';

/**
 * In presenter mode but not full screen (e.g. opened from a presenter=1 link, where the browser forbids asking
 * without a gesture): a small corner hint. Clicking it is a gesture, so it goes full screen too.
 */
export function FullscreenHint() {
  const { presenter } = useViewOptions();
  const fullscreen = useIsFullscreen();
  if (!presenter || fullscreen || !document.fullscreenEnabled) return null;
  return (
    <button type="button" className="fullscreen-hint" data-hint="fullscreen" onClick={() => setFullscreenQuietly(true)}>
      Press <kbd>F</kbd> for full screen
    </button>
  );
}
