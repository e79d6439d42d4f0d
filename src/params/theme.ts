import { isOneOf } from '../core/names';

/** Page themes: `system` follows prefers-color-scheme; `light` and `dark` override it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(v: unknown): v is Theme {
  return isOneOf(v, THEMES);
}

/** Reads `theme=` from a link: a known theme, else `system` with a notice (nothing else is applied). */
export function parseTheme(raw: string | null, notices: string[]): Theme {
  if (raw === null || raw === '') return 'system';
  if (isTheme(raw)) return raw;
  notices.push(`Unknown theme "${raw.length > 40 ? raw.slice(0, 40) + '…' : raw}" was ignored; use light, dark or system.`);
  return 'system';
}
