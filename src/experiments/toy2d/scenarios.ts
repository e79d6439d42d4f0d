// Teaching scenarios for the 2-D experiment's ring of 8 Gaussians. The numbers quoted in the descriptions were
// measured on the CPU backend (scenarios.test.ts holds the preset's seed to them).
import type { Preset } from '../../params/schema';

/**
 * The ring of Metz et al. 2016 (unrolled GANs): 8 Gaussians at angles 2πi/8 on a circle of radius 2. Their σ = 0.02,
 * 2×128 nets, batch 512 and Adam (D 1e-4, G 1e-3) learned nothing visible within 2,000 steps here (no sample within
 * 3σ of a mode), so the playground uses σ = 0.05, 2×32 tanh nets, batch 64 and Adam 1e-3 for both (β1 = 0.5).
 */
const ring = {
  dataset: 'ring8', radius: 2, sigma: 0.05, dataSize: 5000, hiddenD: '32,32', hiddenG: '32,32', activation: 'tanh',
  batch: 64, optimizerD: 'adam', optimizerG: 'adam', lrD: 0.001, lrG: 0.001, beta1: 0.5,
} as const;

export const ringPresets: Record<string, Preset> = {
  ring8: {
    label: 'Ring of 8 Gaussians',
    description:
      'Eight Gaussians at angles 2πi/8 on a circle of radius 2 (the ring of Metz et al. 2016, with σ = 0.05 instead of ' +
      '0.02 and smaller nets so it learns within a lecture): D and G 2×32 tanh, Adam 0.001 for both (β1 = 0.5), batch ' +
      '64. Watch "modes captured": G spreads around the ring and touches all 8 modes within 250 steps (seed 1: 8, 7, ' +
      '8, 4, 8, 8 at steps 250…1,500; seed 2: 8, 8, 7, 8, 6, 8), but most samples still lie between the modes — ' +
      'the high-quality share climbs slowly (10% at 1,500). Try the minimax loss: on this ring it does not stall ' +
      '(seed 1: 8, 7, 6 modes at 250, 500, 1,000), unlike the 1-D "saturating" scenario. Then open "Mode collapse on the ring".',
    params: { ...ring },
  },
  ring8Collapse: {
    label: 'Mode collapse on the ring (G too fast)',
    description:
      'The ring8 recipe with one change: G learns 10× faster than D (η_G = 0.01, η_D = 0.001). Each G step ' +
      'overshoots what D has just learned, and its samples miss most modes: "modes captured" stays low (seed 1: 1, 1, 0, 0, 0, 3 ' +
      'at steps 250…1,500; seed 2: 2, 3, 4, 3, 4, 6) where ring8 shows 6–8, and grid JS stays near 0.8 bits instead ' +
      'of 0.6. Compare the scatter with ring8 at the same step.',
    params: { ...ring, lrG: 0.01 },
  },
};
