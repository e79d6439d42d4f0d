import { findSpec, type ExperimentSchema, type ParamGroup } from './schema';
import { isOneOf } from '../core/names';

/**
 * What an instructor hid by link (TensorFlow Playground style), e.g. `hide=lrD,k`, `hide=controls` (the whole
 * parameter panel), `hide=networks` (a group of parameters), `hide=export,timeline` (parts of the page) or
 * `hide=mapping` (a panel).
 */
export interface HiddenControls {
  /** Hide the whole parameter panel. */
  all: boolean;
  /** Schema keys whose controls are hidden. */
  keys: readonly string[];
  /** Parameter groups hidden whole. */
  groups?: readonly ParamGroup[];
  /** Parts of the page hidden (PAGE_PARTS). */
  parts?: readonly PagePart[];
  /** Panels hidden (their `data-panel`). */
  panels?: readonly string[];
}

export const NOTHING_HIDDEN: HiddenControls = { all: false, keys: [] };

export const PARAM_GROUPS: readonly ParamGroup[] = ['data', 'networks', 'training', 'run'];

/**
 * Parts of the page a link can hide, with their names in the link builder. ui/teaching/hidden.css hides each (and
 * each panel below) while the root element's `data-hide` lists it (hiddenNames).
 */
export const PAGE_PART_IDS = ['transport', 'presets', 'lessons', 'export', 'slowmo', 'timeline'] as const;
export type PagePart = (typeof PAGE_PART_IDS)[number];
export const PAGE_PARTS: Readonly<Record<PagePart, { label: string }>> = {
  transport: { label: 'Play, step and reset buttons' },
  presets: { label: 'Preset menu, scenario links and description' },
  lessons: { label: 'Lesson menu' },
  export: { label: 'Export and checkpoints' },
  slowmo: { label: 'Slow motion' },
  timeline: { label: 'Timeline' },
};

/** Every panel a link can hide (`data-panel` of the experiments' views), with its name for the link builder. */
export const HIDEABLE_PANELS: Record<string, string> = {
  density: 'Distributions and D(x)',
  mapping: 'Generator mapping z → x',
  scatter: 'Real and generated samples',
  samples: 'Generated digits',
  interpolation: 'Interpolation',
  classes: 'Class histogram',
  memorisation: 'Nearest training digits',
  paper: 'Table 1 comparison',
  losses: 'Losses chart',
  divergence: 'Divergence chart',
  readout: 'Metric readouts',
};

const MAX_HIDE_ITEMS = 64;

function isGroup(item: string): item is ParamGroup {
  return isOneOf(item, PARAM_GROUPS);
}

function isPart(item: string): item is PagePart {
  return isOneOf(item, PAGE_PART_IDS);
}

/**
 * Reads `hide` against the schema: `controls`, group names, page parts, panel names and the schema's keys are
 * kept; each unknown item adds a notice.
 */
export function parseHide(schema: ExperimentSchema, raw: string | null, notices: string[]): HiddenControls {
  if (raw === null || raw.trim() === '') return NOTHING_HIDDEN;
  let all = false;
  const keys: string[] = [];
  const groups: ParamGroup[] = [];
  const parts: PagePart[] = [];
  const panels: string[] = [];
  const add = <T extends string>(list: T[], item: T) => {
    if (!list.includes(item)) list.push(item);
  };
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const item of items.slice(0, MAX_HIDE_ITEMS)) {
    if (item === 'controls') all = true;
    else if (isGroup(item)) add(groups, item);
    else if (isPart(item)) add(parts, item);
    else if (Object.prototype.hasOwnProperty.call(HIDEABLE_PANELS, item)) add(panels, item);
    else if (findSpec(schema, item)) add(keys, item);
    else notices.push(`hide: unknown control "${item.length > 40 ? item.slice(0, 40) + '…' : item}" was ignored.`);
  }
  const hidden: HiddenControls = { all, keys };
  if (groups.length) hidden.groups = groups;
  if (parts.length) hidden.parts = parts;
  if (panels.length) hidden.panels = panels;
  return hidden;
}

/** The `hide` value for a link, '' when nothing is hidden. */
export function hideToText(h: HiddenControls): string {
  return [...(h.all ? ['controls'] : []), ...(h.groups ?? []), ...h.keys, ...(h.parts ?? []), ...(h.panels ?? [])].join(',');
}

/** The page parts and panels hidden, space-separated, for the root element's `data-hide` (ui/teaching/hidden.css). */
export function hiddenNames(h: HiddenControls): string {
  return [...(h.parts ?? []), ...(h.panels ?? [])].join(' ');
}
