/**
 * Runs operations one after another, never overlapping, and every one settles within a time bound of being called,
 * whatever else is in flight: one still waiting for its turn then is rejected and never starts; one still running is
 * rejected with an Error naming it, its AbortSignal fires (so work that wakes up later can see it was abandoned and
 * change nothing), and the next operation starts. interruptAll() makes every queued or
 * running operation reject at once (used when the GPU context is lost: their readbacks would never arrive) and
 * starts a fresh queue.
 */
export interface OperationQueueOptions {
  /** How long after its call an operation is given up (waiting included); DEFAULT_OPERATION_TIMEOUT_MS unless told. */
  timeoutMs?: number;
  /** Told when an operation was abandoned for taking too long (e.g. to show a notice). */
  onTimeout?: (error: Error) => void;
}

/** 25 s: whoever calls sees every operation settle within 30 s, with time to spare for the reply to arrive. */
export const DEFAULT_OPERATION_TIMEOUT_MS = 25_000;

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

  /** Queues fn; `name` (e.g. 'selectExperiment') is what a time-out names; `timeoutMs` overrides the bound. */
  run<T>(fn: (signal: AbortSignal) => Promise<T>, name = 'operation', timeoutMs = this.timeoutMs): Promise<T> {
    const interrupt = this.interrupt;
    const controller = new AbortController();
    let started = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The bound counts from the call, so time spent waiting behind other operations counts too.
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const seconds = Number((timeoutMs / 1000).toFixed(3));
        const error = started
          ? new Error(`${name} did not finish within ${seconds} s and was abandoned`)
          : new Error(`${name} was not started: the operations before it took over ${seconds} s`);
        controller.abort(error);
        reject(error);
        this.onTimeout(error);
      }, timeoutMs);
    });
    timedOut.catch(() => undefined);
    // An operation queued before an interrupt, or given up while waiting, never starts; one running is abandoned.
    const guarded = (): Promise<T> => {
      if (interrupt.fired) return interrupt.promise;
      if (controller.signal.aborted) return timedOut;
      started = true;
      this.active = controller;
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
    // The caller hears of a time-out at once, even while the operation is still waiting for its turn.
    return Promise.race([next, timedOut]).finally(() => clearTimeout(timer));
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
