import { isOneOf, type HiddenActivation, type Initializer } from '../core/names';
import type { ObjectiveId } from '../core/objectives';
import type { OptimizerConfig, OptimizerKind } from '../core/optimizers';
import type { optimizerEntry } from '../params/common';
import { parseLayers, type KeysOfKind, type NumberSpec, type Params, type ParamSpec, type SpecValue } from '../params/schema';

/** The entry of `entries` with key `K`. */
type EntryOf<E extends readonly ParamSpec[], K> = Extract<E[number], { key: K }>;

/**
 * Typed reads of a validated parameter record, typed by the schema's entries `E`: each method takes only the keys of
 * its kind in that schema, so reading a key the schema lacks, or reading a key as another kind, does not compile.
 */
export interface SchemaReader<E extends readonly ParamSpec[]> {
  num: (key: KeysOfKind<E, 'number'>) => number;
  bool: (key: KeysOfKind<E, 'boolean'>) => boolean;
  /** A layers entry's text, "6,5" (params/schema.ts parseLayers reads the widths). */
  layers: (key: KeysOfKind<E, 'layers'>) => string;
  /** A choice, typed by its entry's option values (the constant array they are built from); throws if the record holds another value. */
  choice: <K extends KeysOfKind<E, 'choice'>>(key: K) => SpecValue<EntryOf<E, K>>;
}

/**
 * The constant array of every choice key's values (an experiment's CHOICES, experiments/<id>/choices.ts: the arrays
 * its schema builds the options from), each typed by its entry: a key without its array, or an array holding a
 * value the schema's union lacks, does not compile.
 */
export type ChoiceArrays<E extends readonly ParamSpec[]> = {
  readonly [K in KeysOfKind<E, 'choice'>]: readonly SpecValue<EntryOf<E, K>>[];
};

/**
 * The reader of a record of the schema whose entries' type is `E` (`typeof <id>Schema.entries`, imported as a type:
 * the run's code does not carry the schema's text). Choices are checked against their constant arrays.
 */
export function schemaReader<E extends readonly ParamSpec[]>(choices: ChoiceArrays<E>, p: Params): SchemaReader<E> {
  return {
    num: (key) => Number(p[key]),
    bool: (key) => p[key] === true,
    layers: (key) => String(p[key]),
    choice: <K extends KeysOfKind<E, 'choice'>>(key: K) => {
      const value = String(p[key]);
      const values: readonly SpecValue<EntryOf<E, K>>[] = choices[key];
      if (!isOneOf(value, values)) throw new Error(`${key} = ${value} is not one of ${values.join(', ')}`);
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

/** What networksAndObjective reads: any experiment's reader whose schema holds the entries every experiment shares. */
interface SharedReader extends OptimizerReader {
  num: (key: 'clip' | 'gpWeight' | KeysOfKind<OptimizerEntries, 'number'>) => number;
  layers: (key: 'hiddenD' | 'hiddenG') => string;
  choice: ((key: 'activation') => HiddenActivation) & ((key: 'init') => Initializer) & ((key: 'loss') => ObjectiveId) &
    ((key: 'optimizerD' | 'optimizerG') => OptimizerKind);
}

/** The part of every experiment's config read from the shared entries: both networks, the objective, both optimizers. */
export interface NetworksAndObjective {
  hiddenD: number[];
  hiddenG: number[];
  activation: HiddenActivation;
  init: Initializer;
  loss: ObjectiveId;
  /** WGAN's critic weight clip bound c (applies only to objectives with weight clipping). */
  clip: number;
  /** WGAN-GP's gradient-penalty weight λ (applies only to objectives with a gradient penalty). */
  gpWeight: number;
  optimizerD: OptimizerConfig;
  optimizerG: OptimizerConfig;
}

/** The shared entries every experiment reads the same way (params/common.ts, objectiveEntry.ts). */
export function networksAndObjective(read: SharedReader): NetworksAndObjective {
  const { num, layers, choice } = read;
  return {
    hiddenD: parseLayers(layers('hiddenD')),
    hiddenG: parseLayers(layers('hiddenG')),
    activation: choice('activation'),
    init: choice('init'),
    loss: choice('loss'),
    clip: num('clip'),
    gpWeight: num('gpWeight'),
    optimizerD: optimizerConfig(read, 'D'),
    optimizerG: optimizerConfig(read, 'G'),
  };
}
