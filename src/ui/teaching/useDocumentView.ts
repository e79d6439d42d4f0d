import { useEffect } from 'react';
import { useViewOptions } from './viewOptions';

/** Mirrors presenter mode and the theme onto <html>, where the style sheet picks them up. */
export function useDocumentView(): void {
  const { presenter, theme } = useViewOptions();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenter', presenter);
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [presenter, theme]);
}
