// The figures each experiment's read-out panel shows, from a frame (run A's, or run B's when comparing).
import type { Toy2dSnapshot } from '../../experiments/toy2d/snapshot';
import type { Readout } from './MetricReadout';

export function gaussian1dReadouts(metrics: Record<string, number>): Readout[] {
  return [
    { label: 'W1(p_g, p_data)', value: metrics.w1, help: 'Wasserstein-1 distance: how far, on average, G must move its mass to match p_data (your values themselves, when you brought data).' },
    { label: 'JSD (nats)', value: metrics.js, help: 'Jensen–Shannon divergence on a 60-bin histogram (0 = identical, ln 2 ≈ 0.693 = disjoint); p_data’s share per bin from its KDE when you brought data.' },
    { label: 'C(G) = −log 4 + 2·JSD', value: metrics.cOfG, help: 'The value of the game at the optimal D*; its minimum −log 4 ≈ −1.386 is reached iff p_g = p_data.' },
    { label: 'mean D(x) on the view', value: metrics.dMean, help: 'At equilibrium D ≡ ½ everywhere.' },
    { label: 'max |D(x) − ½| on μ ± 2σ', value: metrics.dGap, help: 'How far D is from the equilibrium ½ where the data lives (0 at equilibrium; your values: their mean ± 2 standard deviations).' },
  ];
}

export function toy2dReadouts(snapshot: Toy2dSnapshot): Readout[] {
  const m = snapshot.metrics;
  const readouts: Readout[] = [
    { label: 'grid KL(p_data‖p_g) (bits)', value: m.klBits, help: 'KL divergence between 40×40-cell histograms of all real and all generated samples, ε = 1e-4 per cell.' },
    { label: 'grid JS (bits)', value: m.jsBits, help: 'Jensen–Shannon divergence on the same grid: 0 = identical, 1 = disjoint.' },
  ];
  if (m.modes !== undefined) {
    readouts.unshift(
      { label: `modes captured (of ${snapshot.modes?.length ?? 0})`, value: m.modes, help: 'Modes that are the nearest mode of at least one generated sample within 3σ of it (VEEGAN).' },
      { label: 'high-quality samples', value: m.highQuality, help: 'Share of generated samples within 3σ of their nearest mode.' },
    );
  }
  if (m.curveError !== undefined) {
    readouts.unshift({ label: 'median |y − (x² + 5)|', value: m.curveError, help: 'How far, in the data’s units, the typical generated sample sits from the parabola.' });
  }
  readouts.push({ label: 'mean D(x) on the view', value: m.dMean, help: 'At equilibrium D ≡ ½ everywhere.' });
  return readouts;
}
