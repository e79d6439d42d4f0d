import type { OptimizerConfig, OptimizerKind } from '../core/optimizers';
import type { Params } from '../params/schema';

/** Typed reads of a validated parameter record. */
export function paramReader(p: Params): { num: (key: string) => number; str: (key: string) => string } {
  return { num: (key) => Number(p[key]), str: (key) => String(p[key]) };
}

/** One network's optimizer from the shared keys optimizerD|G, lrD|G, momentum, beta1 and beta2 (ε 1e-8, RMSProp's ρ 0.9). */
export function optimizerConfig(p: Params, net: 'D' | 'G'): OptimizerConfig {
  const { num, str } = paramReader(p);
  return {
    kind: str(`optimizer${net}`) as OptimizerKind,
    learningRate: num(`lr${net}`),
    momentum: num('momentum'),
    beta1: num('beta1'),
    beta2: num('beta2'),
    epsilon: 1e-8,
    rho: 0.9,
  };
}
