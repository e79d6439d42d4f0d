// One line per traced run: `step: metric=value …` for each checkpoint, and the class histogram where there is one.
// Shared by scripts/measure.mjs (WebGL) and src/bench/trace.measure.test.ts (CPU backend).

/** @param {{ step: number, metrics: Record<string, number>, classCounts?: number[] }[]} rows @param {string[]} [show] */
export function formatTrace(rows, show) {
  return rows
    .map((r) => {
      const keys = show ?? Object.keys(r.metrics);
      const figures = keys.filter((k) => k in r.metrics).map((k) => `${k}=${Number(r.metrics[k]).toFixed(3)}`);
      if (r.classCounts) {
        const n = r.classCounts.reduce((a, b) => a + b, 0);
        figures.push(`minClass=${(Math.min(...r.classCounts) / n).toFixed(3)} classes=${r.classCounts.join('/')}`);
      }
      return `${r.step}: ${figures.join(' ')}`;
    })
    .join(' | ');
}
