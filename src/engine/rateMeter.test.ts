import { describe, expect, it } from 'vitest';
import { RateMeter } from './rateMeter';

describe('RateMeter', () => {
  it('counts events in the last second only', () => {
    const m = new RateMeter();
    m.add(0, 5);
    m.add(500, 5);
    expect(m.rate(900)).toBe(10);
    expect(m.rate(1400)).toBe(5);
    expect(m.rate(3000)).toBe(0);
  });

  it('after a restart (a new speed) counts only what came since, over the time since', () => {
    const m = new RateMeter();
    // 100 steps per frame at 10 frames a second, then a switch to 4 steps per frame at 8 frames a second
    for (let t = 0; t <= 1000; t += 100) m.add(t, 100);
    m.restart(1000);
    expect(m.rate(1100)).toBe(0);
    for (let t = 1125; t <= 1500; t += 125) m.add(t, 4);
    expect(m.rate(1500)).toBe(32); // 4 frames of 4 steps in 0.5 s; the 100-step frames are gone
    m.add(1625, 4);
    // the first frame after a restart is not yet a rate: divided by 0.25 s, not by the 0.125 s it took
    const early = new RateMeter();
    early.restart(0);
    early.add(125, 4);
    expect(early.rate(125)).toBe(16);
    // a second after the restart it is the sliding window again
    for (let t = 1750; t <= 2200; t += 125) m.add(t, 4);
    expect(m.rate(2200)).toBe(32);
    m.clear();
    expect(m.rate(2300)).toBe(0);
  });
});
