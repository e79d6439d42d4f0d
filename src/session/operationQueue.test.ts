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

describe('OperationQueue time bound', () => {
  it('rejects an operation that never settles, naming it, and runs the next one', async () => {
    const timeouts: string[] = [];
    const q = new OperationQueue({ timeoutMs: 30, onTimeout: (e) => timeouts.push(e.message) });
    let signal: AbortSignal | null = null;
    const hung = q.run((s) => {
      signal = s;
      return new Promise<void>(() => undefined);
    }, 'selectExperiment');
    const next = q.run(async () => 'next', 'step');
    await expect(hung).rejects.toThrow(/selectExperiment did not finish within 0\.03 s/);
    await expect(next).resolves.toBe('next');
    expect(signal!.aborted).toBe(true);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toContain('selectExperiment');
  });

  it('bounds each operation from its call: time waiting behind a hung one counts', async () => {
    const q = new OperationQueue({ timeoutMs: 40 });
    const t0 = Date.now();
    const hung = q.run(() => new Promise<void>(() => undefined), 'setParams');
    const alsoHung = q.run(() => new Promise<void>(() => undefined), 'reset');
    await expect(hung).rejects.toThrow('setParams did not finish');
    await expect(alsoHung).rejects.toThrow(/reset (did not finish|was not started)/);
    expect(Date.now() - t0).toBeLessThan(150); // not 2 × 40 ms one after the other plus slack
    await expect(q.run(async () => 'fresh')).resolves.toBe('fresh');
  });

  it('a slow operation within the bound is not affected by its neighbours', async () => {
    const q = new OperationQueue({ timeoutMs: 200 });
    const a = q.run(() => new Promise((r) => setTimeout(() => r('a'), 40)), 'a');
    const b = q.run(() => new Promise((r) => setTimeout(() => r('b'), 40)), 'b');
    await expect(a).resolves.toBe('a');
    await expect(b).resolves.toBe('b');
  });

  it('an operation that settles in time is not aborted and its error passes through', async () => {
    const q = new OperationQueue({ timeoutMs: 50 });
    let signal: AbortSignal | null = null;
    await q.run(async (s) => {
      signal = s;
    });
    expect(signal!.aborted).toBe(false);
    await expect(q.run(async () => Promise.reject(new Error('bad preset')), 'applyPreset')).rejects.toThrow('bad preset');
    await expect(q.run(() => {
      throw new Error('sync throw');
    })).rejects.toThrow('sync throw');
  });

  it('interruptAll aborts the running operation', async () => {
    const q = new OperationQueue({ timeoutMs: 10_000 });
    let signal: AbortSignal | null = null;
    const hung = q.run((s) => {
      signal = s;
      return new Promise<void>(() => undefined);
    });
    await Promise.resolve();
    await Promise.resolve();
    q.interruptAll(new Error('context lost'));
    await expect(hung).rejects.toThrow('context lost');
    expect(signal!.aborted).toBe(true);
  });

  it('an operation may be given its own bound', async () => {
    const q = new OperationQueue({ timeoutMs: 20 });
    await expect(q.run(() => new Promise((r) => setTimeout(() => r('slow start'), 60)), 'init', 1000)).resolves.toBe('slow start');
    await expect(q.run(() => new Promise<void>(() => undefined), 'init', 30)).rejects.toThrow('init did not finish within 0.03 s');
  });
});
