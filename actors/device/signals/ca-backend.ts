/**
 * ca://: a signal over Channel Access, through brightline's own CA client. One DBR_TIME monitor
 * per signal, opened on the first connect() and kept until close(): the client keeps searching for
 * its PV and restores the subscription after an IOC restart, so a signal whose IOC starts late (or
 * comes back) connects by itself and says so through onConnection.
 *
 * A connection counts once the channel is up, its CTRL metadata is fetched (again after every
 * reconnect: the IOC may have been rebuilt with other limits or states) and a monitor value of that
 * connection has arrived, so `latest()` is never older than the connection it belongs to.
 */
import type { CaClient, CaMonitor, CaValue, ConnectionEvent } from '../../../epics/client/mod.js';
import {
  CaAccessDeniedError, CaStatusError, CaTimeoutError, CaValueError, ChannelDisconnectedError, ClientClosedError,
} from '../../../epics/client/mod.js';
import { fromEpicsTimestamp } from '../../../epics/protocol/mod.js';
import { describeError } from '../../../lib/errors.js';
import type { ConnectionChange, ConnectOptions, PutOptions, SignalBackend, SignalMeta, SignalReading, SignalValue, Unsubscribe } from './signal-backend.js';
import {
  SignalAbortedError, SignalClosedError, SignalConnectError, SignalDisconnectedError, SignalNotConnectedError, SignalPutError, SignalTimeoutError,
} from './errors.js';
import { buildMeta, nativeKindOf, toPutArray, toReading } from './dbr-conversion.js';
import { PendingOperations } from './pending-operations.js';
import { SignalListeners } from './signal-listeners.js';

/** After a failed metadata read on a live channel, or a monitor the server refused, ask again this much later. */
const RETRY_MS = 1000;

export class CaSignalBackend implements SignalBackend {
  readonly source: string;
  readonly #client: CaClient;
  readonly #connects: PendingOperations;
  readonly #puts: PendingOperations;
  readonly #listeners = new SignalListeners();
  readonly #connectWaiters = new Set<() => void>();
  #monitor: CaMonitor | undefined;
  #stopMonitor: (() => void) | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  /** The channel is up as far as the client told us; `connected` also needs meta and a value. */
  #linkUp = false;
  #connected = false;
  /** Counts link changes, so a metadata read that outlived its connection is discarded. */
  #session = 0;
  #meta: SignalMeta | undefined;
  #metaSession = -1;
  /** The last monitor value, kept raw: it can arrive before the metadata needed to convert it. */
  #raw: CaValue | undefined;
  #rawSession = -1;
  #reading: SignalReading | undefined;
  #lastProblem = '';
  #closed = false;

  constructor(client: CaClient, readonly pvName: string) {
    this.source = `ca://${pvName}`;
    this.#client = client;
    this.#connects = new PendingOperations(this.source);
    this.#puts = new PendingOperations(this.source);
  }

  get connected(): boolean {
    return this.#connected;
  }

