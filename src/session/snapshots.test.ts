import { describe, expect, it } from 'vitest';
import type { RunState } from '../core/state';
import type { SnapshotBase, TrainingRun } from '../engine/types';
import { isFiniteState, SnapshotKeeper } from './snapshots';

function fakeRun(step: number, values: number[]): TrainingRun<SnapshotBase> {
  const state: RunState = { counters: { step }, tensors: [{ shape: [values.length], values: Float32Array.from(values) }] };
  return { step, saveState: async () => state } as unknown as TrainingRun<SnapshotBase>;
}

describe('SnapshotKeeper', () => {
  it('keeps finite states, refuses NaN/Inf ones, and is due again only after its interval', async () => {
    let t = 0;
    const keeper = new SnapshotKeeper(3000, () => t);
    expect(keeper.due()).toBe(true);
    expect(await keeper.take(fakeRun(10, [1, 2]))).toBe('saved');
    expect(keeper.latest?.step).toBe(10);
    t = 2000;
    expect(keeper.due()).toBe(false);
    t = 3000;
    expect(keeper.due()).toBe(true);
    expect(await keeper.take(fakeRun(20, [1, Number.NaN]))).toBe('not-finite');
    expect(await keeper.take(fakeRun(21, [Infinity]))).toBe('not-finite');
    expect(keeper.latest?.step).toBe(10);
  });

  it('discards a save that lands after clear() (the run was replaced)', async () => {
    const keeper = new SnapshotKeeper(3000, () => 0);
    const pending = keeper.take(fakeRun(5, [0]));
    keeper.clear();
    expect(await pending).toBe('skipped');
    expect(keeper.latest).toBeNull();
  });

  it("keeps run B's state of the same step beside A's, skips a moment the two stand apart, drops a NaN B", async () => {
    const keeper = new SnapshotKeeper(3000, () => 0);
    expect(await keeper.take(fakeRun(7, [1]), fakeRun(7, [2]))).toBe('saved');
    expect(keeper.latest?.stateB?.tensors[0].values).toEqual(Float32Array.from([2]));
    // B half a step behind A (a step in parts): no snapshot, the last pair stays
    expect(await keeper.take(fakeRun(8, [1]), fakeRun(7, [2]))).toBe('skipped');
    expect(keeper.latest?.step).toBe(7);
    // B diverged: A is kept alone (B cannot be restored from NaN weights)
    expect(await keeper.take(fakeRun(9, [1]), fakeRun(9, [Number.NaN]))).toBe('saved');
    expect(keeper.latest?.step).toBe(9);
    expect(keeper.latest?.stateB).toBeUndefined();
  });

  it('isFiniteState checks every value', () => {
    expect(isFiniteState({ counters: {}, tensors: [{ shape: [2], values: Float32Array.from([0, 1]) }] })).toBe(true);
    expect(isFiniteState({ counters: {}, tensors: [{ shape: [1], values: Float32Array.from([Number.NaN]) }] })).toBe(false);
  });
});
