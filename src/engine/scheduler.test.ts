import { describe, expect, it } from 'vitest';
import { simulation } from '../testing/frameSimulation';

describe('Scheduler pacing (fake clock, fake GPU)', () => {
  it('a slow GPU gets few steps per frame and the panels still redraw at 30/s, training at ≥ 50% of headless', async () => {
    const sim = simulation({ stepMs: 8, readbackMs: 4, drawMs: 6 });
    sim.scheduler.play();
    await sim.run(3000);
    const { stepsPerSecond, drawsPerSecond } = await sim.measure(4000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(30);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.5 * (1000 / 8));
    expect(sim.scheduler.stepsPerFrame).toBeLessThan(5);
  });

  it('a few slow first frames (shader compilation) do not derail it', async () => {
    const sim = simulation({ stepMs: 3, readbackMs: 4, drawMs: 5, firstFrames: [900, 0, 1500, 700, 0, 2000] });
    sim.scheduler.play();
    await sim.run(6000);
    const { stepsPerSecond, drawsPerSecond } = await sim.measure(3000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(30);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.5 * (1000 / 3));
  });

  it('steps on the main thread (WebAssembly): redraws stay at 30/s and training at ≥ 50% of headless', async () => {
    const stepMs = 1.6;
    const sim = simulation({ stepMs, readbackMs: 4, drawMs: 3, paintCostMs: 6, sync: true });
    sim.scheduler.play();
    await sim.run(6000);
    const { stepsPerSecond, drawsPerSecond } = await sim.measure(4000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(29);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.5 * (1000 / stepMs));
  });

  it('a step that fills a frame on the main thread (MNIST on WebAssembly): most frames hold one step, a few two', async () => {
    const sim = simulation({ stepMs: 22, readbackMs: 3, drawMs: 4, paintCostMs: 4, sync: true });
    sim.scheduler.play();
    await sim.run(4000);
    const from = sim.log.stepsPerDraw.length;
    await sim.run(4000);
    const frames = sim.log.stepsPerDraw.slice(from);
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
    // every other frame with two steps (a mean of 1.5) left a third of the steps undrawn
    expect(mean).toBeLessThan(1.35);
    // the fit still sees frames of two sizes
    expect(new Set(frames)).toEqual(new Set([1, 2]));
  });

  it('steps on the main thread that suddenly cost 100× more never block the page for long', async () => {
    const gpu = { stepMs: 0.5, readbackMs: 4, drawMs: 3, paintCostMs: 4, sync: true };
    const sim = simulation(gpu);
    sim.scheduler.play();
    await sim.run(3000);
    expect(sim.scheduler.stepsPerFrame).toBeGreaterThan(10);
    gpu.stepMs = 50;
    const draws = sim.log.draws;
    await sim.run(6000);
    // the first frame at the new cost is the slow one; after it the page draws again at once
    expect(sim.log.draws - draws).toBeGreaterThan(20);
    expect(sim.scheduler.stepsPerFrame).toBeLessThanOrEqual(2);
  });

  it('speed 100 with slow steps on the main thread: the steps are spread over animation frames, none blocks long', async () => {
    const sim = simulation({ stepMs: 100, readbackMs: 5, drawMs: 3, sync: true }, '100');
    sim.scheduler.play();
    const longest = await sim.longestBlock(200);
    // one step at a time (100 ms each), never the frame's 100 steps (10 s) in one go
    expect(longest).toBeLessThan(300);
    expect(sim.log.steps).toBeGreaterThan(50);
    await sim.run(12_000);
    expect(new Set(sim.log.stepsPerDraw)).toEqual(new Set([100]));
  });

  it('a step that holds the main thread for seconds and its readback run in separate tasks (MNIST deep on the CPU)', async () => {
    const sim = simulation({ stepMs: 2000, readbackMs: 1500, drawMs: 3, sync: true });
    sim.scheduler.play();
    const longest = await sim.longestBlock(40);
    // together they would block for 3.5 s; apart, the page can answer after 2 s at most
    expect(longest).toBeLessThan(2100);
    expect(sim.log.draws).toBeGreaterThan(5);
  });

  it('a step of seconds on the main thread runs in halves, one per task; a pause completes a half-done step', async () => {
    const sim = simulation({ stepMs: 3000, readbackMs: 800, drawMs: 3, sync: true, parts: true });
    sim.scheduler.play();
    // the first step runs whole: its cost is not known yet
    const longest = await sim.longestBlock(60, () => sim.log.steps > 1);
    expect(longest).toBeLessThan(1600);
    expect(sim.log.steps).toBeGreaterThan(10);
    // pause between the halves: the step is completed, nothing is left half done
    while (!sim.halfDone()) await sim.run(1);
    sim.scheduler.pause();
    expect(sim.halfDone()).toBe(false);
    const steps = sim.log.steps;
    expect(sim.log.finished).toBe(1);
    await sim.run(10_000);
    expect(sim.log.steps).toBe(steps);
  });

  it('a fast GPU gets many steps per frame', async () => {
    const sim = simulation({ stepMs: 0.02, readbackMs: 2, drawMs: 4 });
    sim.scheduler.play();
    await sim.run(4000);
    const { drawsPerSecond } = await sim.measure(2000);
    expect(sim.scheduler.stepsPerFrame).toBeGreaterThan(300);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(30);
  });

  it('when steps get slower (latency up), it runs fewer per frame and keeps redrawing at 30/s', async () => {
    const gpu = { stepMs: 1, readbackMs: 3, drawMs: 5 };
    const sim = simulation(gpu);
    sim.scheduler.play();
    await sim.run(3000);
    const before = sim.scheduler.stepsPerFrame;
    gpu.stepMs = 6;
    await sim.run(3000);
    const after = sim.scheduler.stepsPerFrame;
    expect(after).toBeLessThan(before / 3);
    const { drawsPerSecond } = await sim.measure(3000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(30);
  });

  it('when drawing alone fills the frame, training still keeps half of the time', async () => {
    const sim = simulation({ stepMs: 2, readbackMs: 5, drawMs: 40 });
    sim.scheduler.play();
    await sim.run(4000);
    const { stepsPerSecond } = await sim.measure(4000);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.5 * (1000 / 2));
  });

  it('when a frame without training already costs more than the budget, training still keeps half of the GPU', async () => {
    const stepMs = 4;
    const sim = simulation({ stepMs, readbackMs: 60, drawMs: 5 });
    sim.scheduler.play();
    await sim.run(5000);
    const { stepsPerSecond } = await sim.measure(5000);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.45 * (1000 / stepMs));
  });

  it('painting that grows with the steps of the frame before (two cores shared with a software GPU) never lets frames grow for a minute', async () => {
    // painting a frame holds the main thread 1.5 ms per step it held, which delays the next frame's readback: with
    // frames alternating big, small, big, the fit read that delay as a frame's fixed cost, and a/c ran away to
    // 50–180 steps per frame and 2–12 redraws a second
    const sim = simulation({ stepMs: 1.5, readbackMs: 20, drawMs: 8, paintCostMs: 5, paintPerStepMs: 1.5 });
    sim.scheduler.play();
    await sim.run(50_000);
    const { drawsPerSecond } = await sim.measure(10_000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(30);
    expect(sim.scheduler.pacer.a).toBeLessThan(25);
    expect(sim.scheduler.stepsPerFrame).toBeLessThan(12);
  });

  it('a frame without training that costs most of the budget (the 2-D plot on a software GPU) still draws 30 times a second', async () => {
    // giving training as much of the GPU as the frame itself (a/c, 15 steps) drew 23 frames a second
    const stepMs = 1.5;
    const sim = simulation({ stepMs, readbackMs: 22, drawMs: 8, paintCostMs: 5 });
    sim.scheduler.play();
    await sim.run(5000);
    const { stepsPerSecond, drawsPerSecond } = await sim.measure(5000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(30);
    // training keeps a quarter of the GPU's whole rate (the page's headless rate, with its own readbacks, is lower)
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.25 * (1000 / stepMs));
  });

  it('when the browser paints slowly (a frame every 100 ms), steps fill half of that time', async () => {
    const stepMs = 2;
    const sim = simulation({ stepMs, readbackMs: 3, drawMs: 3, paintMs: 100 });
    sim.scheduler.play();
    await sim.run(5000);
    const { stepsPerSecond } = await sim.measure(5000);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.4 * (1000 / stepMs));
  });

  it('speed 1 runs exactly one step per drawn frame; 10 and 100 that many', async () => {
    for (const speed of ['1', '10', '100'] as const) {
      const sim = simulation({ stepMs: 0.5, readbackMs: 3, drawMs: 3 }, speed);
      sim.scheduler.play();
      await sim.run(1000);
      expect(sim.log.draws).toBeGreaterThan(5);
      expect(new Set(sim.log.stepsPerDraw)).toEqual(new Set([Number(speed)]));
    }
  });

  it('a new speed restarts the steps/s meter: right after 100 → 1 it speaks of 1 step per frame only', async () => {
    const sim = simulation({ stepMs: 0.5, readbackMs: 3, drawMs: 3 }, '100');
    sim.scheduler.play();
    await sim.run(1000);
    expect(sim.scheduler.steps.rate(sim.now())).toBeGreaterThan(1000);
    expect(sim.scheduler.setSpeed('100')).toBe(false); // the same speed again restarts nothing
    expect(sim.scheduler.setSpeed('1')).toBe(true);
    const draws = sim.log.draws;
    await sim.run(500);
    const drawnPerSecond = (sim.log.draws - draws) / 0.5;
    // one step per drawn frame: the 100-step frames still in flight at the switch are not counted
    const rate = sim.scheduler.steps.rate(sim.now());
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThanOrEqual(drawnPerSecond);
  });

  it('max puts throughput first and still redraws at least 4 times per second', async () => {
    const stepMs = 2;
    const sim = simulation({ stepMs, readbackMs: 5, drawMs: 10 }, 'max');
    sim.scheduler.play();
    await sim.run(4000);
    const { stepsPerSecond, drawsPerSecond } = await sim.measure(4000);
    expect(drawsPerSecond).toBeGreaterThanOrEqual(4);
    expect(stepsPerSecond).toBeGreaterThanOrEqual(0.85 * (1000 / stepMs));
  });

  it('does no work while paused and resumes on play', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    sim.scheduler.play();
    await sim.run(100);
    sim.scheduler.pause();
    await sim.run(50);
    const steps = sim.log.steps;
    expect(sim.hasFrame()).toBe(false);
    await sim.run(200);
    expect(sim.log.steps).toBe(steps);
    sim.scheduler.play();
    await sim.run(100);
    expect(sim.log.steps).toBeGreaterThan(steps);
  });

  it('queues no GPU work while the page is hidden and resumes when it is shown', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    sim.scheduler.play();
    await sim.run(100);
    sim.scheduler.setHidden(true);
    await sim.run(50);
    const steps = sim.log.steps;
    expect(sim.hasFrame()).toBe(false);
    await sim.run(200);
    expect(sim.log.steps).toBe(steps);
    expect(sim.scheduler.isPlaying).toBe(true);
    sim.scheduler.setHidden(false);
    expect(sim.hasFrame()).toBe(true);
    await sim.run(100);
    expect(sim.log.steps).toBeGreaterThan(steps);
  });

  it('play while hidden waits for the page to be shown', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    sim.scheduler.setHidden(true);
    sim.scheduler.play();
    expect(sim.hasFrame()).toBe(false);
    sim.scheduler.setHidden(false);
    await sim.run(50);
    expect(sim.log.steps).toBeGreaterThan(0);
  });

  it('a new run’s first frame left in flight (track): steps start meanwhile, idle() waits for it, its error pauses', async () => {
    // the first frame takes 900 ms on the GPU (a software GPU compiling its programs)
    const sim = simulation({ stepMs: 2, readbackMs: 2, drawMs: 2, firstFrames: [900] });
    sim.scheduler.track(sim.work.readFrame());
    sim.scheduler.play();
    await sim.run(100);
    // steps were enqueued while the first frame was still on its way
    expect(sim.log.steps).toBeGreaterThan(0);
    expect(sim.log.draws).toBe(0);
    let idle = false;
    void sim.scheduler.idle().then(() => (idle = true));
    await sim.run(100);
    expect(idle).toBe(false);
    await sim.run(1200);
    expect(sim.log.draws).toBeGreaterThan(1);

    // a fixed speed keeps one frame in flight: the tracked frame holds back the first step until it arrives
    const slow = simulation({ stepMs: 2, readbackMs: 2, drawMs: 2, firstFrames: [900] }, '1');
    slow.scheduler.track(slow.work.readFrame());
    slow.scheduler.play();
    await slow.run(500);
    expect(slow.log.steps).toBe(0);
    await slow.run(600);
    expect(slow.log.steps).toBeGreaterThan(0);

    const failing = simulation({ stepMs: 2, readbackMs: 2, drawMs: 2 });
    failing.scheduler.play();
    failing.scheduler.track(Promise.reject(new Error('context lost')));
    await failing.run(50);
    expect(failing.scheduler.isPlaying).toBe(false);
    expect(failing.log.errors).toHaveLength(1);
  });

  it('abandon forgets frames whose readback never arrives', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    sim.work.readFrame = () => new Promise<number>(() => undefined);
    sim.scheduler.play();
    await sim.run(20);
    sim.scheduler.abandon();
    expect(sim.scheduler.isPlaying).toBe(false);
    await expect(sim.scheduler.idle()).resolves.toBe(true);
  });

  it('idle() gives up on a readback that never arrives after its time limit', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    sim.work.readFrame = () => new Promise<number>(() => undefined);
    sim.scheduler.play();
    await sim.run(20);
    sim.scheduler.pause();
    await expect(sim.scheduler.idle(20)).resolves.toBe(false);
    await expect(sim.scheduler.idle(20)).resolves.toBe(true);
  });

  it('stops exactly at the step it is told to, with the last frame drawn, on every speed', async () => {
    for (const [speed, stepMs, sync] of [['auto', 0.5, false], ['max', 0.2, false], ['100', 1, true], ['10', 1, false]] as const) {
      const sim = simulation({ stepMs, readbackMs: 3, drawMs: 3, sync }, speed);
      const stopAt = 1234;
      let stops = 0;
      sim.work.stepsLeft = () => stopAt - sim.log.steps;
      sim.work.onStopReached = () => stops++;
      sim.scheduler.play();
      await sim.run(20_000);
      expect(sim.log.steps, speed).toBe(stopAt);
      expect(sim.scheduler.isPlaying, speed).toBe(false);
      expect(stops, speed).toBe(1);
      // the frame with the last steps was drawn: every step enqueued reached a drawn frame
      expect(sim.log.stepsPerDraw.reduce((a, b) => a + b, 0), speed).toBe(stopAt);
    }
  });

  it('with no steps left, play stops at once without running any', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    let stops = 0;
    sim.work.stepsLeft = () => 0;
    sim.work.onStopReached = () => stops++;
    sim.scheduler.play();
    await sim.run(100);
    expect(sim.log.steps).toBe(0);
    expect(stops).toBe(1);
    expect(sim.scheduler.isPlaying).toBe(false);
  });

  it('pauses and reports when a step throws', async () => {
    const sim = simulation({ stepMs: 1, readbackMs: 1, drawMs: 1 });
    sim.work.runSteps = () => {
      throw new Error('boom');
    };
    sim.scheduler.play();
    await sim.run(20);
    expect(sim.scheduler.isPlaying).toBe(false);
    expect(String(sim.log.errors[0])).toContain('boom');
  });
});
