import { describe, expect, it } from 'vitest';
import { OperationQueue } from './operationQueue';

describe('OperationQueue', () => {
  it('runs operations one after another', async () => {
    const q = new OperationQueue();
    const log: string[] = [];
    const a = q.run(async () => {
      await new Promise((r) => setTimeout(r, 20));
      log.push('a');
    });
    const b = q.run(async () => {
      log.push('b');
    });
    await Promise.all([a, b]);
    expect(log).toEqual(['a', 'b']);
  });

  it('interruptAll rejects a hung operation and the queue keeps working', async () => {
    const q = new OperationQueue();
    const hung = q.run(() => new Promise<void>(() => undefined));
    const waiting = q.run(async () => 'never');
    q.interruptAll(new Error('context lost'));
    await expect(hung).rejects.toThrow('context lost');
    await expect(waiting).rejects.toThrow('context lost');
    await expect(q.run(async () => 'fresh')).resolves.toBe('fresh');
  });
});
