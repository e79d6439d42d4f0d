// The one parameter schema type. Sliders, URL state, validation, defaults and presets are all views of it.

export type ParamValue = number | string | boolean;
export type Params = Record<string, ParamValue>;

/** Where a control sits in the UI. */
export type ParamGroup = 'data' | 'networks' | 'training' | 'run';

/**
 * What changing a parameter does to a running experiment:
 *  live:  takes effect at the next step (learning rate, k, loss, data, ...)
 *  reset: rebuilds the networks from the seed (architecture, initialiser, seed, ...)
 */
export type ParamEffect = 'live' | 'reset';

interface BaseSpec {
  key: string;
  label: string;
  help: string;
  group: ParamGroup;
  effect: ParamEffect;
  /** A live key that changes only what a frame shows (MNIST's digit picker): a paused run redraws at once. */
  redraw?: boolean;
}

export interface NumberSpec extends BaseSpec {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
  integer?: boolean;
  /** Draw the slider on a log scale (learning rates). */
  log?: boolean;
  /** A number box only: no slider (a step count spans too many orders of magnitude for one). */
  noSlider?: boolean;
}

export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
  default: string;
}

/**
 * A choice's options, built from the constant array that declares its values (and so its union type), in that
 * array's order: the labels must name every value and nothing else, or the schema does not compile.
 */
export function choiceOptions<T extends string>(values: readonly T[], labels: { readonly [V in T]: string }): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
  default: boolean;
}

/** Hidden layer widths written as a comma list, e.g. "6,5". */
export interface LayersSpec extends BaseSpec {
  kind: 'layers';
  default: string;
  maxLayers: number;
  maxUnits: number;
}

export type ParamSpec = NumberSpec | ChoiceSpec | BooleanSpec | LayersSpec;

export interface Preset {
  label: string;
  /** One paragraph: what the preset shows and what to look for. */
  description: string;
  params: Params;
}

export interface ExperimentSchema {
  entries: readonly ParamSpec[];
  presets: Readonly<Record<string, Preset>>;
  defaultPreset: string;
}

export function findSpec(schema: ExperimentSchema, key: string): ParamSpec | undefined {
  // A linear scan over own entries: keys such as __proto__ or constructor can never match by accident.
  return schema.entries.find((e) => e.key === key);
}

export function defaultParams(schema: ExperimentSchema): Params {
  const out: Params = {};
  for (const e of schema.entries) out[e.key] = e.default;
  return out;
}

/** The schema defaults with a preset's values laid over them. */
export function presetParams(schema: ExperimentSchema, preset: string): Params {
  const base = defaultParams(schema);
  const p = Object.prototype.hasOwnProperty.call(schema.presets, preset) ? schema.presets[preset] : undefined;
  if (!p) return base;
  return { ...base, ...p.params };
}

/** Parses "6,5" into [6, 5]; an empty string means no hidden layer. */
export function parseLayers(text: string): number[] {
  const t = text.trim();
  if (t === '') return [];
  return t.split(',').map((s) => Number(s.trim()));
}
