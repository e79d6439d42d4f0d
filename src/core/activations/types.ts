import type { Tensor } from '../tf';
import type { Activation } from '../names';

/**
 * Everything about one activation function, for every training path: the tensor forward (mlp, the plain fast path),
 * the backward step δ ⊙ act'(a) as tensor code (core/backprop.ts), and the same two as GLSL for the fused and tiled
 * WebGL kernels (core/fused, core/tiled). The derivative is written with whichever of a = pre-activation or h = act(a)
 * is cheaper; the GLSL slope takes h only (the kernels keep the layer's output, not its input).
 */
export interface ActivationRecord {
  id: Activation;
  /** h = act(a). */
  apply<T extends Tensor>(a: T): T;
  /** δ ⊙ act'(a), given the pre-activation a and the output h = act(a). */
  backprop<T extends Tensor>(delta: T, a: T, h: T): T;
  glsl: {
    /** act(a) as a GLSL expression of the expression `a`. */
    apply(a: string): string;
    /** act'(a) as a GLSL expression of h = act(a). */
    slope(h: string): string;
  };
}
