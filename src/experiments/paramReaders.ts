import type { OptimizerConfig } from '../core/optimizers';
import type { optimizerEntry } from '../params/common';
import {
  parseLayers, type KeysOfKind, type NumberSpec, type Params, type ParamSpec, type SpecValue,
} from '../params/schema';

/** The entry of `entries` with key `K`. */
type EntryOf<E extends readonly ParamSpec[], K> = Extract<E[number], { key: K }>;

/**
 * Typed reads of a validated parameter record, typed by the schema's entries `E`: each method takes only the keys of
 * its kind in that schema, so reading a key the schema lacks, or reading a key as another kind, does not compile.
 */
export interface SchemaReader<E extends readonly ParamSpec[]> {
  num: (key: KeysOfKind<E, 'number'>) => number;
  bool: (key: KeysOfKind<E, 'boolean'>) => boolean;
  /** A layers entry's widths, "6,5" → [6, 5]. */
  layers: (key: KeysOfKind<E, 'layers'>) => number[];
  /** A choice, typed by its entry's option values (the constant array they are built from); throws if the record holds another value. */
  choice: <K extends KeysOfKind<E, 'choice'>>(key: K) => SpecValue<EntryOf<E, K>>;
}

/** A choice's option values (none for another kind). */
function optionValues(spec: ParamSpec): string[] {
  return spec.kind === 'choice' ? spec.options.map((o) => o.value) : [];
}

/** Whether `value` is one of the option values of `spec`, a choice. */
function isOption<S extends ParamSpec>(spec: S, value: unknown): value is SpecValue<S> {
  return optionValues(spec).some((v) => v === value);
}

export function schemaReader<E extends readonly ParamSpec[]>(entries: E, p: Params): SchemaReader<E> {
  return {
    num: (key) => Number(p[key]),
    bool: (key) => p[key] === true,
    layers: (key) => parseLayers(String(p[key])),
    choice: <K extends KeysOfKind<E, 'choice'>>(key: K) => {
      const value = String(p[key]);
      const spec = entries.find((e): e is EntryOf<E, K> => e.key === key);
      if (!spec || !isOption(spec, value)) throw new Error(`${key} = ${value} is not one of ${spec ? optionValues(spec).join(', ') : '(no such key)'}`);
      return value;
    },
  };
}

/** The shared entries one network's optimizer is read from (params/common.ts). */
type OptimizerEntries = readonly [
  ReturnType<typeof optimizerEntry<'D'>>, ReturnType<typeof optimizerEntry<'G'>>,
  NumberSpec<'lrD'>, NumberSpec<'lrG'>, NumberSpec<'momentum'>, NumberSpec<'beta1'>, NumberSpec<'beta2'>,
];

/** What optimizerConfig reads: any experiment's reader whose schema holds the shared optimizer entries. */
interface OptimizerReader {
  num: (key: KeysOfKind<OptimizerEntries, 'number'>) => number;
  choice: (key: KeysOfKind<OptimizerEntries, 'choice'>) => SpecValue<OptimizerEntries[0]>;
}

/** One network's optimizer from the shared keys optimizerD|G, lrD|G, momentum, beta1 and beta2 (ε 1e-8, RMSProp's ρ 0.9). */
export function optimizerConfig(read: OptimizerReader, net: 'D' | 'G'): OptimizerConfig {
  const { num, choice } = read;
  return {
    kind: choice(`optimizer${net}`),
    learningRate: num(`lr${net}`),
    momentum: num('momentum'),
    beta1: num('beta1'),
    beta2: num('beta2'),
    epsilon: 1e-8,
    rho: 0.9,
  };
}
