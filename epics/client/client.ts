/**
 * The Channel Access client: name search over UDP, one TCP circuit per server shared by all its
 * channels, async get/put and observable monitors that are restored by themselves after the
 * server comes back. The role libca plays for pyepics, in TypeScript.
 */
import {
  Command, EventMask, NativeType, clearChannel, createChannelRequest, dbrCode, decodeDbr, describeEcaStatus, eventAddRequest, eventCancel,
  isEcaSuccess, isEventCancelConfirmation, parseErrorMessage, readNotifyRequest, writeNotifyRequest, writeRequest,
  type CaMessage, type DbrClass,
} from '../protocol/mod.js';
import { BeaconListener, beaconFilter } from './beacons.js';
import { Channel } from './channel.js';
import { Circuit } from './circuit.js';
import { resolveConfig, type CaClientConfig, type CaClientOptions } from './config.js';
import {
  CaAccessDeniedError, CaStatusError, CaTimeoutError, ChannelCreateError, ChannelDisconnectedError, ChannelNotFoundError, ClientClosedError,
  type CaErrorContext,
} from './errors.js';
import { CaMonitor } from './monitor.js';
import { PendingRequests } from './requests.js';
import { NameSearcher, serverKey, type ServerAddress } from './search.js';
import { withCaSpan, type ServerReporter } from './tracing.js';
import { DbrClassName, encodePut, type CaValue, type PutValue } from './values.js';

export interface GetOptions {
  dbrClass?: DbrClassName;
  /** Ask the server to convert to this NativeType instead of the channel's own. */
  type?: NativeType;
  count?: number;
  /** Bounds the connect and, separately, the read; defaults searchTimeoutMs and ioTimeoutMs. */
  timeoutMs?: number;
}

export interface PutOptions {
  /** WRITE_NOTIFY: resolve only when the server's processing (a motor move) has completed. */
  wait?: boolean;
  /** Bounds the connect and, separately, the put callback; defaults searchTimeoutMs and ioTimeoutMs. */
  timeoutMs?: number;
}

export interface MonitorOptions {
  /** EventMask bits; value and alarm changes by default, like camonitor. */
  mask?: number;
  dbrClass?: DbrClassName;
  type?: NativeType;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface ChannelEntry {
  channel: Channel;
  cancelSearch: (() => void) | undefined;
  /** The circuit CREATE_CHAN went out on, before and after the answer. */
  circuit: Circuit | undefined;
  everConnected: boolean;
  retryTimer: NodeJS.Timeout | undefined;
  monitors: Set<MonitorEntry>;
  waiters: Set<Waiter>;
}

interface MonitorEntry {
  subId: number;
  monitor: CaMonitor;
  entry: ChannelEntry;
  mask: number;
  dbrClass: DbrClass;
  type: NativeType | undefined;
  /** The circuit and request the subscription is live on, for EVENT_CANCEL. */
  added: { circuit: Circuit; dataType: number; count: number; sid: number } | undefined;
  stopListening: () => void;
}

const DEFAULT_MASK = EventMask.Value | EventMask.Alarm;
/** A server that refuses CREATE_CHAN (or the connection) is asked again after this, not in a tight loop. */
const CREATE_RETRY_MS = 1000;

export class CaClient {
  readonly #config: CaClientConfig;
  readonly #searcher: NameSearcher;
  readonly #beacons: BeaconListener | undefined;
  readonly #requests = new PendingRequests();
  readonly #channels = new Map<string, ChannelEntry>();
  readonly #circuits = new Map<string, Circuit>();
  readonly #circuitChannels = new Map<Circuit, Map<number, ChannelEntry>>();
  readonly #monitors = new Map<number, MonitorEntry>();
  #nextCid = 1;
  #nextSubId = 1;
  #closed = false;

