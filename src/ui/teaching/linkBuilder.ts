import { hideToText, type HiddenControls } from '../../params/hide';

/** What the classroom link builder adds to the current link. */
export interface ClassroomLinkOptions {
  hide: HiddenControls;
  autoplay: boolean;
  presenter: boolean;
}

/**
 * The current page's link with `hide`, `autoplay` and `presenter` replaced by the builder's choices (every other
 * key — experiment, preset, parameters, lesson — kept as the address bar has it).
 */
export function classroomLink(href: string, options: ClassroomLinkOptions): string {
  const url = new URL(href);
  const q = url.searchParams;
  const hidden = hideToText(options.hide);
  if (hidden) q.set('hide', hidden);
  else q.delete('hide');
  if (options.autoplay) q.set('autoplay', '1');
  else q.delete('autoplay');
  if (options.presenter) q.set('presenter', '1');
  else q.delete('presenter');
  // commas read better than %2C in a link shown to a class
  return `${url.origin}${url.pathname}?${q.toString().replace(/%2C/g, ',')}`;
}

/** Adds or removes one item of a list (a ticked or unticked checkbox). */
export function toggled<T>(list: readonly T[] | undefined, item: T, on: boolean): T[] {
  const rest = (list ?? []).filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}
