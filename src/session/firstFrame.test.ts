// A link that plays at once (autoplay) starts training while the new run's first frame is still on its way from the
// GPU, and that late first frame never replaces a later one on screen.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { gaussian1d } from '../experiments/gaussian1d';
import { useCpuBackend } from '../testing/cpuBackend';
import { RunSession } from './runSession';

beforeAll(useCpuBackend);
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes each run's first frame arrive `lateMs` after the frames asked for after it (a GPU compiling its programs). */
function firstFrameLate(lateMs: number): void {
  const create = gaussian1d.create.bind(gaussian1d);
  vi.spyOn(gaussian1d, 'create').mockImplementation(async (params, onProgress) => {
    const run = await create(params, onProgress);
    const snapshot = run.snapshot.bind(run);
    let first = true;
    run.snapshot = async (options) => {
      const late = first;
      first = false;
      const s = await snapshot(options);
      if (late) await sleep(lateMs);
      return s;
    };
    return run;
  });
}

describe('the first frame of a run that plays at once', () => {
  it('training starts before it arrives, and it is never drawn over a later frame', async () => {
    vi.stubGlobal('requestAnimationFrame', (cb: (now: number) => void) => setTimeout(() => cb(performance.now()), 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    firstFrameLate(1500);
    const session = new RunSession();
    const shown: number[] = [];
    session.subscribe(() => {
      const step = session.getState().snapshot?.step;
      if (step !== undefined && step !== shown[shown.length - 1]) shown.push(step);
    });
    await session.init('?experiment=gaussian1d&preset=default&autoplay=1', 'cpu');
    // init is over and training plays, with no frame on screen yet
    expect(session.getStatus().playing).toBe(true);
    expect(session.getState().snapshot).toBeNull();
    await sleep(200);
    expect(session.getStatus().step).toBeGreaterThan(0);
    await sleep(1800);
    session.pause();
    await session.step(1); // waits for the frames in flight
    // later frames were drawn, and the step-0 frame, arriving last, did not replace them
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown[shown.length - 1]).toBe(session.getStatus().step);
    session.pause();
  });

  it('without autoplay the first frame is on screen when init is over', async () => {
    firstFrameLate(100);
    const session = new RunSession();
    await session.init('?experiment=gaussian1d&preset=default', 'cpu');
    expect(session.getState().snapshot?.step).toBe(0);
    expect(session.getStatus().playing).toBe(false);
    session.pause();
  });
});
