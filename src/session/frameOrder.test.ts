import { describe, expect, it } from 'vitest';
import { FrameOrder } from './frameOrder';

describe('FrameOrder', () => {
  it('shows frames in the order they were asked for, never an earlier over a later one', () => {
    const order = new FrameOrder();
    const first = order.ask();
    const second = order.ask();
    const third = order.ask();
    expect(order.show(second)).toBe(true);
    expect(order.show(first)).toBe(false); // arrived late: a later frame is on screen
    expect(order.show(third)).toBe(true);
    expect(order.show(third)).toBe(true); // the same frame again (a redraw) is not older
  });
});
