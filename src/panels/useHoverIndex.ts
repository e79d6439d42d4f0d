import { useState, type KeyboardEvent } from 'react';
import { nextIndex } from './hover';

/**
 * The item a chart's read-out shows: set by the pointer, or by the arrow keys once the chart has focus, so keyboard
 * users can read the same values. `focusProps` go on the chart's focusable element.
 */
export function useHoverIndex(count: number) {
  const [index, setIndex] = useState<number | null>(null);
  const shown = index !== null && index < count ? index : null;
  const focusProps = {
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent) => {
      const next = nextIndex(e.key, e.shiftKey, shown, count);
      if (next === undefined) return;
      e.preventDefault();
      e.stopPropagation(); // the page's own arrow key (one training step) must not fire while reading a chart
      setIndex(next);
    },
    onBlur: () => setIndex(null),
  };
  return { index: shown, setIndex, focusProps };
}
