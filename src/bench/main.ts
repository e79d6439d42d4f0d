// The benchmark page (bench.html): exposes window.ganBench for scripts/bench.mjs. Ships in the production build
// beside the app, so it measures exactly the code the app runs.
import { tf } from '../core/tf';
import { initBackend, isBackendName } from '../engine/backend';
import { BENCH_CASES, createFastRun, createReference } from './cases';
import { matmulFlops, measureThroughput, type Throughput } from './measure';
import { fusedCheck } from './fusedCheck';

export interface CaseResult {
  name: string;
  fast: Throughput;
  reference: Throughput;
  ratio: number;
  memory: { tensorsBefore: number; tensorsAfter: number; bytesBefore: number; bytesAfter: number; steps: number };
  flopsPerSecond?: number;
}

async function runCase(name: string, steps: number, memorySteps: number): Promise<CaseResult> {
  const c = BENCH_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`No benchmark case ${name}`);
  const run = await createFastRun(c);
  const fast = await measureThroughput({ run: (n) => run.trainSteps(n), settle: () => run.settle() }, steps);
  // memory over many steps, after the warm-up above
  const before = tf.memory();
  const tensorsBefore = before.numTensors;
  const bytesBefore = before.numBytes;
  await measureThroughput({ run: (n) => run.trainSteps(n), settle: () => run.settle() }, memorySteps, 50, 0);
  const after = tf.memory();
  run.dispose();
  const ref = await createReference(c);
  const reference = await measureThroughput({ run: (n) => { for (let i = 0; i < n; i++) ref.step(); }, settle: () => ref.settle() }, steps);
  ref.dispose();
  return {
    name,
    fast,
    reference,
    ratio: fast.stepsPerSecond / reference.stepsPerSecond,
    memory: { tensorsBefore, tensorsAfter: after.numTensors, bytesBefore, bytesAfter: after.numBytes, steps: memorySteps },
    flopsPerSecond: c.flopsPerStep ? c.flopsPerStep * fast.stepsPerSecond : undefined,
  };
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
  matmulFlops,
  renderer,
  backend: () => tf.getBackend(),
  /** For e2e/fused.spec.ts: the fused WebGL update against the tensor-op one. */
  fusedCheck,
  numTensors: () => tf.memory().numTensors,
};

declare global {
  interface Window {
    ganBench?: typeof api;
  }
}
window.ganBench = api;
