// Run B's share of the analyses and exports: a checkpoint of B (B's parameters and weights), B's networks as
// LayersModels, and on-demand analyses (the MNIST Parzen row goes through the same `analyse`) of run B.
import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { PlaygroundSession } from './session';

beforeAll(useCpuBackend);

const LINK = '?experiment=gaussian1d&preset=saturating&compare=loss:nonsaturating';

describe("run B's analyses and exports", () => {
  it("checkpoints, exports and analyses run B when asked, run A otherwise; refuses B with no comparison", async () => {
    const session = new PlaygroundSession();
    await session.init(LINK, 'cpu');
    await session.step(5);
    const [a, b] = [await session.checkpoint(), await session.checkpoint('B')];
    expect([a.params.loss, b.params.loss]).toEqual(['minimax', 'nonsaturating']);
    expect([a.state.counters.step, b.state.counters.step]).toEqual([5, 5]);
    expect(b.state.tensors[0].values).not.toEqual(a.state.tensors[0].values);

    const xs = [[-1], [2]];
    const [dA, dB] = [await session.discriminate(xs), await session.discriminate(xs, { run: 'B' })];
    expect(await session.analyse((run) => run.discriminate(xs), undefined, 'B')).toEqual(dB);
    expect(await session.analyse((run) => run.discriminate(xs))).toEqual(dA);

    const [gA, gB] = [await session.exportModel('g'), await session.exportModel('g', undefined, 'B')];
    expect(Array.from(gB.weights)).not.toEqual(Array.from(gA.weights));

    await session.setCompare(null);
    await expect(session.checkpoint('B')).rejects.toThrow(/no run B/);
    await expect(session.parzen(500, undefined, 'B')).rejects.toThrow(/no run B/);
  }, 60_000);
});
