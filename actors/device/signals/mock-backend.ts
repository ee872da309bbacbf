/**
 * A signal that a test drives: set its value, hold or fail its puts, cut and restore its
 * connection. Devices use it exactly as they use ca://, so a test exercises the real device code.
 * `onPut` lets a test add physics (a put to a motor's VAL moves its RBV).
 */
import { AlarmSeverity, SignalDtype, type ConnectionChange, type ConnectOptions, type PutOptions, type SignalBackend, type SignalMeta, type SignalReading, type SignalValue, type Unsubscribe } from './signal-backend.js';
import { SignalAbortedError, SignalClosedError, SignalConnectError, SignalDisconnectedError, SignalNotConnectedError, SignalPutError, SignalTimeoutError } from './errors.js';
import { SignalListeners } from './signal-listeners.js';

export interface MockSignalOptions {
  readonly value?: SignalValue;
  readonly meta?: Partial<SignalMeta>;
  /** Starts unreachable: connect() times out until `reconnect()`. */
  readonly unreachable?: boolean;
  /** Wall time in seconds for timestamps. */
  readonly now?: () => number;
}

/** A put the test has not let through yet. */
export interface HeldPut {
  readonly value: SignalValue;
  readonly wait: boolean;
  release(): void;
  fail(reason: string): void;
}

interface Waiter {
  settle(error?: Error): void;
}

/**
 * A promise and the waiter that settles it, kept in `waiters` until it settles: through the waiter
 * (synchronously, as a test drives it), at `timeoutMs` or on an abort. Unlike PendingOperations, a
 * signal already aborted when this starts is not refused: only a later abort ends the wait.
 */
function startWaiter(
  waiters: Set<Waiter>,
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
  timeoutError: () => Error,
  abortError: () => Error,
): { readonly done: Promise<void>; readonly waiter: Waiter } {
  let finish: (error?: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve());
  });
  const timer = setTimeout(() => waiter.settle(timeoutError()), options.timeoutMs);
  const onAbort = (): void => waiter.settle(abortError());
  const waiter: Waiter = {
    settle: (error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      waiters.delete(waiter);
      finish(error);
    },
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  waiters.add(waiter);
  return { done, waiter };
}

export class MockSignalBackend implements SignalBackend {
  readonly puts: SignalValue[] = [];
  #reading: SignalReading;
  #meta: SignalMeta;
  #connected = false;
  #everConnected = false;
  #reachable: boolean;
  #holding = false;
  #closed = false;
  readonly #held: HeldPut[] = [];
  readonly #now: () => number;
  readonly #listeners = new SignalListeners();
  readonly #connectWaiters = new Set<Waiter>();
  readonly #putWaiters = new Set<Waiter>();
  /** Called after every accepted put, before it completes: a test's physics. */
  onPut: ((value: SignalValue, signal: MockSignalBackend) => void | Promise<void>) | undefined;

