// A comparison in the session: run B is built beside run A, stepped in the same calls and disposed with it.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { gaussian1d } from '../experiments/gaussian1d';
import type { SnapshotBase, TrainingRun } from '../engine/types';
import { useCpuBackend } from '../testing/cpuBackend';
import { tf } from '../core/tf';
import { RunSession } from './runSession';

beforeAll(useCpuBackend);
afterEach(() => vi.restoreAllMocks());

/** Every run the 1-D experiment builds, and whether it was disposed. */
function watchRuns(): { run: TrainingRun<SnapshotBase>; disposed: boolean }[] {
  const built: { run: TrainingRun<SnapshotBase>; disposed: boolean }[] = [];
  const create = gaussian1d.create.bind(gaussian1d);
  vi.spyOn(gaussian1d, 'create').mockImplementation(async (params, onProgress) => {
    const run = await create(params, onProgress);
    const entry = { run, disposed: false };
    const dispose = run.dispose.bind(run);
    run.dispose = () => {
      entry.disposed = true;
      dispose();
    };
    built.push(entry);
    return run;
  });
  return built;
}

const LINK = '?experiment=gaussian1d&preset=saturating&compare=loss:nonsaturating';

describe('a comparison in the session', () => {
  it('keeps A and B in lockstep, B differing only in the compared key, and frees B when it ends', async () => {
    const built = watchRuns();
    const session = new RunSession();
    await session.init(LINK, 'cpu');
    expect(built.length).toBe(2); // A and B
    await session.step(10);
    const withB = tf.memory().numTensors;
    await session.step(20);
    let status = session.getStatus();
    expect(status.step).toBe(30);
    expect(status.compare?.step).toBe(30);
    // the tensor count is flat while both train
    expect(tf.memory().numTensors).toBe(withB);
    const a = status.compare ? session.getState().params : {};
    const b = status.compare?.params ?? {};
    expect(Object.keys(b).filter((k) => b[k] !== a[k])).toEqual(['loss']);
    expect(a.loss).toBe('minimax');
    expect(b.loss).toBe('nonsaturating');
    // the two runs learn differently: their G losses and their samples differ
    expect(status.compare?.metrics.gLoss).not.toBe(status.metrics.gLoss);
    const [sa, sb] = [await session.sample(20), await session.sample(20, { run: 'B' })];
    expect(sa).not.toEqual(sb);

    // a single D update (teaching) goes to both runs and counts as no step
    await session.singleUpdate('D');
    expect(session.getStatus().compare?.step).toBe(30);
    // ending the comparison disposes run B; A goes on where it is
    await session.setCompare(null);
    status = session.getStatus();
    expect(status.compare).toBeUndefined();
    expect(status.step).toBe(30);
    await expect(session.sample(5, { run: 'B' })).rejects.toThrow(/no run B/);
    const withoutB = tf.memory().numTensors;
    expect(withoutB).toBeLessThan(withB);

    // asked again, both restart at step 0; an experiment switch ends it and frees B
    await session.setCompare({ lrG: 0.01 });
    expect(session.getStatus().compare?.step).toBe(0);
    expect(session.getStatus().step).toBe(0);
    await session.step(3);
    expect(session.getStatus().compare?.step).toBe(3);
    // a reset rebuilds both (the old B is disposed); an experiment switch ends the comparison
    await session.reset();
    expect(session.getStatus().compare?.params.lrG).toBe(0.01);
    await session.selectExperiment('gaussian1d', 'default');
    expect(session.getStatus().compare).toBeUndefined();
    expect(session.getState().compare).toBeNull();
    // A, B (the link); A, B (setCompare restarts both); A, B (reset); A (the switch)
    expect(built.length).toBe(7);
    expect(built.slice(0, -1).every((b) => b.disposed)).toBe(true);
    expect(built[built.length - 1].disposed).toBe(false);
  }, 120_000);

  it("follows run A's live changes, and ends when A takes B's value", async () => {
    const session = new RunSession();
    await session.init(LINK, 'cpu');
    await session.setParams({ lrD: 0.002 });
    expect(session.getStatus().compare?.params).toMatchObject({ lrD: 0.002, loss: 'nonsaturating' });
    await session.setParams({ loss: 'nonsaturating' });
    expect(session.getStatus().compare).toBeUndefined();
    expect(session.getState().notices.map((n) => n.text).join(' ')).toMatch(/The comparison ended: "loss" is nonsaturating in run A already/);
  }, 60_000);

  it('refuses the seed and bad values with a reason, changing nothing', async () => {
    const session = new RunSession();
    await session.init('?experiment=gaussian1d&preset=saturating', 'cpu');
    await expect(session.setCompare({ seed: 3 })).rejects.toThrow(/"seed" cannot be compared/);
    await expect(session.setCompare({ loss: 'nope' })).rejects.toThrow(/Invalid value for "loss"/);
    await expect(session.setCompare({ loss: 'minimax' })).rejects.toThrow(/in run A already/);
    expect(session.getStatus().compare).toBeUndefined();
  }, 60_000);
});
