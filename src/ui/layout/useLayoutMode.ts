import { useViewOptions } from '../teaching/viewOptions';
import { useMediaQuery } from './useMediaQuery';

/** Below this width the page has no room for a column of controls beside the plots. */
export const COMPACT_QUERY = '(max-width: 1023px)';
/** Phones: the compact bar keeps only Play, Step, Reset and the preset; the speed moves into the drawer. */
export const NARROW_QUERY = '(max-width: 599px)';

export interface LayoutMode {
  /** The plots first, everything else in a drawer: on tablets, phones and in presenter mode. */
  compact: boolean;
  /** A phone's width. */
  narrow: boolean;
}

export function useLayoutMode(): LayoutMode {
  const { presenter } = useViewOptions();
  const small = useMediaQuery(COMPACT_QUERY);
  const narrow = useMediaQuery(NARROW_QUERY);
  return { compact: presenter || small, narrow };
}
