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

interface BaseSpec<K extends string> {
  key: K;
  label: string;
  help: string;
  group: ParamGroup;
  effect: ParamEffect;
  /** A live key that changes only what a frame shows (MNIST's digit picker): a paused run redraws at once. */
  redraw?: boolean;
}

export interface NumberSpec<K extends string = string> extends BaseSpec<K> {
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

/** A choice among `options`, whose values `V` are the union its constant array declares (choiceOptions below). */
export interface ChoiceSpec<K extends string = string, V extends string = string> extends BaseSpec<K> {
  kind: 'choice';
  options: readonly { value: V; label: string }[];
  default: V;
}

/**
 * A choice's options, built from the constant array that declares its values (and so its union type), in that
 * array's order: the labels must name every value and nothing else, or the schema does not compile.
 */
export function choiceOptions<T extends string>(values: readonly T[], labels: { readonly [V in T]: string }): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export interface BooleanSpec<K extends string = string> extends BaseSpec<K> {
  kind: 'boolean';
  default: boolean;
}

/** Hidden layer widths written as a comma list, e.g. "6,5". */
export interface LayersSpec<K extends string = string> extends BaseSpec<K> {
  kind: 'layers';
  default: string;
  maxLayers: number;
  maxUnits: number;
}

export type ParamSpec = NumberSpec | ChoiceSpec | BooleanSpec | LayersSpec;

/**
 * The value an entry holds, by its kind: a number; one of a choice's option values (the union of the constant array
 * its options are built from); a layers list's text ("6,5"); a boolean.
 */
export type SpecValue<S extends ParamSpec> = S extends { kind: 'choice'; options: readonly { value: infer V }[] }
  ? V
  : S extends { kind: 'number' }
    ? number
    : S extends { kind: 'boolean' }
      ? boolean
      : S extends { kind: 'layers' }
        ? string
        : never;

/**
 * The parameter record a schema's entries describe, each key typed by its entry. The entries must be declared so
 * that TypeScript keeps each one's key and kind (`[...] as const satisfies readonly ParamSpec[]`, with the typed
 * constructors of params/common.ts), e.g. ParamsOf<typeof toy2dSchema.entries>['dataset'] is the DatasetId union.
 */
export type ParamsOf<E extends readonly ParamSpec[]> = { [S in E[number] as S['key']]: SpecValue<S> };

/**
 * An entry declared `as const` seen as its spec type again (its optional fields readable), keeping its key and a
 * choice's values: an experiment's schema is an ExperimentSchema<TypedEntries<typeof entries>>.
 */
export type TypedSpec<S> = S extends { kind: 'choice'; key: infer K extends string; options: readonly { value: infer V extends string }[] }
  ? ChoiceSpec<K, V>
  : S extends { kind: 'number'; key: infer K extends string }
    ? NumberSpec<K>
    : S extends { kind: 'boolean'; key: infer K extends string }
      ? BooleanSpec<K>
      : S extends { kind: 'layers'; key: infer K extends string }
        ? LayersSpec<K>
        : never;
export type TypedEntries<E extends readonly ParamSpec[]> = { readonly [I in keyof E]: TypedSpec<E[I]> };

/** The keys of the entries of one kind. */
export type KeysOfKind<E extends readonly ParamSpec[], Kind extends ParamSpec['kind']> = Extract<E[number], { kind: Kind }>['key'];

/** A preset; `P`, the values it may set: its experiment's PresetParams (any keys of any schema by default). */
export interface Preset<P extends Partial<Params> = Params> {
  label: string;
  /** One paragraph: what the preset shows and what to look for. */
  description: string;
  params: P;
}

/**
 * What a preset of a schema with entries `E` may set: some of its keys, each with a value of its entry's type (a
 * choice one of its union), so a misspelt key or a value outside a choice's constant array does not compile. For the
 * untyped `readonly ParamSpec[]` (code that takes any experiment's schema), any parameter record.
 */
export type PresetParams<E extends readonly ParamSpec[]> = readonly ParamSpec[] extends E ? Params : Partial<ParamsOf<E>>;

/** The presets of a schema with entries `E`, by name. */
export type PresetsOf<E extends readonly ParamSpec[]> = Readonly<Record<string, Preset<PresetParams<E>>>>;

/** An experiment's schema; `E`, the type of its entries, keeps each entry's key and kind (ParamsOf). */
export interface ExperimentSchema<E extends readonly ParamSpec[] = readonly ParamSpec[]> {
  entries: E;
  presets: PresetsOf<E>;
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
