import { isTheme, THEMES, type Theme } from '../params/theme';
import type { ViewOptionsStore } from '../ui/teaching/viewOptions';

/** A bounded, plain-text description of a bad argument for an error message (never calls the value's own code). */
function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'undefined') return String(v);
  return `a value of type ${typeof v}`;
}

/** The scripting API's presenter and theme calls: the same store the P key, the buttons and the link use. */
export function viewCalls(store: ViewOptionsStore) {
  return {
    setPresenter(on: boolean): void {
      if (typeof on !== 'boolean') throw new Error(`setPresenter(on): on must be true or false, not ${describe(on)}`);
      store.set({ presenter: on });
    },
    getPresenter: (): boolean => store.get().presenter,
    setTheme(theme: Theme): void {
      if (!isTheme(theme)) throw new Error(`setTheme(theme): unknown theme ${describe(theme)}; use ${THEMES.join(', ')}`);
      store.set({ theme });
    },
    getTheme: (): Theme => store.get().theme,
  };
}
