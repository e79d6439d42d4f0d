// Which TensorFlow.js kernels this site's code can run, read from TensorFlow.js's own sources (tests only; see
// engine/webglKernels.ts). From every op the code names, it follows the op's module imports inside tfjs-core and
// collects the kernels they run (`ENGINE.runKernel(Name, ...)`); for each kernel met it follows that kernel's
// gradient too (gradients/<Kernel>_grad.js), since training differentiates through it. Over-counting is harmless
// (a kernel registered but never run); missing one is not, so any `.name` in the code that is an op counts, and so
// does any name imported from tfjs-core directly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'node_modules/@tensorflow/tfjs-core/dist');
const WEBGL = join(ROOT, 'node_modules/@tensorflow/tfjs-backend-webgl/dist');

/** Modules every page runs whatever it calls: the engine, tensors, gradients, the optimizers, fused matMul. */
const ALWAYS = ['engine.js', 'tensor.js', 'gradients.js', 'tape.js', 'base_side_effects.js', 'ops/fused/mat_mul.js'];
/** Aggregators that import every op; following them would count every kernel. */
const AGGREGATORS = new Set(['ops/ops.js', 'index.js', 'base.js', 'register_all_gradients.js'].map((f) => join(CORE, f)));

const read = (file: string): string => readFileSync(file, 'utf8');

/** The source files under `dir` (tests excluded). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Kernel name constants of kernel_names.js (`export const Add = 'Add'`) by identifier. */
function kernelConstants(): Map<string, string> {
  return new Map([...read(join(CORE, 'kernel_names.js')).matchAll(/export const (\w+) = '(\w+)'/g)].map((m) => [m[1], m[2]]));
}

/** Each op the tf namespace exports, and its module. */
function opModules(): Map<string, string> {
  const exports = read(join(CORE, 'ops/ops.js')).matchAll(/export \{ (\w+)(?: as (\w+))? \} from '\.\/([\w/]+)'/g);
  return new Map([...exports].map((m) => [m[2] ?? m[1], join(CORE, 'ops', `${m[3]}.js`)]));
}

/** Every `.name` in a source: `tf.add(…)`, `x.square()`, `{ f: tf.softplus }`. */
function propertyNames(text: string): string[] {
  return [...text.matchAll(/\.(\w+)\b/g)].map((m) => m[1]);
}

/** The names a source imports from tfjs-core itself (`import { name as alias } from '@tensorflow/tfjs-core'`). */
function coreImports(text: string): string[] {
  const lists = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@tensorflow\/tfjs-core'/g)].map((m) => m[1]);
  return lists.flatMap((list) => list.split(',').map((item) => item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]));
}

/** The kernels that code holding `sources` (file contents) can run, sorted. */
export function kernelsReachedBy(sources: readonly string[]): string[] {
  const ops = opModules();
  const constants = kernelConstants();
  const named = new Set(sources.flatMap((text) => [...propertyNames(text), ...coreImports(text)]));
  const queue = [...[...named].flatMap((n) => ops.get(n) ?? []), ...ALWAYS.map((f) => join(CORE, f))];
  readdirSync(join(CORE, 'optimizers')).filter((f) => f.endsWith('.js')).forEach((f) => queue.push(join(CORE, 'optimizers', f)));
  const seen = new Set<string>();
  const kernels = new Set<string>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || AGGREGATORS.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = read(file);
    for (const m of text.matchAll(/from '(\.[^']+)'/g)) queue.push(resolve(dirname(file), `${m[1]}.js`));
    for (const m of text.matchAll(/runKernel\((?:(\w+)|'(\w+)')/g)) {
      const kernel = m[2] ?? constants.get(m[1]);
      if (kernel === undefined || kernels.has(kernel)) continue; // undefined: the engine's own runKernel(kernelName)
      kernels.add(kernel);
      queue.push(join(CORE, 'gradients', `${kernel}_grad.js`));
    }
  }
  return [...kernels].sort();
}

/** The kernels engine/webglKernels.ts registers, read from the package files it imports. */
export function registeredWebglKernels(): string[] {
  const list = read(join(ROOT, 'src/engine/webglKernels.ts'));
  return [...list.matchAll(/from '@tensorflow\/tfjs-backend-webgl\/dist\/(kernels\/\w+)'/g)].map((m) => {
    const name = /kernelName: (\w+),/.exec(read(join(WEBGL, `${m[1]}.js`)))?.[1];
    const value = name === undefined ? undefined : kernelConstants().get(name);
    if (value === undefined) throw new Error(`no kernel name in ${m[1]}`);
    return value;
  });
}
