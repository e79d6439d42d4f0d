// The shared `loss` key: one choice per objective of the registry (core/objectives), in every experiment.
import { OBJECTIVES } from '../core/objectives';
import type { ChoiceSpec, NumberSpec, ParamsOf } from '../params/schema';
import type { ObjectiveId } from '../core/objectives';
import type { beta1Entry, beta2Entry, kEntry, learningRateEntry, optimizerEntry } from '../params/common';
import { DEFAULT_CLIP } from '../core/gan';
import { DEFAULT_GP_WEIGHT } from '../core/objectives/wgangp';

export function lossEntry(def: ObjectiveId): ChoiceSpec<'loss', ObjectiveId> {
  return {
    kind: 'choice', key: 'loss', label: 'Loss', group: 'training', effect: 'live', default: def,
    options: OBJECTIVES.map((o) => ({ value: o.id, label: o.label })),
    help:
      'The game D and G play; it sets both losses. Minimax is the value function itself; its G gradient vanishes ' +
      'while D easily rejects fakes, which the non-saturating form (Goodfellow et al. §3) fixes. Least squares ' +
      '(Mao et al. 2017) and hinge read D’s raw output as a score: D’s output function does not apply to them. WGAN (Arjovsky et al. 2017) trains ' +
      'a critic whose −L_D estimates the Wasserstein distance, its weights clipped to [−clip, clip]; WGAN-GP ' +
      '(Gulrajani et al. 2017) keeps the critic Lipschitz by a gradient penalty instead, and trains by autodiff.',
  };
}

/** WGAN's weight clipping bound c (Arjovsky et al. 2017, Algorithm 1: c = 0.01), shared by every experiment. */
export function clipEntry(def = DEFAULT_CLIP): NumberSpec<'clip'> {
  return {
    kind: 'number', key: 'clip', label: 'Critic clip c', group: 'training', effect: 'live', min: 0.001, max: 10,
    step: 0.001, log: true, default: def,
    help:
      'Applies only to the WGAN loss: after every critic update each of D’s weights is clipped to [−c, c], which ' +
      'keeps the critic Lipschitz (Arjovsky et al. use c = 0.01). Too large and the critic stops estimating W1; ' +
      'too small and its gradients vanish.',
  };
}

/** WGAN-GP's gradient-penalty weight λ (Gulrajani et al. 2017: λ = 10), shared by every experiment. */
export function gpWeightEntry(def = DEFAULT_GP_WEIGHT): NumberSpec<'gpWeight'> {
  return {
    kind: 'number', key: 'gpWeight', label: 'Gradient penalty λ', group: 'training', effect: 'live', min: 0, max: 100,
    step: 0.1, default: def,
    help:
      'Applies only to the WGAN-GP loss: λ·E[(‖∇D(x̂)‖ − 1)²] on random points x̂ between real and generated ' +
      'samples is added to the critic’s loss (Gulrajani et al. use λ = 10).',
  };
}

/**
 * Settings an objective is usually trained with, which choosing it in the loss menu applies too (a script's
 * setParams({ loss }) sets the loss alone). WGAN: Arjovsky et al. 2017, Algorithm 1 — RMSProp with α = 5e-5,
 * n_critic = 5 critic updates per generator update, c = 0.01. WGAN-GP: Gulrajani et al. 2017, Algorithm 1 — Adam
 * with α = 1e-4, β1 = 0, β2 = 0.9 there; 0.5/0.9 as their toy-data code and most courses train it, n_critic = 5,
 * λ = 10.
 */
type Entry<F extends (...args: never[]) => unknown> = ReturnType<F>;

/** The shared entries a loss choice sets, as every experiment declares them (the constructors' return types). */
type LossSettingEntries = readonly [
  Entry<typeof lossEntry>, Entry<typeof clipEntry>, Entry<typeof gpWeightEntry>, Entry<typeof kEntry>,
  Entry<typeof optimizerEntry<'D'>>, Entry<typeof optimizerEntry<'G'>>,
  Entry<typeof learningRateEntry<'D'>>, Entry<typeof learningRateEntry<'G'>>,
  Entry<typeof beta1Entry>, Entry<typeof beta2Entry>,
];

/**
 * What choosing a loss sets: the loss and some of the shared keys, each typed by its entry, so it fits a preset of
 * any experiment (all of them declare these entries).
 */
export type LossSettings = Partial<ParamsOf<LossSettingEntries>> & { loss: ObjectiveId };

const RECOMMENDED: Partial<Record<ObjectiveId, Omit<LossSettings, 'loss'>>> = {
  wgan: { optimizerD: 'rmsprop', optimizerG: 'rmsprop', lrD: 5e-5, lrG: 5e-5, k: 5, clip: 0.01 },
  wgangp: { optimizerD: 'adam', optimizerG: 'adam', lrD: 1e-4, lrG: 1e-4, beta1: 0.5, beta2: 0.9, k: 5, gpWeight: 10 },
};

/** What choosing `loss` in the menu sets (the loss and its recommended settings), and the notice saying so. */
export function lossChoice(loss: ObjectiveId): { params: LossSettings; notice: string | null } {
  const recommended = RECOMMENDED[loss];
  if (!recommended) return { params: { loss }, notice: null };
  const listed = Object.entries(recommended).map(([k, v]) => `${k} = ${v}`).join(', ');
  return { params: { loss, ...recommended }, notice: `Loss ${loss}: also set its recommended settings, ${listed}.` };
}