  constructor(options: CaClientOptions = {}) {
    this.#config = resolveConfig(options);
    const { destinations, maxSearchPeriodMs, logger } = this.#config;
    this.#searcher = new NameSearcher({ destinations, maxSearchPeriodMs, logger });
    if (this.#config.listenForBeacons) {
      const onBeacon = beaconFilter((key) => this.#circuits.has(key), () => this.#searcher.resetBackoff());
      this.#beacons = new BeaconListener(this.#config.repeaterPort, onBeacon, logger);
    }
  }

  /** Resolves once the channel is connected; ChannelNotFoundError if no server answers in time. */
  async channel(name: string): Promise<Channel> {
    const entry = this.#entry(name);
    await this.#waitConnected(entry, this.#config.searchTimeoutMs);
    return entry.channel;
  }

  get(target: string | Channel, options: GetOptions = {}): Promise<CaValue> {
    return withCaSpan('get', nameOf(target), (reportServer) => this.#get(target, options, reportServer));
  }

  async #get(target: string | Channel, options: GetOptions, reportServer: ServerReporter): Promise<CaValue> {
    const entry = await this.#connected(target, options.timeoutMs);
    const { channel } = entry;
    const link = this.#link(entry, 'get');
    reportServer(link.circuit.address);
    const context = { pvName: channel.name, server: link.circuit.key };
    if (!channel.canRead) throw new CaAccessDeniedError('get', context);
    const dataType = dbrCode(options.type ?? (channel.nativeType as NativeType), DbrClassName[options.dbrClass ?? 'plain']);
    const count = options.count ?? channel.count;
    const timeoutMs = options.timeoutMs ?? this.#config.ioTimeoutMs;
    const reply = await this.#requests.start(link.circuit, 'get', context, timeoutMs, (ioid) => readNotifyRequest(dataType, count, link.sid, ioid));
    if (!isEcaSuccess(reply.parameter1)) throw new CaStatusError('get', reply.parameter1, describeEcaStatus(reply.parameter1), context);
    return { ...decodeDbr(reply.dataType, reply.dataCount, reply.payload), name: channel.name, nativeType: channel.nativeType };
  }

  put(target: string | Channel, value: PutValue, options: PutOptions = {}): Promise<void> {
    return withCaSpan('put', nameOf(target), (reportServer) => this.#put(target, value, options, reportServer));
  }

  async #put(target: string | Channel, value: PutValue, options: PutOptions, reportServer: ServerReporter): Promise<void> {
    const entry = await this.#connected(target, options.timeoutMs);
    const { channel } = entry;
    const link = this.#link(entry, 'put');
    reportServer(link.circuit.address);
    const context = { pvName: channel.name, server: link.circuit.key };
    if (!channel.canWrite) throw new CaAccessDeniedError('put', context);
    const { dataType, count, payload } = encodePut(value, channel.nativeType, context);
    if (options.wait !== true) {
      // errors of a plain WRITE come back later as CA_PROTO_ERROR and are logged
      link.circuit.send(writeRequest(dataType, count, link.sid, this.#requests.allocate(), payload));
      return;
    }
    const timeoutMs = options.timeoutMs ?? this.#config.ioTimeoutMs;
    const reply = await this.#requests.start(link.circuit, 'put', context, timeoutMs, (ioid) => writeNotifyRequest(dataType, count, link.sid, ioid, payload));
    if (!isEcaSuccess(reply.parameter1)) throw new CaStatusError('put', reply.parameter1, describeEcaStatus(reply.parameter1), context);
  }

  /** Subscribes at once and keeps the subscription across reconnects until `close()`. */
  monitor(name: string, options: MonitorOptions = {}): CaMonitor {
    const entry = this.#entry(name);
    const subId = this.#nextSubId++;
    const monitor = new CaMonitor(name, () => this.#closeMonitor(record));
    const record: MonitorEntry = {
      subId, monitor, entry, mask: options.mask ?? DEFAULT_MASK, dbrClass: DbrClassName[options.dbrClass ?? 'time'], type: options.type,
      added: undefined, stopListening: entry.channel.on('connection', (event) => monitor.connection(event)),
    };
    this.#monitors.set(subId, record);
    entry.monitors.add(record);
    if (entry.channel.connected) this.#addMonitor(record);
    else this.#waitConnected(entry, this.#config.searchTimeoutMs).catch((error: unknown) => monitor.report(asError(error)));
    return monitor;
  }

  /** Closes monitors, fails pending requests with ClientClosedError, drops circuits and sockets. */
  async close(): Promise<void> {
    if (this.#closed) return;
    for (const record of [...this.#monitors.values()]) record.monitor.close();
    this.#closed = true;
    this.#requests.failAll((operation, context) => new ClientClosedError(operation, context.pvName));
    for (const entry of this.#channels.values()) {
      entry.cancelSearch?.();
      clearTimeout(entry.retryTimer);
      for (const waiter of [...entry.waiters]) this.#endWaiter(entry, waiter, new ClientClosedError('connect', entry.channel.name));
    }
    for (const circuit of [...this.#circuits.values()]) circuit.close('client closed');
    this.#searcher.close();
    this.#beacons?.close();
  }

  // ---- channels ---------------------------------------------------------------------------

  #entry(name: string): ChannelEntry {
    if (this.#closed) throw new ClientClosedError('connect', name);
    let entry = this.#channels.get(name);
    if (entry === undefined) {
      const channel = new Channel(name, this.#nextCid++);
      entry = { channel, cancelSearch: undefined, circuit: undefined, everConnected: false, retryTimer: undefined, monitors: new Set(), waiters: new Set() };
      this.#channels.set(name, entry);
      this.#startSearch(entry);
    }
    return entry;
  }

  async #connected(target: string | Channel, timeoutMs: number | undefined): Promise<ChannelEntry> {
    const entry = this.#entry(typeof target === 'string' ? target : target.name);
    await this.#waitConnected(entry, timeoutMs ?? this.#config.searchTimeoutMs);
    return entry;
  }

  #link(entry: ChannelEntry, operation: string): { circuit: Circuit; sid: number } {
    const link = entry.channel.link;
    // the circuit can drop between the wait and this line
    if (link === undefined) throw new ChannelDisconnectedError(operation, { pvName: entry.channel.name, server: entry.channel.server }, 'lost before the request was sent');
    return link;
  }

  #waitConnected(entry: ChannelEntry, timeoutMs: number): Promise<void> {
    if (entry.channel.connected) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve, reject,
        timer: setTimeout(() => {
          this.#endWaiter(entry, waiter, this.#connectError(entry, timeoutMs));
          // a name nobody found and nobody monitors is not worth searching for forever
          if (!entry.everConnected && entry.waiters.size === 0 && entry.monitors.size === 0) this.#drop(entry);
        }, timeoutMs),
      };
      entry.waiters.add(waiter);
    });
  }

  #endWaiter(entry: ChannelEntry, waiter: Waiter, error?: Error): void {
    clearTimeout(waiter.timer);
    entry.waiters.delete(waiter);
    if (error === undefined) waiter.resolve();
    else waiter.reject(error);
  }

  #connectError(entry: ChannelEntry, timeoutMs: number): Error {
    const pvName = entry.channel.name;
    if (entry.everConnected) return new ChannelDisconnectedError('connect', { pvName, server: entry.channel.server }, `not reconnected within ${timeoutMs} ms`);
    if (entry.circuit !== undefined) return new CaTimeoutError('create channel', { pvName, server: entry.circuit.key }, timeoutMs);
    return new ChannelNotFoundError(pvName, this.#searcher.destinations, timeoutMs);
  }

  #startSearch(entry: ChannelEntry): void {
    if (this.#closed || entry.cancelSearch !== undefined) return;
    entry.cancelSearch = this.#searcher.search(entry.channel.name, (address) => {
      entry.cancelSearch = undefined;
      this.#create(entry, address);
    });
  }

  #create(entry: ChannelEntry, address: ServerAddress): void {
    const circuit = this.#circuit(address);
    entry.circuit = circuit;
    this.#circuitChannels.get(circuit)?.set(entry.channel.cid, entry);
    circuit.send(createChannelRequest(entry.channel.name, entry.channel.cid));
  }

