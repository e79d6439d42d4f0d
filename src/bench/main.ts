// The benchmark page (bench.html): exposes window.ganBench for scripts/bench.mjs. Ships in the production build
// beside the app, so it measures exactly the code the app runs.
import { tf } from '../core/tf';
import { initBackend, isBackendName } from '../engine/backend';
import { BENCH_CASES, createFastRun, createReference } from './cases';
import { matmulFlops, measureThroughput, type Throughput } from './measure';
import { fusedCheck } from './fusedCheck';
import { frameCheck } from './frameCheck';
import { frameCost, type FrameCost } from './frameCost';
import { countKernels } from './kernelCount';
import { presetParams, type Params } from '../params/schema';
import { findExperiment } from '../experiments/registry';
import { traceRun, type TracePoint } from './trace';

export interface CaseResult {
  name: string;
  fast: Throughput;
  reference: Throughput;
  ratio: number;
  memory: { tensorsBefore: number; tensorsAfter: number; bytesBefore: number; bytesAfter: number; steps: number } | null;
  /** GPU programs per training step (one D and one G update, plus batch and noise making), WebGL only. */
  kernelsPerStep: { fast: number | null; reference: number | null };
  flopsPerSecond?: number;
}

/** Kernels per step over `steps` steps (one chunk, as measured), after the caller's warm-up. */
function kernelsPerStep(run: (n: number) => void, steps: number): number | null {
  const n = countKernels(() => run(steps));
  return n === null ? null : n / steps;
}

async function runCase(name: string, steps: number, memorySteps: number): Promise<CaseResult> {
  const c = BENCH_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`No benchmark case ${name}`);
  const run = await createFastRun(c);
  const fast = await measureThroughput({ run: (n) => run.trainSteps(n), settle: () => run.settle() }, steps);
  const fastKernels = kernelsPerStep((n) => run.trainSteps(n), Math.min(20, steps));
  await run.settle();
  // memory over many steps, after the warm-up above (skipped when memorySteps is 0)
  let memory: CaseResult['memory'] = null;
  if (memorySteps > 0) {
    const before = tf.memory();
    await measureThroughput({ run: (n) => run.trainSteps(n), settle: () => run.settle() }, memorySteps, 50, 0);
    const after = tf.memory();
    memory = { tensorsBefore: before.numTensors, tensorsAfter: after.numTensors, bytesBefore: before.numBytes, bytesAfter: after.numBytes, steps: memorySteps };
  }
  run.dispose();
  const ref = await createReference(c);
  const refRun = (n: number) => {
    for (let i = 0; i < n; i++) ref.step();
  };
  const reference = await measureThroughput({ run: refRun, settle: () => ref.settle() }, steps);
  const referenceKernels = kernelsPerStep(refRun, Math.min(20, steps));
  await ref.settle();
  ref.dispose();
  return {
    name,
    fast,
    reference,
    ratio: fast.stepsPerSecond / reference.stepsPerSecond,
    memory,
    kernelsPerStep: { fast: fastKernels, reference: referenceKernels },
    flopsPerSecond: c.flopsPerStep ? c.flopsPerStep * fast.stepsPerSecond : undefined,
  };
}

/** Fast-path steps/s and kernels per step of any experiment, preset and overrides (e.g. other network sizes). */
async function throughput(experiment: string, preset: string, overrides: Params, steps: number): Promise<Throughput & { kernelsPerStep: number | null }> {
  const run = await createFastRun({ name: experiment, experiment, preset, overrides, reference: () => Promise.reject(new Error('no reference')) });
  const result = await measureThroughput({ run: (n) => run.trainSteps(n), settle: () => run.settle() }, steps);
  const kernels = kernelsPerStep((n) => run.trainSteps(n), Math.min(20, steps));
  await run.settle();
  run.dispose();
  return { ...result, kernelsPerStep: kernels };
}

/**
 * A frame without training (snapshot and readback) of an experiment's preset, after `steps` training steps; `live`:
 * as the live loop draws it while playing.
 */
async function frameCostOf(experiment: string, preset: string, steps: number, frames: number, live = false): Promise<FrameCost> {
  const run = await createFastRun({ name: experiment, experiment, preset, overrides: {}, reference: () => Promise.reject(new Error('no reference')) });
  run.trainSteps(steps);
  await run.settle();
  const cost = await frameCost(run, frames, { live });
  run.dispose();
  return cost;
}

/** A preset's figures at each checkpoint on this page's backend (scripts/measure.mjs prints them). */
async function trace(experiment: string, preset: string, overrides: Params, points: number[]): Promise<TracePoint[]> {
  const run = await createFastRun({ name: experiment, experiment, preset, overrides, reference: () => Promise.reject(new Error('no reference')) });
  try {
    return await traceRun(run, points);
  } finally {
    run.dispose();
  }
}

/**
 * Each preset's full parameters (its own values over the experiment's defaults), straight from the schema: what a
 * link with `preset=` must load. For browser tests, which cannot import the schemas (they pull in TensorFlow.js).
 */
function presetTable(experimentId: string): Record<string, Params> {
  const experiment = findExperiment(experimentId);
  if (!experiment) throw new Error(`Unknown experiment ${experimentId}`);
  return Object.fromEntries(Object.keys(experiment.schema.presets).map((name) => [name, presetParams(experiment.schema, name)]));
}

async function renderer(): Promise<string> {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

const ready = (async () => {
  const asked = new URLSearchParams(location.search).get('backend') ?? 'webgl';
  const choice = await initBackend(isBackendName(asked) ? asked : 'webgl');
  return choice.backend;
})();

const api = {
  ready,
  cases: () => BENCH_CASES.map((c) => ({ name: c.name, heavy: c.experiment === 'mnist', flopsPerStep: c.flopsPerStep ?? null })),
  runCase,
  throughput,
  matmulFlops,
  renderer,
  backend: () => tf.getBackend(),
  /** For e2e/fused.spec.ts: the fused WebGL update against the tensor-op one. */
  fusedCheck,
  /** For e2e/fused.spec.ts: what a frame shows through the fused kernels against the tensor-op path. */
  frameCheck,
  /** A frame without training: its kernels and time (the live loop's fixed cost per drawn frame). */
  frameCost: frameCostOf,
  numTensors: () => tf.memory().numTensors,
  presetTable,
  trace,
};

declare global {
  interface Window {
    ganBench?: typeof api;
  }
}
window.ganBench = api;
