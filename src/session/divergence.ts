/** The first metric that is NaN or ±Infinity, if any. */
export function firstNonFinite(metrics: Record<string, number>): string | null {
  for (const key of ['dLoss', 'gLoss']) {
    if (key in metrics && !Number.isFinite(metrics[key])) return key;
  }
  return null;
}

/** A plain-language explanation for a run that produced NaN or Infinity. */
export function divergenceMessage(metric: string, step: number): string {
  return (
    `Training stopped at step ${step}: ${metric} became NaN or infinite. The usual cause is a learning rate too ` +
    'high for the network (weights blow up) or a saturated discriminator. Lower the learning rate, then roll back to the last good snapshot or reset.'
  );
}

/** The same explanation when a weight (found in a CPU snapshot) became NaN or infinite. */
export function weightDivergenceMessage(step: number): string {
  return (
    `Training stopped at step ${step}: a network weight became NaN or infinite. The usual cause is a learning rate ` +
    'too high for the network (weights blow up) or a saturated discriminator. Lower the learning rate, then roll back ' +
    'to the last good snapshot or reset.'
  );
}