  #drop(entry: ChannelEntry): void {
    entry.cancelSearch?.();
    entry.cancelSearch = undefined;
    clearTimeout(entry.retryTimer);
    this.#channels.delete(entry.channel.name);
    const link = entry.channel.link;
    if (entry.circuit !== undefined) this.#circuitChannels.get(entry.circuit)?.delete(entry.channel.cid);
    if (link !== undefined) link.circuit.send(clearChannel(link.sid, entry.channel.cid));
  }

  /** The channel lost its server: tell listeners, search again; monitors come back on reconnect. */
  #lose(entry: ChannelEntry, reason: string): void {
    const wasConnected = entry.channel.connected;
    entry.circuit = undefined;
    for (const record of entry.monitors) record.added = undefined;
    entry.channel.detach(reason);
    if (wasConnected) {
      this.#startSearch(entry);
      return;
    }
    // a server that answers searches but refuses connections would otherwise be hammered
    clearTimeout(entry.retryTimer);
    entry.retryTimer = setTimeout(() => this.#startSearch(entry), CREATE_RETRY_MS);
  }

  // ---- circuits ---------------------------------------------------------------------------

  #circuit(address: ServerAddress): Circuit {
    const key = serverKey(address);
    const existing = this.#circuits.get(key);
    if (existing !== undefined && !existing.closed) return existing;
    const circuit = new Circuit(address, {
      onMessage: (c, message) => this.#onMessage(c, message),
      onClose: (c, reason) => this.#onCircuitClose(c, reason),
    }, { connectionTimeoutMs: this.#config.connectionTimeoutMs, logger: this.#config.logger });
    this.#circuits.set(key, circuit);
    this.#circuitChannels.set(circuit, new Map());
    return circuit;
  }

  #onCircuitClose(circuit: Circuit, reason: string): void {
    if (this.#circuits.get(circuit.key) === circuit) this.#circuits.delete(circuit.key);
    const entries = this.#circuitChannels.get(circuit);
    this.#circuitChannels.delete(circuit);
    this.#requests.failCircuit(circuit, (operation, context) => new ChannelDisconnectedError(operation, context, reason));
    for (const entry of entries?.values() ?? []) this.#lose(entry, `circuit to ${circuit.key}: ${reason}`);
  }

  #onMessage(circuit: Circuit, message: CaMessage): void {
    const byCid = (cid: number): ChannelEntry | undefined => this.#circuitChannels.get(circuit)?.get(cid);
    switch (message.command) {
      case Command.AccessRights:
        byCid(message.parameter1)?.channel.setAccessRights(message.parameter2);
        return;
      case Command.CreateChannel: {
        const entry = byCid(message.parameter1);
        if (entry !== undefined) this.#onCreated(entry, circuit, message);
        return;
      }
      case Command.CreateChannelFail: {
        const entry = byCid(message.parameter1);
        if (entry !== undefined) this.#onCreateFailed(entry, circuit);
        return;
      }
      case Command.ServerDisconnect: {
        const entry = byCid(message.parameter1);
        if (entry === undefined) return;
        this.#circuitChannels.get(circuit)?.delete(entry.channel.cid);
        this.#lose(entry, `server ${circuit.key} dropped the channel`);
        return;
      }
      case Command.ReadNotify:
      case Command.WriteNotify:
        this.#requests.settle(message.parameter2, message);
        return;
      case Command.EventAdd:
        this.#onEvent(circuit, message);
        return;
      case Command.Error:
        this.#onError(circuit, message);
        return;
      default:
        return; // ClearChannel confirmations and commands a client need not act on
    }
  }

