import type { OptimizerKind } from '../names';
import { adam } from './adam';
import { momentum } from './momentum';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import type { OptimizerRecord } from './types';

const REGISTRY: Record<OptimizerKind, OptimizerRecord> = { sgd, momentum, adam, rmsprop };

/** The record of one optimizer (its update as tensor code and as GLSL). */
export function optimizerRecord(kind: OptimizerKind): OptimizerRecord {
  return REGISTRY[kind];
}
