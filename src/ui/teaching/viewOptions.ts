import { useSyncExternalStore } from 'react';
import { NOTHING_HIDDEN, type HiddenControls } from '../../params/hide';
import type { Theme } from '../../params/theme';
import type { LessonAt } from '../../params/url';

export type { Theme };

/** How the page is shown (not what it trains): presenter mode, theme, hidden controls, open dialogs, timeline. */
export interface ViewOptions {
  presenter: boolean;
  theme: Theme;
  hide: HiddenControls;
  shortcutsOpen: boolean;
  /** The controls drawer of the compact layouts (phones, tablets, presenter mode) is open. */
  drawerOpen: boolean;
  /** Index into the session's snapshot timeline being viewed, or null for the live frame. */
  timelineIndex: number | null;
  /** The guided lesson open, and its card. */
  lesson: LessonAt | null;
}

type Listener = () => void;

/** A tiny external store, so the keyboard handler, the bar and the URL sync all read the same options. */
export class ViewOptionsStore {
  private state: ViewOptions = { presenter: false, theme: 'system', hide: NOTHING_HIDDEN, shortcutsOpen: false, drawerOpen: false, timelineIndex: null, lesson: null };
  private readonly listeners = new Set<Listener>();

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  get = (): ViewOptions => this.state;

  set(patch: Partial<ViewOptions>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

export const viewOptions = new ViewOptionsStore();

export function useViewOptions(): ViewOptions {
  return useSyncExternalStore(viewOptions.subscribe, viewOptions.get);
}
