import { describe, expect, it } from 'vitest';
import { RateMeter, Scheduler, type FrameWork } from './scheduler';

/** A fake clock and frame queue so the scheduler can be driven deterministically. */
function harness(enqueueCostMs: number) {
  let t = 0;
  let frameCb: (() => void) | null = null;
  const log = { steps: 0, draws: 0, settles: 0, errors: [] as unknown[] };
  const work: FrameWork = {
    runSteps: (n) => {
      log.steps += n;
      t += enqueueCostMs * n;
    },
    settle: async () => {
      log.settles++;
    },
    readFrame: async () => {
      log.draws++;
    },
    onError: (e) => log.errors.push(e),
  };
  const scheduler = new Scheduler(work, {
    budgetMs: 10,
    requestFrame: (cb) => {
      frameCb = () => cb(t);
      return 1;
    },
    cancelFrame: () => {
      frameCb = null;
    },
    now: () => t,
  });
  const frame = async () => {
    const cb = frameCb;
    frameCb = null;
    t += 16;
    cb?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { scheduler, log, frame, hasFrame: () => frameCb !== null, work };
}

describe('Scheduler', () => {
  it('runs more steps per frame while enqueuing is cheap, and fewer when it is expensive', async () => {
    const cheap = harness(0.01);
    cheap.scheduler.play();
    for (let i = 0; i < 30; i++) await cheap.frame();
    expect(cheap.scheduler.stepsPerFrame).toBeGreaterThan(50);

    const costly = harness(4);
    costly.scheduler.stepsPerFrame = 20;
    costly.scheduler.play();
    for (let i = 0; i < 30; i++) await costly.frame();
    expect(costly.scheduler.stepsPerFrame).toBeLessThanOrEqual(3);
  });

  it('draws when a redraw is due and otherwise only settles', async () => {
    const h = harness(0.01);
    h.scheduler.play();
    for (let i = 0; i < 10; i++) await h.frame();
    expect(h.log.draws).toBeGreaterThan(0);
    expect(h.log.draws + h.log.settles).toBe(10);
  });

  it('does no work while paused and resumes on play', async () => {
    const h = harness(0.01);
    h.scheduler.play();
    await h.frame();
    h.scheduler.pause();
    const steps = h.log.steps;
    expect(h.hasFrame()).toBe(false);
    await h.frame();
    expect(h.log.steps).toBe(steps);
    h.scheduler.play();
    await h.frame();
    expect(h.log.steps).toBeGreaterThan(steps);
  });

  it('queues no GPU work while the page is hidden and resumes when it is shown', async () => {
    const h = harness(0.01);
    h.scheduler.play();
    await h.frame();
    h.scheduler.setHidden(true);
    const steps = h.log.steps;
    expect(h.hasFrame()).toBe(false);
    await h.frame();
    expect(h.log.steps).toBe(steps);
    expect(h.scheduler.isPlaying).toBe(true);
    h.scheduler.setHidden(false);
    expect(h.hasFrame()).toBe(true);
    await h.frame();
    expect(h.log.steps).toBeGreaterThan(steps);
  });

  it('play while hidden waits for the page to be shown', async () => {
    const h = harness(0.01);
    h.scheduler.setHidden(true);
    h.scheduler.play();
    expect(h.hasFrame()).toBe(false);
    h.scheduler.setHidden(false);
    await h.frame();
    expect(h.log.steps).toBeGreaterThan(0);
  });

  it('abandon forgets frames whose readback never arrives', async () => {
    const h = harness(0.01);
    h.work.settle = () => new Promise<void>(() => undefined);
    h.work.readFrame = () => new Promise<void>(() => undefined);
    h.scheduler.play();
    await h.frame();
    h.scheduler.abandon();
    expect(h.scheduler.isPlaying).toBe(false);
    await expect(h.scheduler.idle()).resolves.toBeUndefined();
  });

  it('pauses and reports when a step throws', async () => {
    const h = harness(0.01);
    h.work.runSteps = () => {
      throw new Error('boom');
    };
    h.scheduler.play();
    await h.frame();
    expect(h.scheduler.isPlaying).toBe(false);
    expect(String(h.log.errors[0])).toContain('boom');
  });
});

describe('RateMeter', () => {
  it('counts events in the last second only', () => {
    const m = new RateMeter();
    m.add(0, 5);
    m.add(500, 5);
    expect(m.rate(900)).toBe(10);
    expect(m.rate(1400)).toBe(5);
    expect(m.rate(3000)).toBe(0);
  });
});
