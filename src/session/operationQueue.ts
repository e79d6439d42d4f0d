/**
 * Runs operations one after another, never overlapping. interruptAll() makes every queued or running operation
 * reject at once (used when the GPU context is lost: their readbacks would never arrive) and starts a fresh queue.
 */
export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private interrupt = makeInterrupt();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const { promise: interrupted } = this.interrupt;
    const interrupt = this.interrupt;
    // An operation queued before an interrupt never starts; one running when it comes is abandoned.
    const guarded = () => (interrupt.fired ? interrupted : Promise.race([fn(), interrupted]));
    const next = this.tail.then(guarded, guarded);
    this.tail = next.catch(() => undefined);
    return next;
  }

  interruptAll(reason: Error): void {
    const interrupt = this.interrupt;
    this.interrupt = makeInterrupt();
    interrupt.fired = true;
    interrupt.reject(reason);
    this.tail = Promise.resolve();
  }
}

interface Interrupt {
  promise: Promise<never>;
  fired: boolean;
  reject(e: Error): void;
}

function makeInterrupt(): Interrupt {
  let reject: (e: Error) => void = () => undefined;
  const promise = new Promise<never>((_, r) => {
    reject = r;
  });
  promise.catch(() => undefined); // nothing may be racing it
  return { promise, reject, fired: false };
}
