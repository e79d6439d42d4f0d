// Teaching scenarios for the 2-D experiment's ring of 8 Gaussians. The numbers quoted in the descriptions were
// measured on the CPU backend (scenarios.test.ts holds the preset's seed to them).
import type { Preset } from '../../params/schema';
import type { Toy2dParams } from './config';
import { lossChoice } from '../objectiveEntry';

/**
 * The ring of Metz et al. 2016 (unrolled GANs): 8 Gaussians at angles 2πi/8 on a circle of radius 2. Their σ = 0.02,
 * 2×128 nets, batch 512 and Adam (D 1e-4, G 1e-3) learned nothing visible within 2,000 steps here (no sample within
 * 3σ of a mode), so the playground uses σ = 0.05, 2×32 tanh nets, batch 64 and Adam 1e-3 for both (β1 = 0.5).
 */
const ring = {
  dataset: 'ring8', radius: 2, sigma: 0.05, dataSize: 5000, hiddenD: '32,32', hiddenG: '32,32', activation: 'tanh',
  batch: 64, optimizerD: 'adam', optimizerG: 'adam', lrD: 0.001, lrG: 0.001, beta1: 0.5,
} as const satisfies Partial<Toy2dParams>;

/** ring with a discriminator that wins early: 10× G's learning rate and k = 5 D updates per G update. */
const strongD = { ...ring, lrD: 0.01, k: 5 } as const satisfies Partial<Toy2dParams>;

/**
 * ring with sharp modes: a D that is ahead but does not win (3× G's learning rate, k = 5) and the hinge loss. Measured
 * alternatives (seeds 1–3, step 2,000): the non-saturating loss at η_D = 0.003 or 0.01 also gets 64–80% of samples
 * within 3σ but drops to 6–7 modes; with an averaged G (EMA 0.99) seed 3 still drops to 6 modes at step 1,000.
 */
const sharp = { ...ring, lrD: 0.003, k: 5, loss: 'hinge' } as const satisfies Partial<Toy2dParams>;

/**
 * ring trained as WGAN-GP with networks that can draw sharp modes: Gulrajani et al.'s toy-data code trains ReLU MLPs
 * (3×512) with Adam β 0.5/0.9, k = 5 and a light penalty (λ = 0.1 "for toy tasks"). Here 3×64 ReLU for both, Adam
 * 1e-3 and λ = 1. The ring8 recipe (2×32 tanh) kept only 0–5% of samples within 3σ of a mode at every setting tried
 * (Adam 1e-4 or 1e-3, λ 1 or 10, critic ahead). Our reading (not measured directly): a small tanh critic is smooth
 * where the Kantorovich potential between two modes has a ridge, so G's samples there feel almost no pull toward
 * either mode; a ReLU critic draws the ridge as a kink.
 */
const wgangpRing = {
  ...ring, ...lossChoice('wgangp').params, activation: 'relu', hiddenD: '64,64,64', hiddenG: '64,64,64', lrD: 0.001,
  lrG: 0.001, gpWeight: 1,
} as const satisfies Partial<Toy2dParams>;

