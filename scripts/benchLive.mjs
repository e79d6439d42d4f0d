// The live part of npm run bench: what a student sees. For one experiment on one backend it opens the app, times
// headless training (`step(n)`), then plays and counts the animation frames in which the experiment's main panel
// changed — DOM mutations in its subtree or 2-D canvas draws inside it, not requestAnimationFrame callbacks — and
// times clicks on Play/Pause until the button's new label is on screen.
import { drawnFrameStats } from './benchStats.mjs';

/** What the README promises: main panel redraws/s on every experiment and backend, and live steps/s over headless. */
export const LIVE_TARGETS = { panelRedrawsPerSecond: 30, liveOverHeadless: 0.5 };

/** Each experiment's main panel (its `data-panel` name). */
export const MAIN_PANEL = { gaussian1d: 'density', toy2d: 'scatter', mnist: 'samples' };

/** Runs in the page before the app: remembers every 2-D canvas drawn on since the benchmark last looked. */
function watchCanvasDraws() {
  const drawn = new Set();
  Object.defineProperty(window, '__benchCanvasDrawn', { value: drawn });
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['putImageData', 'drawImage', 'fillRect', 'clearRect', 'strokeRect', 'fill', 'stroke', 'fillText', 'strokeText']) {
    const original = proto[name];
    proto[name] = function (...args) {
      drawn.add(this.canvas);
      return original.apply(this, args);
    };
  }
}

/** Call once per page, before its first navigation. */
export function installCanvasWatch(page) {
  return page.addInitScript(watchCanvasDraws);
}

/**
 * In the page: times `step(n)` after a warm-up, then plays, and after `warmUpSeconds` records for `seconds` whether
 * the panel changed in each animation frame.
 */
