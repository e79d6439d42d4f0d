// The tables npm run bench prints after its JSON document.
import { LIVE_TARGETS } from './benchLive.mjs';

const fmt = (v, d = 1) => (typeof v === 'number' ? v.toFixed(d) : v == null ? '—' : String(v));

function printCases(result) {
  console.log('\ncase (WebGL)    fast steps/s   reference steps/s   ratio   kernels/step fast→ref   tensors before→after   GPU bytes before→after');
  for (const c of result.cases) {
    const k = c.kernelsPerStep;
    const m = c.memory;
    console.log(
      `${c.name.padEnd(15)} ${fmt(c.fast.stepsPerSecond).padStart(13)} ${fmt(c.reference.stepsPerSecond).padStart(19)} ${fmt(c.ratio, 2).padStart(7)}` +
        `   ${`${fmt(k.fast, 0)}→${fmt(k.reference, 0)}`.padStart(21)}` +
        `   ${`${m?.tensorsBefore}→${m?.tensorsAfter}`.padStart(20)}   ${`${m?.bytesBefore}→${m?.bytesAfter}`.padStart(22)}`,
    );
  }
  const w = result.wasm.backend;
  console.log(`\ncase            fast on ${w} steps/s   reference on ${w}   reference on WebGL   fast ${w} / ref ${w}   fast ${w} / ref WebGL`);
  for (const c of result.wasm.cases) {
    const webgl = result.cases.find((x) => x.name === c.name);
    console.log(
      `${c.name.padEnd(15)} ${fmt(c.fast.stepsPerSecond).padStart(21)} ${fmt(c.reference.stepsPerSecond).padStart(19)} ${fmt(webgl.reference.stepsPerSecond).padStart(20)}` +
        ` ${fmt(c.ratio, 2).padStart(22)} ${fmt(c.fast.stepsPerSecond / webgl.reference.stepsPerSecond, 2).padStart(22)}`,
    );
  }
}

/** One row per experiment × backend: what a student sees while it plays. */
function printLive(rows) {
  const t = LIVE_TARGETS;
  console.log(
    `\nlive (main panel)      backend   redraws/s   drawn p50 ms   drawn p95 ms   live steps/s   headless steps/s   live/headless   app fps   pause click ms   play click ms   targets (≥${t.panelRedrawsPerSecond}/s, ≥${t.liveOverHeadless})`,
  );
  for (const r of rows) {
    console.log(
      `${`${r.experiment} (${r.panel})`.padEnd(22)} ${r.backend.padEnd(7)} ${fmt(r.redrawsPerSecond).padStart(11)} ${fmt(r.p50DrawnIntervalMs).padStart(14)} ${fmt(r.p95DrawnIntervalMs).padStart(14)}` +
        ` ${fmt(r.liveStepsPerSecond).padStart(14)} ${fmt(r.headlessStepsPerSecond).padStart(18)} ${fmt(r.liveOverHeadless, 2).padStart(15)} ${fmt(r.appFps, 0).padStart(9)}` +
        ` ${fmt(r.pauseClick?.ms, 0).padStart(16)} ${fmt(r.playClick?.ms, 0).padStart(15)}   ${r.meetsTargets ? 'met' : 'missed'}${r.error ? `; error: ${r.error}` : ''}`,
    );
  }
}

export function printTables(result) {
  if (result.cases) printCases(result);
  printLive(result.live);
  const renderer = result.renderer ? `; renderer: ${result.renderer}` : '';
  const first = result.firstLoad ? `first load ${(result.firstLoad.gzipBytes / 1024).toFixed(1)} KB gzip (budget ${(result.firstLoad.budgetGzipBytes / 1024).toFixed(0)} KB); ` : '';
  console.log(`first step after ${fmt(result.timeToFirstStepMs, 0)} ms (fresh context: ${fmt(result.coldFirstStepMs, 0)} ms); ${first}all JS ${result.bundle.rawBytes} B raw, ${result.bundle.gzipBytes} B gzip${renderer}`);
}
