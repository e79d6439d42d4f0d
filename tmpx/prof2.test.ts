import { it } from 'vitest';
import { useCpuBackend } from '../src/testing/cpuBackend';
import { tf } from '../src/core/tf';
import { Mlp } from '../src/core/mlp';
import { ParameterOptimizer } from '../src/core/optimizers';

function count(info: tf.ProfileInfo) {
  const counts: Record<string, number> = {};
  for (const k of info.kernels) counts[k.name] = (counts[k.name] ?? 0) + 1;
  return info.kernels.length + ' ' + JSON.stringify(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}
it('pieces', async () => {
  await useCpuBackend();
  const m = new Mlp({ sizes: [1, 16, 16, 1], hidden: 'tanh', initializer: 'glorot', seed: 1, name: 'D' });
  const x = tf.randomNormal([256, 1]) as tf.Tensor2D;
  console.log('forward', count(await tf.profile(() => { m.apply(x); })));
  console.log('grads', count(await tf.profile(() => { tf.variableGrads(() => tf.mean(m.apply(x)) as tf.Scalar, m.variables); })));
  const opt = new ParameterOptimizer(m.variables, { kind: 'adam', learningRate: 1e-3, momentum: 0.9, beta1: 0.5, beta2: 0.999, epsilon: 1e-8 });
  const g = m.variables.map((v) => tf.onesLike(v));
  console.log('adam', count(await tf.profile(() => { opt.apply(g); })));
  const v = m.variables[0];
  console.log('assign', count(await tf.profile(() => { tf.tidy(() => v.assign(tf.add(v, 1))); })));
});
