// The identity: h = a, slope 1.
import type { ActivationRecord } from './types';

export const linear: ActivationRecord = {
  id: 'linear',
  apply: (a) => a,
  backprop: (delta) => delta,
  glsl: { apply: (a) => a, slope: () => '1.0' },
};
