/**
 * Runs operations one after another, never overlapping, each within a time bound once it has started: one that has
 * not settled by then is rejected with an Error naming it, its AbortSignal fires (so work that wakes up later can
 * see it was abandoned and change nothing), and the next operation starts. interruptAll() makes every queued or
 * running operation reject at once (used when the GPU context is lost: their readbacks would never arrive) and
 * starts a fresh queue.
 */
export interface OperationQueueOptions {
  /** How long a started operation may take before it is abandoned; 30 s unless told. */
  timeoutMs?: number;
  /** Told when an operation was abandoned for taking too long (e.g. to show a notice). */
  onTimeout?: (error: Error) => void;
}

export const DEFAULT_OPERATION_TIMEOUT_MS = 30_000;

export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private interrupt = makeInterrupt();
  /** The running operation's controller, aborted when it times out or is interrupted. */
  private active: AbortController | null = null;
  private readonly timeoutMs: number;
  private readonly onTimeout: (error: Error) => void;

  constructor(options: OperationQueueOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
    this.onTimeout = options.onTimeout ?? (() => undefined);
  }

  /** Queues fn; `name` (e.g. 'selectExperiment') is what a time-out names. */
  run<T>(fn: (signal: AbortSignal) => Promise<T>, name = 'operation'): Promise<T> {
    const interrupt = this.interrupt;
    // An operation queued before an interrupt never starts; one running when it comes is abandoned.
    const guarded = (): Promise<T> => {
      if (interrupt.fired) return interrupt.promise;
      const controller = new AbortController();
      this.active = controller;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const seconds = Number((this.timeoutMs / 1000).toFixed(3));
          const error = new Error(`${name} did not finish within ${seconds} s and was abandoned`);
          controller.abort(error);
          reject(error);
          this.onTimeout(error);
        }, this.timeoutMs);
      });
      let work: Promise<T>;
      try {
        work = fn(controller.signal);
      } catch (e) {
        work = Promise.reject(e);
      }
      return Promise.race([work, interrupt.promise, timedOut]).finally(() => {
        clearTimeout(timer);
        if (this.active === controller) this.active = null;
      });
    };
    const next = this.tail.then(guarded, guarded);
    this.tail = next.catch(() => undefined);
    return next;
  }

  interruptAll(reason: Error): void {
    const interrupt = this.interrupt;
    this.interrupt = makeInterrupt();
    interrupt.fired = true;
    interrupt.reject(reason);
    this.active?.abort(reason);
    this.active = null;
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
