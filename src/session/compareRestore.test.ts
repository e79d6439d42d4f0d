// A comparison across a restore (a lost GPU context rebuilds both runs from the last snapshot; a roll-back loads it
// into both): A and B come back at the same step with their own weights, and B keeps its history and timeline.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useCpuBackend } from '../testing/cpuBackend';
import { gaussian1d } from '../experiments/gaussian1d';
import type { GridFrame } from '../core/trainedStart';
import { PlaygroundSession } from './session';
import type { RestorePoint } from './restorePoint';

beforeAll(useCpuBackend);
afterEach(() => vi.restoreAllMocks());

/** Gives every 1-D run built from now on a saved-grid timeline as MNIST's runs have (plain frames, one per call). */
function withGridTimelines(): { grids: GridFrame[] }[] {
  const runs: { grids: GridFrame[] }[] = [];
  const create = gaussian1d.create.bind(gaussian1d);
  vi.spyOn(gaussian1d, 'create').mockImplementation(async (params, onProgress, data) => {
    const run = await create(params, onProgress, data);
    const own = { grids: [] as GridFrame[] };
    runs.push(own);
    run.timelineFrames = () => own.grids;
    run.loadTimeline = (frames) => {
      own.grids = frames.slice();
    };
    return run;
  });
  return runs;
}

const grid = (step: number, value: number): GridFrame => ({ step, pixels: Uint8Array.of(value) });

const LINK = '?experiment=gaussian1d&preset=saturating&compare=loss:nonsaturating';
const XS = [[-1], [0.5], [3]];

/** The session with the two moves of a context-loss recovery exposed: take a snapshot now, rebuild from it. */
class TestSession extends PlaygroundSession {
  getSnapshotForTest() {
    const saved = this.snapshots.latest;
    if (!saved) throw new Error('no snapshot');
    return saved;
  }

  snapshotNow(): Promise<void> {
    return this.takeSnapshot();
  }

  /** What recoverFromLostContext does once the new backend is up: rebuild both runs from the last snapshot. */
  restoreFromSnapshot(point: RestorePoint | undefined = this.snapshots.latest ?? undefined): Promise<void> {
    const { experiment, preset, params } = this.state;
    return this.exclusive((signal) => this.rebuild(experiment, preset, params, point, signal), 'test restore');
  }
}

async function bothD(session: TestSession): Promise<[number[], number[]]> {
  return [await session.discriminate(XS), await session.discriminate(XS, { run: 'B' })];
}

describe('a comparison across a restore', () => {
  it('rebuilds run B beside run A at the snapshot step, with its weights and history', async () => {
    const session = new TestSession();
    await session.init(LINK, 'cpu');
    await session.step(10);
    await session.snapshotNow();
    expect(session.getStatus().snapshotStep).toBe(10);
    const atSnapshot = await bothD(session);
    expect(atSnapshot[1]).not.toEqual(atSnapshot[0]);
    await session.step(5);
    const historyB = session.getState().compare?.history.length ?? 0;
    expect(historyB).toBeGreaterThan(0);
    // B keeps frames at the steps A's timeline keeps (the scrubber shows both at one step)
    const keptA = Array.from({ length: session.timeline.length }, (_, i) => session.timeline.at(i)?.step);
    expect(keptA).toEqual([0, 10]);
    const timelineB = session.getState().compare?.timeline;
    expect(keptA.map((step) => timelineB?.atStep(step ?? -1)?.step)).toEqual(keptA);
    expect(timelineB?.atStep(10)?.metrics.gLoss).not.toBe(session.timeline.at(1)?.metrics.gLoss);

    await session.restoreFromSnapshot();
    const s = session.getStatus();
    expect([s.step, s.compare?.step]).toEqual([10, 10]);
    expect(s.compare?.params.loss).toBe('nonsaturating');
    // the same weights as at the snapshot, A's and B's each
    expect(await bothD(session)).toEqual(atSnapshot);
    expect(session.getState().compare?.history.length).toBeGreaterThanOrEqual(historyB);
    expect(session.getState().compare?.timeline.atStep(10)?.step).toBe(10);
    await session.step(3);
    expect([session.getStatus().step, session.getStatus().compare?.step]).toEqual([13, 13]);
  }, 120_000);

  it("keeps each run's saved sample grids up to the snapshot step (MNIST's timeline)", async () => {
    const runs = withGridTimelines();
    const session = new TestSession();
    await session.init(LINK, 'cpu');
    expect(runs).toHaveLength(2); // A, B
    await session.step(10);
    await session.snapshotNow();
    await session.step(10);
    runs[0].grids = [grid(0, 1), grid(10, 2), grid(20, 3)];
    runs[1].grids = [grid(0, 4), grid(10, 5), grid(20, 6)];
    // what the lost-context recovery hands the rebuild: the snapshot and the dead run A's grids
    const saved = session.getSnapshotForTest();
    await session.restoreFromSnapshot({ ...saved, grids: runs[0].grids });
    expect(runs).toHaveLength(4); // A and B rebuilt
    const [a, b] = [runs[2].grids, runs[3].grids];
    expect(a.map((f) => [f.step, f.pixels[0]])).toEqual([[0, 1], [10, 2]]);
    expect(b.map((f) => [f.step, f.pixels[0]])).toEqual([[0, 4], [10, 5]]);
  }, 60_000);

  it('ends the comparison with a notice when the snapshot holds no state of B', async () => {
    const session = new TestSession();
    await session.init(LINK, 'cpu');
    await session.step(4);
    await session.snapshotNow();
    const saved = session.getSnapshotForTest();
    await session.restoreFromSnapshot({ state: saved.state, step: saved.step });
    expect(session.getStatus().compare).toBeUndefined();
    expect(session.getStatus().step).toBe(4);
    expect(session.getState().notices.map((n) => n.text).join(' ')).toMatch(/run B could not be restored to step 4/);
  }, 60_000);

  it('rolls run B back with run A', async () => {
    const session = new TestSession();
    await session.init(LINK, 'cpu');
    await session.step(6);
    await session.snapshotNow();
    const atSnapshot = await bothD(session);
    await session.step(4);
    await session.rollback();
    expect([session.getStatus().step, session.getStatus().compare?.step]).toEqual([6, 6]);
    expect(await bothD(session)).toEqual(atSnapshot);
  }, 60_000);
});
