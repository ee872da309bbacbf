/**
 * sim://: a signal read straight from an in-process PvSource (the simulated IOC's record database),
 * with no sockets, so a device host can run a whole beamline in one process and tests can drive
 * motors with a ManualScheduler. Values, alarms and metadata convert exactly as ca:// converts them.
 *
 * Connection: the database is in-process, so a PV either exists or never will. connect() to a name
 * the source does not know rejects at once with SignalConnectError rather than waiting out the
 * timeout (the resolver already refuses such URIs with SignalSourceError). Once connected, the
 * signal stays connected until close().
 */
import { silentLogger, type Logger } from '../../../lib/log.js';
import { describeError } from '../../../lib/errors.js';
import type { PvSnapshot, PvSource, ServedPv } from '../../../epics/server/pv-source.js';
import { EventMask } from '../../../epics/protocol/mod.js';
import type { ConnectionChange, ConnectOptions, PutOptions, SignalBackend, SignalMeta, SignalReading, SignalValue, Unsubscribe } from './signal-backend.js';
import { SignalClosedError, SignalConnectError, SignalNotConnectedError, SignalPutError } from './errors.js';
import { buildMeta, toPutArray, toReading } from './dbr-conversion.js';
import { PendingOperations } from './pending-operations.js';
import { SignalListeners } from './signal-listeners.js';

export interface SimSignalOptions {
  /** Hears failures of puts nobody waits for. */
  readonly logger?: Logger;
}

/** What a CA client monitors by default (camonitor's mask): value and alarm changes, not property ones. */
const READING_EVENTS = EventMask.Value | EventMask.Alarm;

export class SimSignalBackend implements SignalBackend {
  readonly source: string;
  readonly #pvSource: PvSource;
  readonly #logger: Logger;
  readonly #puts: PendingOperations;
  readonly #listeners = new SignalListeners();
  #pv: ServedPv | undefined;
  #meta: SignalMeta | undefined;
  #reading: SignalReading | undefined;
  #unsubscribe: (() => void) | undefined;
  #closed = false;

  constructor(source: PvSource, readonly pvName: string, options: SimSignalOptions = {}) {
    this.source = `sim://${pvName}`;
    this.#pvSource = source;
    this.#logger = options.logger ?? silentLogger;
    this.#puts = new PendingOperations(this.source);
  }

  get connected(): boolean {
    return this.#pv !== undefined && !this.#closed;
  }

  connect(_options: ConnectOptions): Promise<void> {
    if (this.#closed) return Promise.reject(new SignalClosedError(this.source, 'connect'));
    if (this.#pv !== undefined) return Promise.resolve();
    const pv = this.#pvSource.find(this.pvName);
    if (pv === undefined) return Promise.reject(new SignalConnectError(this.source, `the simulated database has no PV '${this.pvName}'`));
    this.#pv = pv;
    const snapshot = pv.snapshot();
    this.#meta = metaOf(pv, snapshot);
    this.#reading = this.#toReading(snapshot);
    this.#unsubscribe = pv.subscribe((next, mask) => this.#onUpdate(next, mask));
    this.#listeners.emitConnection({ connected: true, reason: '' });
    // as a CA monitor does on connect: the first event carries the current value
    this.#listeners.emit(this.#reading);
    return Promise.resolve();
  }

  meta(): SignalMeta {
    if (this.#meta === undefined) throw new SignalNotConnectedError(this.source, 'describe');
    return this.#meta;
  }

  latest(): SignalReading | undefined {
    return this.#reading;
  }

  get(): Promise<SignalReading> {
    if (this.#closed) return Promise.reject(new SignalClosedError(this.source, 'get'));
    const pv = this.#pv;
    if (pv === undefined) return Promise.reject(new SignalNotConnectedError(this.source, 'get'));
    return Promise.resolve(this.#toReading(pv.snapshot()));
  }

  async put(value: SignalValue, options: PutOptions): Promise<void> {
    if (this.#closed) throw new SignalClosedError(this.source, 'put');
    const pv = this.#pv;
    const meta = this.#meta;
    if (pv === undefined || meta === undefined) throw new SignalNotConnectedError(this.source, 'put');
    if (!pv.writable) throw new SignalPutError(this.source, 'read-only');
    const array = toPutArray(value, meta, this.source);
    const work = startPut(pv, array).catch((error: unknown) => {
      throw new SignalPutError(this.source, describeError(error), { cause: error });
    });
    if (!options.wait) {
      // fire and forget, as a CA put without callback: a refusal is only logged
      work.catch((error: unknown) => this.#logger.warn(describeError(error)));
      return;
    }
    await this.#puts.track(work, { operation: 'put', timeoutMs: options.timeoutMs, signal: options.signal });
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
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#puts.failAll((operation) => new SignalClosedError(this.source, operation));
    this.#listeners.clear();
  }

  #onUpdate(snapshot: PvSnapshot, mask: number): void {
    const pv = this.#pv;
    if (pv === undefined || this.#closed) return;
    // a renamed enum state or new limits arrive as property events; the next reading uses them
    if ((mask & EventMask.Property) !== 0) this.#meta = metaOf(pv, snapshot);
    if ((mask & READING_EVENTS) === 0) return;
    this.#reading = this.#toReading(snapshot);
    this.#listeners.emit(this.#reading);
  }

  #toReading(snapshot: PvSnapshot): SignalReading {
    if (this.#meta === undefined) throw new SignalNotConnectedError(this.source, 'read');
    return toReading(snapshot, snapshot.timestampMs / 1000, this.#meta);
  }
}

function metaOf(pv: ServedPv, snapshot: PvSnapshot): SignalMeta {
  return buildMeta({
    kind: pv.nativeType, count: pv.count, units: snapshot.units, precision: snapshot.precision,
    control: snapshot.control, enumStrings: snapshot.enumStrings, writable: pv.writable,
  });
}

/** A put that throws synchronously fails like one that rejects (as the CA server treats it). */
function startPut(pv: ServedPv, value: number[] | string[]): Promise<void> {
  try {
    return pv.put(value);
  } catch (error) {
    return Promise.reject(error);
  }
}
