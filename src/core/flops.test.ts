import { describe, expect, it } from 'vitest';
import { ganStepFlops } from './flops';

describe('ganStepFlops', () => {
  it('counts one tiny network by hand', () => {
    // D [1,2,1], G [1,1,1], batch 1: a [m×k]·[k×n] product costs 2mkn.
    // D update: G fwd 2·1·(1+1)=4; D fwd on 2 rows 2·2·(2+2)=16; ∂W 16; δ above input 2·2·2=8 → 44
    // G update: G fwd 4; D fwd 8; δ through D 8; ∂W of G 4; δ above G's input 2·1·1=2 → 26
    expect(ganStepFlops([1, 2, 1], [1, 1, 1], 1)).toBe(70);
  });

  it('grows linearly with the batch', () => {
    const a = ganStepFlops([784, 128, 1], [100, 128, 784], 64);
    const b = ganStepFlops([784, 128, 1], [100, 128, 784], 128);
    expect(b).toBeCloseTo(2 * a, 6);
  });

  it('gives the vanilla MNIST GAN about 0.28 GFLOP per step at batch 128', () => {
    const f = ganStepFlops([784, 128, 1], [100, 128, 784], 128);
    expect(f / 1e9).toBeGreaterThan(0.25);
    expect(f / 1e9).toBeLessThan(0.31);
  });
});
