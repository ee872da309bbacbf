/**
 * A subscription to one PV, usable as an observable (`subscribe`) and as an async iterable. It
 * survives reconnects: the client re-adds the subscription on the new circuit, and listeners keep
 * receiving values; connection changes are reported separately so values stay plain values.
 */
import type { ConnectionEvent, ConnectionListener } from './channel.js';
import type { CaValue } from './values.js';

export type MonitorListener = (value: CaValue) => void;
export type MonitorErrorListener = (error: Error) => void;

interface Subscriber {
  next: MonitorListener;
  error: MonitorErrorListener | undefined;
}

/** Iterators drop their oldest queued values beyond this, so a stalled consumer cannot grow memory. */
const MAX_QUEUED = 10_000;

export class CaMonitor implements AsyncIterable<CaValue> {
  readonly #subscribers = new Set<Subscriber>();
  readonly #connectionListeners = new Set<ConnectionListener>();
  readonly #iterators = new Set<MonitorIterator>();
  readonly #onClose: () => void;
  #latest: CaValue | undefined;
  #closed = false;
  #failure: Error | undefined;

  /** @internal monitors are made by CaClient.monitor(). */
  constructor(readonly name: string, onClose: () => void) {
    this.#onClose = onClose;
  }

  /** The most recent value, if any arrived yet. */
  get latest(): CaValue | undefined {
    return this.#latest;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Calls `listener` with every update, starting with the latest one if there is one; `onError`
   * hears failures (PV not found yet, subscription refused). Returns the unsubscribe.
   */
  subscribe(listener: MonitorListener, onError?: MonitorErrorListener): () => void {
    const subscriber: Subscriber = { next: listener, error: onError };
    this.#subscribers.add(subscriber);
    if (this.#latest !== undefined) listener(this.#latest);
    if (this.#failure !== undefined) onError?.(this.#failure);
    return () => this.#subscribers.delete(subscriber);
  }

  /** Hears the channel disconnect and reconnect while the monitor is open. */
  onConnection(listener: ConnectionListener): () => void {
    this.#connectionListeners.add(listener);
    return () => this.#connectionListeners.delete(listener);
  }

  [Symbol.asyncIterator](): AsyncIterator<CaValue> {
    const iterator = new MonitorIterator(this.#latest, () => this.#iterators.delete(iterator));
    if (this.#closed) iterator.end(this.#failure);
    else this.#iterators.add(iterator);
    return iterator;
  }

  /** Cancels the subscription on the server and ends every iterator. */
  close(): void {
    this.#finish(undefined);
  }

  /** @internal */
  deliver(value: CaValue): void {
    if (this.#closed) return;
    this.#latest = value;
    for (const subscriber of [...this.#subscribers]) subscriber.next(value);
    for (const iterator of this.#iterators) iterator.push(value);
  }

  /** @internal a failure the monitor outlives (it keeps trying). */
  report(error: Error): void {
    if (this.#closed) return;
    for (const subscriber of [...this.#subscribers]) subscriber.error?.(error);
  }

  /** @internal a failure that ends the monitor; iterators throw it. */
  fail(error: Error): void {
    this.report(error);
    this.#finish(error);
  }

  /** @internal */
  connection(event: ConnectionEvent): void {
    if (this.#closed) return;
    for (const listener of [...this.#connectionListeners]) listener(event);
  }

  #finish(error: Error | undefined): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#failure = error;
    for (const iterator of [...this.#iterators]) iterator.end(error);
    this.#iterators.clear();
    this.#subscribers.clear();
    this.#connectionListeners.clear();
    this.#onClose();
  }
}

class MonitorIterator implements AsyncIterator<CaValue> {
  readonly #queue: CaValue[] = [];
  readonly #detach: () => void;
  #waiting: { resolve: (result: IteratorResult<CaValue>) => void; reject: (error: Error) => void } | undefined;
  #done = false;
  #error: Error | undefined;

  constructor(latest: CaValue | undefined, detach: () => void) {
    if (latest !== undefined) this.#queue.push(latest);
    this.#detach = detach;
  }

  push(value: CaValue): void {
    const waiting = this.#waiting;
    if (waiting !== undefined) {
      this.#waiting = undefined;
      waiting.resolve({ value, done: false });
      return;
    }
    this.#queue.push(value);
    if (this.#queue.length > MAX_QUEUED) this.#queue.shift();
  }

  end(error: Error | undefined): void {
    this.#done = true;
    this.#error = error;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting === undefined) return;
    if (error === undefined) waiting.resolve({ value: undefined, done: true });
    else waiting.reject(error);
  }

  next(): Promise<IteratorResult<CaValue>> {
    const value = this.#queue.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.#done) {
      const error = this.#error;
      this.#error = undefined; // thrown once, then the iterator is simply done
      return error === undefined ? Promise.resolve({ value: undefined, done: true }) : Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  /** `break` out of for-await lands here: this iterator stops, the monitor stays open for others. */
  return(): Promise<IteratorResult<CaValue>> {
    this.#done = true;
    this.#queue.length = 0;
    this.#detach();
    return Promise.resolve({ value: undefined, done: true });
  }
}