  #onCreated(entry: ChannelEntry, circuit: Circuit, message: CaMessage): void {
    entry.everConnected = true;
    entry.channel.attach(circuit, message.parameter2, message.dataType, message.dataCount);
    for (const waiter of [...entry.waiters]) this.#endWaiter(entry, waiter);
    for (const record of entry.monitors) this.#addMonitor(record);
  }

  #onCreateFailed(entry: ChannelEntry, circuit: Circuit): void {
    this.#circuitChannels.get(circuit)?.delete(entry.channel.cid);
    entry.circuit = undefined;
    const error = new ChannelCreateError({ pvName: entry.channel.name, server: circuit.key });
    this.#config.logger.warn(error.message);
    for (const waiter of [...entry.waiters]) this.#endWaiter(entry, waiter, error);
    for (const record of entry.monitors) record.monitor.report(error);
    clearTimeout(entry.retryTimer);
    entry.retryTimer = setTimeout(() => this.#startSearch(entry), CREATE_RETRY_MS);
  }

  // ---- monitors ---------------------------------------------------------------------------

  #addMonitor(record: MonitorEntry): void {
    const { channel } = record.entry;
    const link = channel.link;
    if (link === undefined || record.monitor.closed) return;
    const dataType = dbrCode(record.type ?? (channel.nativeType as NativeType), record.dbrClass);
    const count = channel.count;
    record.added = { circuit: link.circuit, dataType, count, sid: link.sid };
    link.circuit.send(eventAddRequest(dataType, count, link.sid, record.subId, record.mask));
  }

  #closeMonitor(record: MonitorEntry): void {
    this.#monitors.delete(record.subId);
    record.entry.monitors.delete(record);
    record.stopListening();
    const added = record.added;
    record.added = undefined;
    if (added !== undefined && !this.#closed) added.circuit.send(eventCancel(added.dataType, added.count, added.sid, record.subId));
  }

  #onEvent(circuit: Circuit, message: CaMessage): void {
    const record = this.#monitors.get(message.parameter2);
    // updates racing a cancel or a reconnect belong to a subscription that no longer exists
    if (record === undefined || record.added?.circuit !== circuit || isEventCancelConfirmation(message)) return;
    const { channel } = record.entry;
    const context = { pvName: channel.name, server: circuit.key };
    if (!isEcaSuccess(message.parameter1)) {
      record.monitor.report(new CaStatusError('monitor', message.parameter1, describeEcaStatus(message.parameter1), context));
      return;
    }
    try {
      record.monitor.deliver({ ...decodeDbr(message.dataType, message.dataCount, message.payload), name: channel.name, nativeType: channel.nativeType });
    } catch (error) {
      record.monitor.report(asError(error));
    }
  }

  #onError(circuit: Circuit, message: CaMessage): void {
    let parsed;
    try {
      parsed = parseErrorMessage(message);
    } catch (error) {
      this.#config.logger.warn(`malformed CA_PROTO_ERROR from ${circuit.key}: ${asError(error).message}`);
      return;
    }
    const { request, status, text } = parsed;
    const description = text === '' ? describeEcaStatus(status) : `${describeEcaStatus(status)} (${text})`;
    const fail = (operation: string, context: CaErrorContext): Error => new CaStatusError(operation, status, description, context);
    switch (request.command) {
      case Command.ReadNotify:
      case Command.WriteNotify: {
        const pending = this.#requests.describe(request.parameter2);
        if (pending !== undefined) this.#requests.fail(request.parameter2, fail(pending.operation, pending.context));
        return;
      }
      case Command.EventAdd: {
        const record = this.#monitors.get(request.parameter2);
        if (record !== undefined) record.monitor.fail(fail('monitor', { pvName: record.entry.channel.name, server: circuit.key }));
        return;
      }
      case Command.CreateChannel: {
        const entry = this.#circuitChannels.get(circuit)?.get(request.parameter1);
        if (entry !== undefined) this.#onCreateFailed(entry, circuit);
        return;
      }
      default:
        this.#config.logger.warn(`server ${circuit.key} reported: ${description}`);
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function nameOf(target: string | Channel): string {
  return typeof target === 'string' ? target : target.name;
}