  connect(options: ConnectOptions): Promise<void> {
    if (this.#closed) return Promise.reject(new SignalClosedError(this.source, 'connect'));
    if (this.#connected) return Promise.resolve();
    let resolveConnected: () => void = () => undefined;
    const connected = new Promise<void>((resolve) => {
      resolveConnected = resolve;
      this.#connectWaiters.add(resolve);
    });
    try {
      this.#openMonitor();
    } catch (error) {
      this.#connectWaiters.delete(resolveConnected);
      return Promise.reject(this.#connectError(describeError(error), error));
    }
    const pending = this.#connects.track(connected, {
      operation: 'connect', timeoutMs: options.timeoutMs, signal: options.signal,
      timeoutError: () => this.#connectError(this.#waitingFor(options.timeoutMs)),
    });
    // the monitor stays open whatever happens to this one caller: a later connect is reported through onConnection
    return pending.finally(() => this.#connectWaiters.delete(resolveConnected));
  }

  meta(): SignalMeta {
    if (this.#meta === undefined) throw new SignalNotConnectedError(this.source, 'describe');
    return this.#meta;
  }

  latest(): SignalReading | undefined {
    return this.#reading;
  }

  async get(options: { timeoutMs?: number } = {}): Promise<SignalReading> {
    if (this.#closed) throw new SignalClosedError(this.source, 'get');
    const meta = this.#meta;
    if (!this.#connected || meta === undefined) throw new SignalNotConnectedError(this.source, 'get');
    try {
      const value = await this.#client.get(this.pvName, { dbrClass: 'time', timeoutMs: options.timeoutMs });
      return toReading(value, timestampOf(value), meta);
    } catch (error) {
      throw this.#mapError('get', error, options.timeoutMs);
    }
  }

  async put(value: SignalValue, options: PutOptions): Promise<void> {
    if (this.#closed) throw new SignalClosedError(this.source, 'put');
    const meta = this.#meta;
    if (!this.#connected || meta === undefined) throw new SignalNotConnectedError(this.source, 'put');
    const array = toPutArray(value, meta, this.source);
    // abandoned before it started: nothing goes on the wire
    if (options.signal?.aborted) throw new SignalAbortedError(this.source, 'put');
    const work = this.#client.put(this.pvName, array, { wait: options.wait, timeoutMs: options.timeoutMs }).catch((error: unknown) => {
      throw this.#mapError('put', error, options.timeoutMs);
    });
    // without wait this settles once the WRITE is on the wire; the server's refusal is only logged by the client
    return this.#puts.track(work, { operation: 'put', timeoutMs: options.timeoutMs, signal: options.signal });
  }

  subscribe(listener: (reading: SignalReading) => void): Unsubscribe {
    return this.#listeners.subscribe(listener);
  }

  onConnection(listener: (change: ConnectionChange) => void): Unsubscribe {
    return this.#listeners.onConnection(listener);
  }

  /**
   * Closes the monitor and fails what is pending. The client has no call to drop a channel, so the
   * channel itself stays in the client (searched for, or connected) until the client closes.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#connected = false;
    this.#linkUp = false;
    this.#session += 1;
    clearTimeout(this.#retryTimer);
    this.#stopMonitor?.();
    this.#monitor?.close();
    this.#monitor = undefined;
    this.#puts.failAll((operation) => new SignalClosedError(this.source, operation));
    this.#connects.failAll((operation) => new SignalClosedError(this.source, operation));
    this.#listeners.clear();
  }

  // ---- the monitor and the connection it reports -------------------------------------------------

  #openMonitor(): void {
    if (this.#monitor !== undefined || this.#closed) return;
    const monitor = this.#client.monitor(this.pvName, { dbrClass: 'time' });
    this.#monitor = monitor;
    const stopValues = monitor.subscribe((value) => this.#onValue(value), (error) => this.#onMonitorError(monitor, error));
    const stopConnection = monitor.onConnection((event) => this.#onConnectionEvent(event));
    this.#stopMonitor = () => {
      stopValues();
      stopConnection();
    };
  }

  #onConnectionEvent(event: ConnectionEvent): void {
    if (event.connected) this.#linkIsUp();
    else this.#linkIsDown(event.reason ?? 'disconnected');
  }

  #onValue(value: CaValue): void {
    if (this.#closed) return;
    // a value is proof of a live channel: the channel may have been connected (by another user of
    // the same client) before this monitor existed, in which case no connection event comes
    if (!this.#linkUp) this.#linkIsUp();
    this.#raw = value;
    this.#rawSession = this.#session;
    if (this.#metaSession !== this.#session) return; // converted once the metadata is in
    if (!this.#connected) {
      this.#completeConnection();
      return;
    }
    this.#deliver(value);
  }

  #onMonitorError(monitor: CaMonitor, error: Error): void {
    this.#lastProblem = error.message;
    // a subscription the server refused ends the client's monitor; open a new one rather than go deaf
    if (!monitor.closed || this.#closed || this.#monitor !== monitor) return;
    this.#stopMonitor?.();
    this.#monitor = undefined;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#openMonitor(), RETRY_MS);
  }

  #linkIsUp(): void {
    if (this.#linkUp || this.#closed) return;
    this.#linkUp = true;
    this.#session += 1;
    void this.#fetchMeta(this.#session);
  }

  #linkIsDown(reason: string): void {
    if (!this.#linkUp || this.#closed) return;
    this.#linkUp = false;
    this.#session += 1;
    this.#lastProblem = reason;
    clearTimeout(this.#retryTimer);
    // the client fails put-callbacks when the circuit dies, but not when the server drops one channel
    this.#puts.failAll((operation) => new SignalDisconnectedError(this.source, operation, reason));
    if (!this.#connected) return;
    this.#connected = false;
    this.#listeners.emitConnection({ connected: false, reason });
  }

  async #fetchMeta(session: number): Promise<void> {
    try {
      const channel = await this.#client.channel(this.pvName);
      const ctrl = await this.#client.get(channel, { dbrClass: 'control' });
      if (session !== this.#session) return;
      const kind = nativeKindOf(channel.nativeType);
      if (kind === undefined) throw new Error(`unsupported native type ${channel.nativeType}`);
      this.#meta = buildMeta({
        kind, count: channel.count, units: ctrl.units, precision: ctrl.precision, control: ctrl.control,
        enumStrings: ctrl.enumStrings, writable: channel.canWrite,
      });
      this.#metaSession = session;
      if (this.#rawSession === session) this.#completeConnection();
    } catch (error) {
      if (session !== this.#session) return;
      this.#lastProblem = `reading its metadata failed: ${describeError(error)}`;
      clearTimeout(this.#retryTimer);
      this.#retryTimer = setTimeout(() => {
        if (session === this.#session) void this.#fetchMeta(session);
      }, RETRY_MS);
    }
  }

  #completeConnection(): void {
    const raw = this.#raw;
    if (raw === undefined || this.#connected || this.#closed) return;
    this.#connected = true;
    this.#lastProblem = '';
    for (const resolve of [...this.#connectWaiters]) resolve();
    this.#listeners.emitConnection({ connected: true, reason: '' });
    this.#deliver(raw);
  }

  #deliver(value: CaValue): void {
    const meta = this.#meta;
    if (meta === undefined) return;
    const reading = toReading(value, timestampOf(value), meta);
    this.#reading = reading;
    this.#listeners.emit(reading);
  }

  // ---- errors ------------------------------------------------------------------------------------

  #waitingFor(timeoutMs: number): string {
    const stage = this.#linkUp
      ? 'the channel is up but its metadata and first value did not arrive'
      : this.#reading === undefined ? 'no server answered the search' : 'the lost connection did not come back';
    const detail = this.#lastProblem === '' ? '' : ` (${this.#lastProblem})`;
    return `${stage} within ${timeoutMs} ms${detail}; still trying in the background`;
  }

  #connectError(reason: string, cause?: unknown): SignalConnectError {
    return new SignalConnectError(this.source, reason, cause === undefined ? undefined : { cause });
  }

  /** CA client failures as signal errors; anything unexpected passes through unchanged. */
  #mapError(operation: string, error: unknown, timeoutMs: number | undefined): unknown {
    if (error instanceof CaTimeoutError) return new SignalTimeoutError(this.source, operation, timeoutMs ?? error.timeoutMs, { cause: error });
    if (error instanceof ChannelDisconnectedError) return new SignalDisconnectedError(this.source, operation, error.message, { cause: error });
    if (error instanceof ClientClosedError) return new SignalClosedError(this.source, operation);
    if (operation !== 'put') return error;
    if (error instanceof CaAccessDeniedError) return new SignalPutError(this.source, 'no write access', { cause: error });
    if (error instanceof CaStatusError || error instanceof CaValueError) {
      return new SignalPutError(this.source, error.message, { cause: error });
    }
    return error;
  }
}

/** Unix seconds of a DBR_TIME value (EPICS counts from 1990); now for a value without one. */
function timestampOf(value: CaValue): number {
  return value.timestamp === undefined ? Date.now() / 1000 : fromEpicsTimestamp(value.timestamp) / 1000;
}
