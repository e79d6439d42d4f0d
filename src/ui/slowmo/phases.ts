// The phases of one D update and one G update (Goodfellow et al. 2014, Algorithm 1), and which parts of the model
// diagram each one lights up.

export type NodeId = 'data' | 'z' | 'G' | 'D' | 'loss';
export type EdgeId = 'data-D' | 'z-G' | 'G-D' | 'D-loss';
export type Network = 'D' | 'G';

export interface Phase {
  id: 'sample-real' | 'sample-z' | 'forward' | 'loss' | 'gradient' | 'update';
  label: string;
  /** One sentence said aloud while the phase is lit. */
  says: string;
  nodes: readonly NodeId[];
  edges: readonly EdgeId[];
}

export function phasesFor(net: Network): readonly Phase[] {
  const real: Phase = { id: 'sample-real', label: 'sample real', says: 'Draw a minibatch x from p_data.', nodes: ['data'], edges: [] };
  const noise: Phase = { id: 'sample-z', label: 'sample z', says: 'Draw a minibatch of noise z from p_z.', nodes: ['z'], edges: [] };
  if (net === 'D') {
    return [
      real,
      noise,
      { id: 'forward', label: 'forward', says: 'G turns z into fakes G(z); D scores both real x and fake G(z).', nodes: ['G', 'D'], edges: ['data-D', 'z-G', 'G-D'] },
      { id: 'loss', label: 'loss', says: 'D’s loss under the chosen objective, e.g. L_D = −log D(x) − log(1 − D(G(z))): D wants real scored high, fake low (the explanation panel shows the formula).', nodes: ['loss'], edges: ['D-loss'] },
      { id: 'gradient', label: 'gradient', says: 'Back-propagate L_D into D’s weights only; G is held fixed.', nodes: ['D', 'loss'], edges: ['D-loss'] },
      { id: 'update', label: 'update D', says: 'Move D’s weights one optimizer step downhill. The plots now show the new D(x).', nodes: ['D'], edges: [] },
    ];
  }
  return [
    noise,
    { id: 'forward', label: 'forward', says: 'G turns z into fakes; D scores them (no real data is needed for G’s step).', nodes: ['G', 'D'], edges: ['z-G', 'G-D'] },
    { id: 'loss', label: 'loss', says: 'G’s loss under the chosen objective, e.g. −log D(G(z)) (non-saturating): G wants its fakes scored as real.', nodes: ['loss'], edges: ['D-loss'] },
    { id: 'gradient', label: 'gradient', says: 'Back-propagate through the frozen D into G’s weights.', nodes: ['loss', 'D', 'G'], edges: ['D-loss', 'G-D', 'z-G'] },
    { id: 'update', label: 'update G', says: 'Move G’s weights one step. The plots now show where the fakes went.', nodes: ['G'], edges: [] },
  ];
}
