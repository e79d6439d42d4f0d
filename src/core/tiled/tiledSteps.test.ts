import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../../testing/cpuBackend';
import { PackedMlp } from '../packedMlp';
import { DEFAULT_OPTIMIZER, ParameterOptimizer } from '../optimizers';
import type { FastPair } from '../fastGan';
import { TiledGanSteps } from './tiledSteps';
import { TiledContext } from './context';

// Which updates the tiled WebGL kernels take (their arithmetic is held equal to the tensor-op path by
// e2e/tiled.spec.ts, in a browser: Node has no WebGL).
beforeAll(useCpuBackend);

const made: { dispose(): void }[] = [];
afterAll(() => made.forEach((x) => x.dispose()));

function pair(dSizes: number[], gSizes: number[]): FastPair {
  const net = (sizes: number[], name: string) => new PackedMlp({ sizes, hidden: 'relu', initializer: 'glorot', seed: 1, name });
  const p: FastPair = { d: net(dSizes, 'D'), g: net(gSizes, 'G'), dHead: 'sigmoid', gOutput: 'sigmoid', objective: 'nonsaturating' };
  made.push(p.d, p.g);
  return p;
}

function optimizerOf(net: PackedMlp): ParameterOptimizer {
  const opt = new ParameterOptimizer(net.variables, DEFAULT_OPTIMIZER);
  made.push(opt);
  return opt;
}

describe('TiledGanSteps.applies', () => {
  const vanilla = pair([784, 128, 1], [100, 128, 784]);
  const optD = optimizerOf(vanilla.d);
  const optG = optimizerOf(vanilla.g);

  it("takes the MNIST networks with a batch that is a multiple of the tile rows, for both networks' updates", () => {
    expect(TiledGanSteps.applies(vanilla, optD, vanilla.d, 128, 8)).toBe(true);
    expect(TiledGanSteps.applies(vanilla, optG, vanilla.g, 128, 8)).toBe(true);
    expect(TiledGanSteps.applies(vanilla, optD, vanilla.d, 8, 8)).toBe(true);
    // four tile rows (a context with fewer than 8 render targets) take batches of 4, 12, 100 …
    expect(TiledGanSteps.applies(vanilla, optD, vanilla.d, 100, 4)).toBe(true);
    expect(TiledGanSteps.applies(vanilla, optG, vanilla.g, 4, 4)).toBe(true);
  });

  it('declines batches that are not a multiple of the tile rows', () => {
    expect(TiledGanSteps.applies(vanilla, optD, vanilla.d, 100, 8)).toBe(false);
    expect(TiledGanSteps.applies(vanilla, optG, vanilla.g, 4, 8)).toBe(false);
    expect(TiledGanSteps.applies(vanilla, optG, vanilla.g, 6, 4)).toBe(false);
  });

  it('declines an optimizer that does not hold this network', () => {
    expect(TiledGanSteps.applies(vanilla, optG, vanilla.d, 128, 8)).toBe(false);
  });

  it('declines layer sizes that are not multiples of 4, and a D without a hidden layer', () => {
    const oddZ = pair([784, 128, 1], [10, 128, 784]);
    expect(TiledGanSteps.applies(oddZ, optimizerOf(oddZ.d), oddZ.d, 128, 8)).toBe(false);
    const oddHidden = pair([784, 126, 1], [100, 128, 784]);
    expect(TiledGanSteps.applies(oddHidden, optimizerOf(oddHidden.d), oddHidden.d, 128, 8)).toBe(false);
    const toy = pair([2, 32, 32, 1], [2, 32, 32, 2]);
    expect(TiledGanSteps.applies(toy, optimizerOf(toy.d), toy.d, 64, 8)).toBe(false);
    const noHidden = pair([784, 1], [100, 784]);
    expect(TiledGanSteps.applies(noHidden, optimizerOf(noHidden.d), noHidden.d, 128, 8)).toBe(false);
  });

  it('has no WebGL context on the CPU backend, so training there never takes the tiled kernels', () => {
    expect(TiledContext.current()).toBeNull();
  });
});
