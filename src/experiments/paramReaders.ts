import { OPTIMIZERS, type OptimizerConfig } from '../core/optimizers';
import type { Params } from '../params/schema';

/** Whether `value` is one of `values`: reads a choice's union type from the constant array it is declared by. */
export function isOneOf<T extends string>(value: string, values: readonly T[]): value is T {
  return values.some((v) => v === value);
}

/** Typed reads of a validated parameter record. */
export interface ParamReader {
  num(key: string): number;
  str(key: string): string;
  /** A choice, typed by the constant array of its values; throws if the record holds another value. */
  choice<T extends string>(key: string, values: readonly T[]): T;
}

export function paramReader(p: Params): ParamReader {
  const str = (key: string) => String(p[key]);
  return {
    num: (key) => Number(p[key]),
    str,
    choice: (key, values) => {
      const value = str(key);
      if (!isOneOf(value, values)) throw new Error(`${key} = ${value} is not one of ${values.join(', ')}`);
      return value;
    },
  };
}

/** One network's optimizer from the shared keys optimizerD|G, lrD|G, momentum, beta1 and beta2 (ε 1e-8, RMSProp's ρ 0.9). */
export function optimizerConfig(p: Params, net: 'D' | 'G'): OptimizerConfig {
  const { num, choice } = paramReader(p);
  return {
    kind: choice(`optimizer${net}`, OPTIMIZERS),
    learningRate: num(`lr${net}`),
    momentum: num('momentum'),
    beta1: num('beta1'),
    beta2: num('beta2'),
    epsilon: 1e-8,
    rho: 0.9,
  };
}
