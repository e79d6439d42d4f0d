import { describe, expect, it } from 'vitest';
import { base64ToFloat32, decodeCheckpoint, encodeCheckpoint, float32ToBase64, type Checkpoint } from './checkpoint';

const sample: Checkpoint = {
  experiment: 'gaussian1d',
  preset: 'jang',
  params: { seed: 3, lrD: 0.001, loss: 'minimax', decay: true, hiddenD: '6,5' },
  state: {
    counters: { step: 42, dUpdates: 42, gUpdates: 42 },
    tensors: [
      { shape: [2, 3], values: Float32Array.from([1, -2.5, 3e-7, 0, -0, 1e30]) },
      { shape: [1], values: Float32Array.from([Math.PI]) },
    ],
  },
};

const mutate = (f: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(encodeCheckpoint(sample)) as Record<string, unknown>;
  f(doc);
  return JSON.stringify(doc);
};

describe('checkpoint files', () => {
  it('round-trips parameters, counters and every float32 bit', () => {
    const r = decodeCheckpoint(encodeCheckpoint(sample));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.checkpoint.experiment).toBe('gaussian1d');
    expect(r.checkpoint.preset).toBe('jang');
    expect(r.checkpoint.params).toEqual(sample.params);
    expect(r.checkpoint.state.counters).toEqual(sample.state.counters);
    r.checkpoint.state.tensors.forEach((t, i) => {
      expect(t.shape).toEqual(sample.state.tensors[i].shape);
      expect(Array.from(t.values)).toEqual(Array.from(sample.state.tensors[i].values));
    });
  });

  it('base64 float32 survives large arrays', () => {
    const big = Float32Array.from({ length: 100_003 }, (_, i) => Math.sin(i) * 1e3);
    expect(Array.from(base64ToFloat32(float32ToBase64(big)))).toEqual(Array.from(big));
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{nope', /not JSON/],
    ['a JSON array', '[]', /not a GAN Playground checkpoint/],
    ['no format tag', mutate((d) => delete d.format), /format/],
    ['another version', mutate((d) => (d.version = 99)), /version 99/],
    ['no experiment', mutate((d) => (d.experiment = 5)), /experiment/],
    ['object-valued parameter', mutate((d) => (d.params = { lrD: { x: 1 } })), /lrD/],
    ['negative counter', mutate((d) => (d.counters = { step: -1 })), /step/],
    ['no tensors', mutate((d) => delete d.tensors), /tensor/],
    ['bad shape', mutate((d) => ((d.tensors as { shape: number[] }[])[0].shape = [2, -3])), /shape/],
    ['wrong value count', mutate((d) => ((d.tensors as { shape: number[] }[])[0].shape = [2, 2])), /needs 4/],
    ['bad base64', mutate((d) => ((d.tensors as { data: string }[])[1].data = '@@@')), /base64|multiple of 4/],
    ['non-finite value', mutate((d) => ((d.tensors as { data: string }[])[1].data = float32ToBase64(Float32Array.from([NaN])))), /not finite/],
  ];
  for (const [name, text, message] of bad) {
    it(`refuses ${name} with a clear message`, () => {
      const r = decodeCheckpoint(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    });
  }

  it('refuses a file that is too big before parsing it', () => {
    const r = decodeCheckpoint(' '.repeat(64 * 1024 * 1024 + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/too big/);
  });
});