  constructor(readonly source: string, options: MockSignalOptions = {}) {
    this.#now = options.now ?? ((): number => Date.now() / 1000);
    const value = options.value ?? 0;
    this.#reading = { value, timestamp: this.#now(), severity: AlarmSeverity.NoAlarm, status: '' };
    this.#meta = {
      dtype: typeof value === 'string' ? SignalDtype.String : Array.isArray(value) ? SignalDtype.Array : SignalDtype.Number,
      shape: Array.isArray(value) ? [value.length] : [],
      units: '',
      precision: 3,
      writable: true,
      ...options.meta,
    };
    this.#reachable = !options.unreachable;
  }

  get connected(): boolean {
    return this.#connected;
  }

  /** Puts waiting for `release()` while `holdPuts()` is on. */
  get held(): readonly HeldPut[] {
    return this.#held;
  }

  connect(options: ConnectOptions): Promise<void> {
    if (this.#closed) return Promise.reject(new SignalClosedError(this.source, 'connect'));
    if (this.#connected) return Promise.resolve();
    if (this.#reachable) {
      this.#markConnected();
      return Promise.resolve();
    }
    return startWaiter(
      this.#connectWaiters,
      options,
      () => new SignalConnectError(this.source, `no answer within ${options.timeoutMs} ms`),
      () => new SignalAbortedError(this.source, 'connect'),
    ).done;
  }

  meta(): SignalMeta {
    if (!this.#everConnected) throw new SignalNotConnectedError(this.source, 'describe');
    return this.#meta;
  }

  latest(): SignalReading | undefined {
    return this.#everConnected ? this.#reading : undefined;
  }

  get(): Promise<SignalReading> {
    if (!this.#connected) return Promise.reject(new SignalNotConnectedError(this.source, 'get'));
    return Promise.resolve(this.#reading);
  }

  async put(value: SignalValue, options: PutOptions): Promise<void> {
    if (this.#closed) throw new SignalClosedError(this.source, 'put');
    if (!this.#connected) throw new SignalNotConnectedError(this.source, 'put');
    if (!this.#meta.writable) throw new SignalPutError(this.source, 'read-only');
    this.puts.push(value);
    const { done: completion, waiter } = startWaiter(
      this.#putWaiters,
      options,
      () => new SignalTimeoutError(this.source, 'put', options.timeoutMs),
      () => new SignalAbortedError(this.source, 'put'),
    );
    const accept = async (): Promise<void> => {
      try {
        if (this.onPut) await this.onPut(value, this);
        else this.setValue(value);
        waiter.settle();
      } catch (error) {
        waiter.settle(error instanceof Error ? error : new Error(String(error)));
      }
    };
    if (this.#holding) {
      this.#held.push({
        value,
        wait: options.wait,
        release: () => void accept(),
        fail: (reason) => waiter.settle(new SignalPutError(this.source, reason)),
      });
    } else {
      void accept();
    }
    if (options.wait) await completion;
    else completion.catch(() => undefined);
  }

  subscribe(listener: (reading: SignalReading) => void): Unsubscribe {
    return this.#listeners.subscribe(listener);
  }

  onConnection(listener: (change: ConnectionChange) => void): Unsubscribe {
    return this.#listeners.onConnection(listener);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#connected = false;
    for (const waiter of [...this.#putWaiters]) waiter.settle(new SignalClosedError(this.source, 'put'));
    for (const waiter of [...this.#connectWaiters]) waiter.settle(new SignalClosedError(this.source, 'connect'));
    this.#listeners.clear();
  }

  // ---- what tests drive ----

  /** Posts a new value (and alarm) as a monitor update. */
  setValue(value: SignalValue, alarm: { severity?: AlarmSeverity; status?: string } = {}): void {
    this.#reading = { value, timestamp: this.#now(), severity: alarm.severity ?? AlarmSeverity.NoAlarm, status: alarm.status ?? '' };
    if (!this.#connected) return;
    this.#listeners.emit(this.#reading);
  }

  setMeta(meta: Partial<SignalMeta>): void {
    this.#meta = { ...this.#meta, ...meta };
  }

  /** From now on puts wait in `held` until released or failed. */
  holdPuts(): void {
    this.#holding = true;
  }

  /** Lets held puts through and stops holding. */
  releasePuts(): void {
    this.#holding = false;
    for (const put of this.#held.splice(0)) put.release();
  }

  /** Cuts the connection: pending puts fail as an IOC going away would fail them. */
  disconnect(reason = 'server went away'): void {
    this.#reachable = false;
    if (!this.#connected) return;
    this.#connected = false;
    this.#held.splice(0);
    for (const waiter of [...this.#putWaiters]) waiter.settle(new SignalDisconnectedError(this.source, 'put', reason));
    this.#listeners.emitConnection({ connected: false, reason });
  }

  /** Restores the connection (or lets a pending connect succeed). */
  reconnect(): void {
    this.#reachable = true;
    if (this.#connected || this.#closed) return;
    this.#markConnected();
  }

  #markConnected(): void {
    this.#connected = true;
    this.#everConnected = true;
    this.#reading = { ...this.#reading, timestamp: this.#now() };
    for (const waiter of [...this.#connectWaiters]) waiter.settle();
    this.#listeners.emitConnection({ connected: true, reason: '' });
  }
}

/** The mock:// scheme: one backend per URI, created on first use so tests can reach it by name. */
export class MockSignalRegistry {
  readonly #signals = new Map<string, MockSignalBackend>();
  readonly #defaults = new Map<string, MockSignalOptions>();

  /** Presets what a signal starts as, before a device creates it. */
  define(source: string, options: MockSignalOptions): void {
    this.#defaults.set(source, options);
  }

  get(source: string): MockSignalBackend {
    let signal = this.#signals.get(source);
    if (!signal) {
      signal = new MockSignalBackend(source, this.#defaults.get(source) ?? {});
      this.#signals.set(source, signal);
    }
    return signal;
  }

  /** A signal a device has already created; throws when none has, so a test's typo is loud. */
  existing(source: string): MockSignalBackend {
    const signal = this.#signals.get(source);
    if (!signal) throw new Error(`no mock signal '${source}' was created; known: ${[...this.#signals.keys()].join(', ')}`);
    return signal;
  }

  all(): MockSignalBackend[] {
    return [...this.#signals.values()];
  }
}