async function playAndWatch({ panelName, headlessSteps, seconds, warmUpSeconds }) {
  const g = window.ganPlayground;
  await g.step(Math.max(1, Math.round(headlessSteps / 10)));
  const t0 = performance.now();
  await g.step(headlessSteps);
  const headlessStepsPerSecond = headlessSteps / ((performance.now() - t0) / 1000);

  const panel = document.querySelector(`[data-panel="${panelName}"]`);
  if (!panel) throw new Error(`no [data-panel="${panelName}"] on the page`);
  const canvases = window.__benchCanvasDrawn;
  // records reach the callback at the end of the task that made them, or takeRecords() in a frame callback
  let mutated = false;
  const observer = new MutationObserver(() => (mutated = true));
  observer.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
  let canvasFrames = 0; // frames with a canvas draw in the panel (a check that the canvas watch works)
  const panelChanged = () => {
    const dom = mutated || observer.takeRecords().length > 0;
    let canvas = false;
    for (const c of canvases) if (panel.contains(c)) canvas = true;
    canvases.clear();
    mutated = false;
    if (canvas) canvasFrames++;
    return dom || canvas;
  };
  // a short warm-up first: the scheduler grows its steps per frame from 1 towards its main-thread budget
  g.play();
  await new Promise((resolve) => setTimeout(resolve, warmUpSeconds * 1000));
  const stepBefore = g.getStatus().step;
  panelChanged(); // forget what happened before the measured period
  canvasFrames = 0;
  const times = [];
  const changed = [];
  const start = performance.now();
  await new Promise((resolve) => {
    const frame = (t) => {
      times.push(t);
      changed.push(panelChanged());
      if (t - start < seconds * 1000) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  const elapsedMs = times[times.length - 1] - start;
  const status = g.getStatus();
  observer.disconnect();
  return {
    times,
    changed,
    start,
    elapsedMs,
    canvasFrames,
    headlessStepsPerSecond,
    liveStepsPerSecond: (status.step - stepBefore) / (elapsedMs / 1000),
    appFps: status.fps,
    appStepsPerSecond: status.stepsPerSecond,
    panelStillThere: document.querySelector(`[data-panel="${panelName}"]`) === panel,
  };
}

/**
 * In the page: arms a watch on the Play/Pause button. window.__benchClick resolves at the first animation frame
 * whose callback finds the button's label changed after a click, with the time since the click event's timeStamp
 * (when the input reached the browser, so waiting behind a busy main thread counts), or null after 5 s.
 */
function armClickWatch() {
  const button = document.querySelector('[data-action="play"]');
  const before = button.textContent;
  let changed = false;
  const observer = new MutationObserver(() => (changed = true));
  observer.observe(button, { subtree: true, childList: true, attributes: true, characterData: true });
  const armedAt = performance.now();
  let click = null;
  button.addEventListener('click', (e) => (click = { timeStamp: e.timeStamp, handledAt: performance.now() }), { capture: true, once: true });
  window.__benchClick = new Promise((resolve) => {
    const frame = () => {
      const now = performance.now();
      if (observer.takeRecords().length > 0) changed = true;
      if (click && changed) {
        observer.disconnect();
        // a timeStamp from before the watch was armed would be on another clock: fall back to the handler's time
        const from = click.timeStamp >= armedAt && click.timeStamp <= click.handledAt ? click.timeStamp : click.handledAt;
        resolve({ from: before.trim(), to: button.textContent.trim(), ms: now - from, inputToHandlerMs: click.handledAt - from });
      } else if (now - armedAt > 5000) {
        observer.disconnect();
        resolve(null);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** A real mouse click on Play/Pause; returns the page's figure for it. */
async function timedClick(page) {
  await page.evaluate(armClickWatch);
  const box = await page.locator('[data-action="play"]').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => window.__benchClick);
}

/** One row of the live table: `experiment` on `backend`, measured over `seconds` of play after `warmUpSeconds`. */
export async function measureLive(page, base, { experiment, backend, seconds, warmUpSeconds, headlessSteps }) {
  await page.goto(`${base}?experiment=${experiment}&backend=${backend}`);
  await page.waitForFunction(() => window.ganPlayground !== undefined);
  await page.evaluate(() => window.ganPlayground.ready);
  const panelName = MAIN_PANEL[experiment];
  // the 2-D and MNIST panels load on first use
  await page.waitForSelector(`[data-panel="${panelName}"]`, { timeout: 60_000 });
  const run = await page.evaluate(playAndWatch, { panelName, headlessSteps, seconds, warmUpSeconds });
  const pauseClick = await timedClick(page); // playing → paused
  const playClick = await timedClick(page); // paused → playing
  const status = await page.evaluate(() => {
    window.ganPlayground.pause();
    return window.ganPlayground.getStatus();
  });
  const frames = drawnFrameStats(run.times, run.changed, run.elapsedMs);
  // when each drawn frame came, in ms from the start of the measured period, for a second look at the figures
  const drawnAtMs = run.times.filter((_, i) => run.changed[i]).map((t) => Math.round(10 * (t - run.start)) / 10);
  return {
    experiment,
    backend: status.backend,
    askedBackend: backend,
    panel: panelName,
    playSeconds: run.elapsedMs / 1000,
    ...frames,
    canvasFrames: run.canvasFrames,
    drawnAtMs,
    liveStepsPerSecond: run.liveStepsPerSecond,
    headlessStepsPerSecond: run.headlessStepsPerSecond,
    liveOverHeadless: run.liveStepsPerSecond / run.headlessStepsPerSecond,
    appFps: run.appFps,
    appStepsPerSecond: run.appStepsPerSecond,
    pauseClick,
    playClick,
    panelStillThere: run.panelStillThere,
    error: status.error ?? null,
    meetsTargets:
      frames.redrawsPerSecond >= LIVE_TARGETS.panelRedrawsPerSecond && run.liveStepsPerSecond >= LIVE_TARGETS.liveOverHeadless * run.headlessStepsPerSecond,
  };
}
