import { setFullscreenQuietly } from './fullscreen';
import { viewOptions } from './viewOptions';

/**
 * Presenter mode from the user's own gesture (the button or P): it also goes full screen, and leaving it leaves
 * full screen. (The scripting API and presenter=1 links only switch the look: no gesture, no full screen.)
 */
export function togglePresenterByGesture(): void {
  const on = !viewOptions.get().presenter;
  viewOptions.set({ presenter: on });
  setFullscreenQuietly(on);
}
