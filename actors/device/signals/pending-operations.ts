/**
 * Operations a backend has started and must be able to end from outside: by their deadline, by the
 * caller's AbortSignal, or all at once when the connection drops or the signal closes. Each ends
 * exactly once; whatever the underlying work does afterwards is ignored (a CA put-callback that
 * arrives after the caller gave up must not become an unhandled rejection).
 */
import { SignalAbortedError, SignalTimeoutError } from './errors.js';

export interface TrackOptions {
  readonly operation: string;
  /** No deadline when absent. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** The error at the deadline; SignalTimeoutError by default. */
  readonly timeoutError?: () => Error;
}

interface Entry {
  readonly operation: string;
  fail(error: Error): void;
}

export class PendingOperations {
  readonly #entries = new Set<Entry>();

  constructor(private readonly source: string) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Settles as `work` does, unless the deadline, an abort or `failAll` comes first. */
  track<T>(work: Promise<T>, options: TrackOptions): Promise<T> {
    const { operation, timeoutMs, signal } = options;
    if (signal?.aborted) {
      work.catch(() => undefined);
      return Promise.reject(new SignalAbortedError(this.source, operation));
    }
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = (settle: () => void): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#entries.delete(entry);
        settle();
      };
      const entry: Entry = { operation, fail: (error) => finish(() => reject(error)) };
      const onAbort = (): void => entry.fail(new SignalAbortedError(this.source, operation));
      const timer = timeoutMs === undefined
        ? undefined
        : setTimeout(() => entry.fail(options.timeoutError?.() ?? new SignalTimeoutError(this.source, operation, timeoutMs)), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#entries.add(entry);
      work.then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
      );
    });
  }

  /** Ends every pending operation with the error `makeError` builds for it. */
  failAll(makeError: (operation: string) => Error): void {
    for (const entry of [...this.#entries]) entry.fail(makeError(entry.operation));
  }
}
