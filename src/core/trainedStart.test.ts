import { describe, expect, it } from 'vitest';
import { encodeCheckpoint } from './checkpoint';
import { decodeTrainedStart, encodeTrainedStart } from './trainedStart';

const checkpointText = encodeCheckpoint({
  experiment: 'toy2d', preset: 'ring8', params: { seed: 1, lrD: 0.001 },
  state: { counters: { step: 2000, dUpdates: 2000, gUpdates: 2000 }, tensors: [{ shape: [2, 2], values: Float32Array.from([1, -2, 3.5, 0]) }] },
});

describe('trained starts', () => {
  it('round-trip the checkpoint, the history and the timeline', () => {
    const text = encodeTrainedStart(
      checkpointText,
      [{ step: 0, values: { dLoss: 1.4 } }, { step: 2000, values: { dLoss: 1.38, gLoss: 0.7 } }],
      [{ step: 500, pixels: Uint8Array.from([0, 128, 255]) }],
      'webgl (test)',
    );
    const back = decodeTrainedStart(text);
    expect(back.checkpoint.experiment).toBe('toy2d');
    expect(back.checkpoint.state.counters.step).toBe(2000);
    expect(Array.from(back.checkpoint.state.tensors[0].values)).toEqual([1, -2, 3.5, 0]);
    expect(back.history).toEqual([{ step: 0, values: { dLoss: 1.4 } }, { step: 2000, values: { dLoss: 1.38, gLoss: 0.7 } }]);
    expect(Array.from(back.timeline[0].pixels)).toEqual([0, 128, 255]);
    expect(back.trainedOn).toBe('webgl (test)');
  });

  it('refuses what is not one, saying why', () => {
    expect(() => decodeTrainedStart('nope')).toThrow(/not JSON/);
    expect(() => decodeTrainedStart('{"format":"other"}')).toThrow(/not a GAN Playground trained start/);
    const good = JSON.parse(encodeTrainedStart(checkpointText, [], [], ''));
    expect(() => decodeTrainedStart(JSON.stringify({ ...good, checkpoint: { format: 'x' } }))).toThrow(/Its checkpoint/);
    expect(() => decodeTrainedStart(JSON.stringify({ ...good, history: [{ step: -1, values: {} }] }))).toThrow(/History row 0/);
    expect(() => decodeTrainedStart(JSON.stringify({ ...good, timeline: [{ step: 1, pixels: '%%' }] }))).toThrow(/Timeline frame 0/);
  });
});
