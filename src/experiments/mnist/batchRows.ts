// Which training digits a minibatch holds: `size` row indices drawn uniformly from [0, count) by the seed. These are
// exactly the draws of tf.randomUniform([size], 0, count, 'int32', seed) (tfjs's Alea generator seeded with the
// seed's decimal string, each value min + range·u stored in an Int32Array, which truncates), so a batch is the same
// whether the rows are gathered on the GPU or copied on the CPU. batchRows.test.ts holds the two equal.
import seedrandom from 'seedrandom';

export function batchRows(size: number, count: number, seed: number): Int32Array {
  const uniform = seedrandom.alea(seed.toString());
  const rows = new Int32Array(size);
  for (let i = 0; i < size; i++) rows[i] = count * uniform();
  return rows;
}
