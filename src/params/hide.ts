import { findSpec, type ExperimentSchema } from './schema';

/** Controls an instructor hid by link (TensorFlow Playground style): `hide=lrD,k` or `hide=controls` for all. */
export interface HiddenControls {
  /** Hide the whole parameter panel. */
  all: boolean;
  /** Schema keys whose controls are hidden. */
  keys: readonly string[];
}

export const NOTHING_HIDDEN: HiddenControls = { all: false, keys: [] };

const MAX_HIDE_ITEMS = 64;

/** Reads `hide` against the schema: only known keys (or `controls`) are kept; each unknown one adds a notice. */
export function parseHide(schema: ExperimentSchema, raw: string | null, notices: string[]): HiddenControls {
  if (raw === null || raw.trim() === '') return NOTHING_HIDDEN;
  let all = false;
  const keys: string[] = [];
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const item of items.slice(0, MAX_HIDE_ITEMS)) {
    if (item === 'controls') all = true;
    else if (findSpec(schema, item)) {
      if (!keys.includes(item)) keys.push(item);
    } else notices.push(`hide: unknown control "${item.length > 40 ? item.slice(0, 40) + '…' : item}" was ignored.`);
  }
  return { all, keys };
}

/** The `hide` value for a link, '' when nothing is hidden. */
export function hideToText(h: HiddenControls): string {
  return [...(h.all ? ['controls'] : []), ...h.keys].join(',');
}
