import { findSpec, presetParams, type ExperimentSchema, type Params } from './schema';
import { coerce } from './validate';
import { hideToText, parseHide, type HiddenControls } from './hide';
import { parseTheme, type Theme } from './theme';
import { lessonLinkKeys, parseLessonLink } from '../lessons';
import { isOneOf } from '../core/names';

/** Query keys that are not experiment parameters. */
export const PAGE_KEYS = ['experiment', 'preset', 'autoplay', 'backend', 'presenter', 'hide', 'theme', 'points', 'lesson', 'card', 'start', 'compare'] as const;

/** Page options that travel in a link beside the parameters (presenter mode, controls an instructor hid, theme). */
export interface PageOptions {
  presenter: boolean;
  hide: HiddenControls;
  /** Absent means `system`. */
  theme?: Theme;
  /** The user's data in its link form (dataText.ts), when it is small enough for a link. */
  points?: string | null;
  /** The guided lesson open and its card (0-based), written as `lesson=<id>&card=<n>`. */
  lesson?: LessonAt | null;
  /** The comparison running (run B's one changed setting), written as `compare=<key>:<value>`. */
  compare?: Params | null;
  /** The run opened at its preset's trained checkpoint, written as `start=trained`. */
  startTrained?: boolean;
}

/** A lesson open at a card (0-based). */
export interface LessonAt {
  id: string;
  card: number;
}

export interface UrlState {
  preset: string;
  params: Params;
  autoplay: boolean;
  presenter: boolean;
  hide: HiddenControls;
  theme: Theme;
  /** Plain-text notices for every value that was dropped or adjusted (shown in a role="status" region). */
  notices: string[];
  /** The `points` key as given (the user's data; the session checks it against the experiment). */
  points: string | null;
  /** The `lesson` (and `card`) keys, when they name a lesson. */
  lesson: LessonAt | null;
  /** `start=trained`: open the preset at its shipped trained checkpoint. */
  startTrained: boolean;
  /**
   * `compare=<key>:<value>` as given (run B's one changed setting): params/compare.ts checks it, loaded only when a
   * link compares, so the first load of the page stays small.
   */
  compareText: string | null;
}

const MAX_QUERY_LENGTH = 4000;

/** Reads a query string against a schema: a preset first, then each known key; bad values are clamped or dropped. */
export function parseQuery(schema: ExperimentSchema, search: string): UrlState {
  const notices: string[] = [];
  if (search.length > MAX_QUERY_LENGTH) {
    notices.push(`The link was ${search.length} characters long; only the first ${MAX_QUERY_LENGTH} were read.`);
    search = search.slice(0, MAX_QUERY_LENGTH);
  }
  const q = new URLSearchParams(search);
  let preset = schema.defaultPreset;
  const askedPreset = q.get('preset');
  if (askedPreset !== null) {
    if (Object.prototype.hasOwnProperty.call(schema.presets, askedPreset)) preset = askedPreset;
    else notices.push(`Unknown preset "${short(askedPreset)}" was ignored.`);
  }
  const params = presetParams(schema, preset);
  const seen = new Set<string>();
  for (const [key, raw] of q) {
    if (isOneOf(key, PAGE_KEYS)) continue;
    if (seen.has(key)) {
      notices.push(`"${short(key)}" was given more than once; only its first occurrence was read.`);
      continue;
    }
    seen.add(key);
    const spec = findSpec(schema, key);
    if (!spec) {
      notices.push(`Unknown parameter "${short(key)}" was ignored.`);
      continue;
    }
    const r = coerce(spec, raw, 'lenient');
    if (!r.ok) {
      notices.push(`${r.error}; "${short(raw)}" was ignored.`);
      continue;
    }
    if (r.adjusted) notices.push(r.adjusted + '.');
    params[key] = r.value;
  }
  const hide = parseHide(schema, q.get('hide'), notices);
  const theme = parseTheme(q.get('theme'), notices);
  const place = parseLessonLink(q.get('lesson'), q.get('card'), notices);
  const lesson = place ? { id: place.lesson.id, card: place.card } : null;
  const start = q.get('start');
  if (start !== null && start !== 'trained') notices.push(`start: only "trained" is known; "${short(start)}" was ignored.`);
  return {
    preset, params, autoplay: isOn(q.get('autoplay')), presenter: isOn(q.get('presenter')), hide, theme, notices, points: q.get('points'), lesson,
    startTrained: start === 'trained', compareText: q.get('compare'),
  };
}

/** Writes a query string: experiment, preset, seed, and every value that differs from the preset's. */
export function toQuery(
  schema: ExperimentSchema, experiment: string, preset: string, params: Params, page?: PageOptions,
): string {
  const q = new URLSearchParams();
  q.set('experiment', experiment);
  if (preset !== schema.defaultPreset) q.set('preset', preset);
  const base = presetParams(schema, preset);
  for (const e of schema.entries) {
    const v = params[e.key];
    if (v === undefined) continue;
    if (e.key === 'seed' || v !== base[e.key]) q.set(e.key, String(v));
  }
  if (page?.presenter) q.set('presenter', '1');
  const hidden = page ? hideToText(page.hide) : '';
  if (hidden) q.set('hide', hidden);
  if (page?.theme && page.theme !== 'system') q.set('theme', page.theme);
  if (page?.points) q.set('points', page.points);
  for (const [key, value] of lessonLinkKeys(page?.lesson ?? null)) q.set(key, value);
  if (page?.startTrained) q.set('start', 'trained');
  // the one setting of a comparison, as <key>:<value> (compareLinkText in params/compare.ts)
  const compared = page?.compare && Object.keys(page.compare)[0];
  if (compared) q.set('compare', `${compared}:${String(page.compare?.[compared])}`);
  return q.toString();
}

function isOn(raw: string | null): boolean {
  return raw === '1' || raw === 'true';
}

function short(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