export const ringPresets: Record<string, Preset<Partial<Toy2dParams>>> = {
  ring8: {
    label: 'Ring of 8 Gaussians',
    description:
      'Eight Gaussians at angles 2πi/8 on a circle of radius 2 (the ring of Metz et al. 2016, with σ = 0.05 instead of ' +
      '0.02 and smaller nets so it learns within a lecture): D and G 2×32 tanh, Adam 0.001 for both (β1 = 0.5), batch ' +
      '64. Watch "modes captured": G spreads around the ring and touches all 8 modes within 250 steps (seed 1: 8, 7, ' +
      '8, 4, 8, 8 at steps 250…1,500; seed 2: 8, 8, 7, 8, 6, 8), but most samples still lie between the modes — ' +
      'the high-quality share climbs slowly (10% at 1,500). The minimax loss does not stall here (seed 1: 8, 7, 6 modes ' +
      'at 250, 500, 1,000): D never wins. Open "Mode collapse on the ring" (G too fast), then "Saturating loss on the ' +
      'ring" (D too strong).',
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
  ring8Saturating: {
    label: 'Saturating loss on the ring (D too strong)',
    description:
      'The ring8 recipe with D made strong (η_D = 0.01, k = 5 D updates per G update) and G minimising the minimax ' +
      'loss log(1 − D(G(z))). D wins: its loss sits at 0.1–0.3, far below the equilibrium 2 ln 2 ≈ 1.39. That loss ' +
      'is flat where D(G(z)) ≈ 0 (Goodfellow et al. 2014, §3), so G learns little: its samples stay smeared across ' +
      'the ring, touching many modes but rarely inside one — the high-quality share stays at 2–9% through step 1,500 ' +
      '(seed 1: 3, 5, 7% at steps 250, 500, 1,000; seed 3 also collapses onto 2 of the 8 modes from step 1,000). ' +
      'Now open "Non-saturating loss on the ring", identical but for the G loss, and watch the high-quality share climb.',
    params: { ...strongD, loss: 'minimax' },
  },
  ring8Wgan: {
    label: 'WGAN on the ring',
    description:
      'The ring8 networks and data trained as Arjovsky et al. 2017 train WGAN: a critic with a raw score (the heat map ' +
      'spans its scores, with no ½ contour), its weights clipped to [−0.01, 0.01] after every update, RMSProp at ' +
      'η = 5e-5 for both networks and 5 critic updates per G update. It moves slowly at these settings: compare the ' +
      'scatter and "modes captured" with ring8 after the same number of steps: G’s samples sit on 2 of the 8 modes ' +
      'with none of them within 3σ of one through step 1,000 (seed 1, WebGL and CPU backend alike). The clip and the networks are the ' +
      'brake: with leaky ReLU networks, η = 5e-4 for both and clip 0.1 G touches all 8 modes from step 250 (still ' +
      'smeared: 6% within 3σ at step 1,000).',
    params: { ...ring, ...lossChoice('wgan').params }, // Algorithm 1: RMSProp 5e-5, k = 5, clip 0.01
  },
  ring8NonSaturating: {
    label: 'Non-saturating loss on the ring (D too strong)',
    description:
      'The same strong D as "Saturating loss on the ring" (η_D = 0.01, k = 5), but G maximises log D(G(z)), whose ' +
      'gradient is largest exactly where D rejects the fakes. G escapes: the high-quality share climbs to 20% at ' +
      'step 250, 39% at 500 and 61% at 1,000 (seed 1; seeds 2 and 3: 10–18%, 32–35%, 54–67%) with 6–8 modes ' +
      'captured, where the minimax run stays at 2–9%.',
    params: { ...strongD, loss: 'nonsaturating' },
  },
  ring8Lsgan: {
    label: 'Least squares on the ring (D too strong)',
    description:
      'The same strong D as "Saturating loss on the ring" (η_D = 0.01, k = 5) with the least-squares loss (Mao et al. ' +
      '2017): D’s raw score is pulled to 1 on the data and 0 on the fakes, and G pulls its samples’ scores to 1. Its ' +
      'gradient, (D(G(z)) − 1)·∇D, does not vanish where D rejects the fakes, so G escapes as the non-saturating G ' +
      'does: 10% of its samples within 3σ of a mode at step 250, 24% at 500 and 49% at 1,000, with 6–7 modes ' +
      'captured (seed 1, CPU backend; on WebGL 10, 23 and 47%, 8 modes at 1,000), where the minimax run stays at 3–7%. D’s loss sits near 0.07, far below the ' +
      'equilibrium ¼: D stays ahead.',
    params: { ...strongD, loss: 'lsgan' },
  },
  ring8Sharp: {
    label: 'Sharp modes on the ring (hinge loss)',
    description:
      'The ring8 recipe with D a little ahead (η_D = 0.003, 3× G’s, and k = 5 D updates per G update) and the hinge ' +
      'loss: D scores with margins, mean max(0, 1 − D(x)) + max(0, 1 + D(G(z))), and G raises −D(G(z)). G’s samples ' +
      'gather into the modes instead of lying between them: by step 1,000 all 8 modes are captured and the ' +
      'high-quality share passes 50%, and at step 2,000 it is 62–69% with all 8 (WebGL, seeds 1–3: 57–58% at 1,000, ' +
      '54–65% at 1,500, where seed 3 misses one mode; ring8 itself stays at 2–13%). The non-saturating loss with the same D (or the stronger one of ' +
      '"Non-saturating loss on the ring") sharpens the modes as much but loses 1–2 of them by step 2,000.',
    params: { ...sharp },
  },
  ring8Wgangp: {
    label: 'WGAN-GP on the ring',
    description:
      'The ring trained as Gulrajani et al. 2017 train WGAN-GP on toy data: a critic with a raw score kept near ' +
      '1-Lipschitz by a gradient penalty λ·E[(‖∇D(x̂)‖ − 1)²] on random points between real and generated samples ' +
      '(λ = 1), 5 critic updates per G update, Adam 0.001 for both (β 0.5/0.9), and ReLU networks 3×64. For 150 ' +
      'steps G’s samples lie along the ring between the modes (2–3% within 3σ of one), then they gather into all 8: ' +
      '26% at step 250 (seed 1), 47–54% at 500 and 61–64% at 1,000 with 8/8 modes (CPU backend, seeds 1–3; on ' +
      'WebGL 8/8 modes and 74, 51 and 64% at step 1,000, seeds 1–3). The same loss on ring8’s 2×32 ' +
      'tanh networks stays at 2–5% to step 2,000: a smooth critic barely pulls a sample that sits between two modes ' +
      'toward either. With λ = 10 on these networks 1% of the samples are in a mode at step 1,000 (seed 1). ' +
      'WGAN-GP trains by autodiff (its penalty differentiates a gradient): slower than the other ring presets.',
    params: { ...wgangpRing },
  },
};
