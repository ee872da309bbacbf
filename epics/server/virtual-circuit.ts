import type { Socket } from 'node:net';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import {
  AccessRight,
  Command,
  EcaStatus,
  MessageFramer,
  accessRights,
  clearChannel,
  commandName,
  createChannelFail,
  createChannelResponse,
  decodeCString,
  echo,
  errorMessage,
  eventCancelResponse,
  parseEventAddPayload,
  readNotifyResponse,
  readSync,
  versionMessage,
  writeNotifyResponse,
  type CaMessage,
  type CaMessageInit,
} from '../protocol/mod.js';
import { CircuitWriter, type UpdateEncoder } from './circuit-writer.js';
import { decodePut, encodeMonitorUpdate, encodeRead, nativeDbrType } from './dbr-io.js';
import { CaRequestError } from './errors.js';
import type { OutboundBatch } from './outbound-batch.js';
import type { PvSnapshot, PvSource, ServedPv } from './pv-source.js';

export interface CircuitLimits {
  /** The largest request payload accepted; a header announcing more closes the circuit. */
  maxPayloadBytes: number;
  maxChannels: number;
  maxSubscriptions: number;
}

export interface CircuitOptions {
  source: PvSource;
  logger: Logger;
  limits: CircuitLimits;
  onClose: (circuit: VirtualCircuit) => void;
}

interface Channel {
  readonly sid: number;
  readonly cid: number;
  readonly pv: ServedPv;
  readonly subscriptions: Set<number>;
}

/** One EVENT_ADD; the writer asks it for its update's bytes when they can be sent. */
class Subscription implements UpdateEncoder {
  /** Set once the PV accepted the listener, which needs this object first. */
  unsubscribe: () => void = () => {};

  constructor(
    readonly id: number,
    readonly channel: Channel,
    readonly dataType: number,
    readonly count: number,
    readonly mask: number,
  ) {}

  encodeUpdate(snapshot: PvSnapshot, out: OutboundBatch): void {
    const { channel } = this;
    encodeMonitorUpdate(out, channel.pv, snapshot, this.dataType, this.count, this.id, channel.cid);
  }
}

const MAX_NAME_BYTES = 1024;
const ALL_EVENTS = 0x0f;
const DISCONNECT_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * One client's TCP connection: its channels, subscriptions and pending put callbacks. Anything the
 * client sends that cannot be Channel Access closes this circuit only; a request that is merely
 * wrong (bad sid, type or count, no write access) is answered with an ECA status instead.
 */
export class VirtualCircuit {
  readonly peer: string;
  readonly #socket: Socket;
  readonly #options: CircuitOptions;
  readonly #framer: MessageFramer;
  readonly #writer: CircuitWriter;
  readonly #channels = new Map<number, Channel>();
  readonly #subscriptions = new Map<number, Subscription>();
  readonly #handlers: ReadonlyMap<number, (message: CaMessage) => void>;
  #loggedPutFailure = false;
  #nextSid = 1;
  #clientName = '';
  #closed = false;

  constructor(socket: Socket, options: CircuitOptions) {
    this.#socket = socket;
    this.#options = options;
    this.peer = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    this.#framer = new MessageFramer({ maxPayloadBytes: options.limits.maxPayloadBytes });
    this.#writer = new CircuitWriter(socket, (error) => this.close(`monitor update failed: ${describeError(error)}`));
    this.#handlers = this.#handlerTable();
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#receive(chunk));
    // a client that vanishes (reset, broken pipe) is ordinary; other socket errors are worth a line
    socket.on('error', (error: NodeJS.ErrnoException) => this.close(DISCONNECT_CODES.has(error.code ?? '') ? undefined : `socket error: ${error.message}`));
    socket.on('close', () => this.close());
    this.#writer.send(versionMessage());
  }

  get channelCount(): number {
    return this.#channels.size;
  }

  /** Ends the circuit; with a reason, one warning says why (hostile or broken client). */
  close(reason?: string): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const subscription of this.#subscriptions.values()) subscription.unsubscribe();
    this.#subscriptions.clear();
    this.#channels.clear();
    this.#writer.close();
    this.#socket.destroy();
    if (reason !== undefined) this.#options.logger.warn(`closed circuit of ${this.#describeClient()}: ${reason}`);
    this.#options.onClose(this);
  }

  #describeClient(): string {
    return this.#clientName === '' ? this.peer : `${this.#clientName}@${this.peer}`;
  }

  #receive(chunk: Uint8Array): void {
    let messages: CaMessage[];
    try {
      messages = this.#framer.push(chunk);
    } catch (error) {
      this.close(describeError(error));
      return;
    }
    for (const message of messages) {
      if (this.#closed) return;
      // a throw here would escape into the socket's event loop and end the whole server
      try {
        this.#handle(message);
      } catch (error) {
        this.close(`internal error on ${commandName(message.command)}: ${describeError(error)}`);
      }
    }
  }

  #handle(message: CaMessage): void {
    const handler = this.#handlers.get(message.command);
    if (handler === undefined) {
      this.close(`unexpected command ${commandName(message.command)}`);
      return;
    }
    try {
      handler(message);
    } catch (error) {
      if (error instanceof CaRequestError) {
        this.#writer.send(errorReply(message, error.cid, error.eca, error.message));
      } else {
        this.close(`${commandName(message.command)} failed: ${describeError(error)}`);
      }
    }
  }

  #handlerTable(): ReadonlyMap<number, (message: CaMessage) => void> {
    const ignore = (): void => {};
    return new Map<number, (message: CaMessage) => void>([
      [Command.Version, ignore],
      [Command.HostName, ignore],
      [Command.ClientName, (m) => (this.#clientName = decodeCString(m.payload.subarray(0, 64)))],
      [Command.Echo, () => this.#writer.send(echo())],
      [Command.ReadSync, () => this.#writer.send(readSync())],
      [Command.EventsOff, () => this.#writer.setEventsOn(false)],
      [Command.EventsOn, () => this.#writer.setEventsOn(true)],
      [Command.CreateChannel, (m) => this.#createChannel(m)],
      [Command.ClearChannel, (m) => this.#clearChannel(m)],
      [Command.ReadNotify, (m) => this.#readNotify(m)],
      [Command.Write, (m) => this.#write(m)],
      [Command.WriteNotify, (m) => this.#writeNotify(m)],
      [Command.EventAdd, (m) => this.#eventAdd(m)],
      [Command.EventCancel, (m) => this.#eventCancel(m)],
    ]);
  }

  #createChannel(message: CaMessage): void {
    const cid = message.parameter1;
    const name = message.payload.length > MAX_NAME_BYTES ? '' : decodeCString(message.payload);
    const pv = name === '' ? undefined : this.#options.source.find(name);
    if (pv === undefined || this.#channels.size >= this.#options.limits.maxChannels) {
      this.#writer.send(createChannelFail(cid));
      return;
    }
    const sid = this.#allocateSid();
    this.#channels.set(sid, { sid, cid, pv, subscriptions: new Set() });
    const rights = AccessRight.Read | (pv.writable ? AccessRight.Write : 0);
    this.#writer.send(accessRights(cid, rights));
    this.#writer.send(createChannelResponse(nativeDbrType(pv), pv.count, cid, sid));
  }

  #allocateSid(): number {
    // sids wrap after 2^32 channels on one circuit; skip any still in use
    do this.#nextSid = (this.#nextSid + 1) >>> 0;
    while (this.#channels.has(this.#nextSid));
    return this.#nextSid;
  }

  #channel(message: CaMessage): Channel {
    const sid = message.parameter1;
    const channel = this.#channels.get(sid);
    if (channel === undefined) {
      // there is no cid to report for an unknown sid: report the sid itself
      throw new CaRequestError(EcaStatus.BadChid, `${commandName(message.command)}: no channel with sid ${sid}`, sid);
    }
    return channel;
  }

  #clearChannel(message: CaMessage): void {
    const channel = this.#channel(message);
    this.#writer.send(clearChannel(channel.sid, channel.cid));
    for (const id of channel.subscriptions) this.#dropSubscription(id);
    this.#channels.delete(channel.sid);
  }

  #readNotify(message: CaMessage): void {
    const channel = this.#channel(message);
    const read = encodeRead(channel.pv, snapshotOf(channel), message.dataType, message.dataCount, channel.cid);
    this.#writer.send(readNotifyResponse(message.dataType, read.count, message.parameter2, read.payload));
  }

  #write(message: CaMessage): void {
    const channel = this.#channel(message);
    const value = this.#decodeWrite(channel, message);
    const report = (error: unknown): void => {
      const text = `put to ${channel.pv.name} failed: ${describeError(error)}`;
      this.#sendIfOpen(errorReply(message, channel.cid, EcaStatus.PutFail, text));
    };
    startPut(channel.pv, value).catch(report);
  }

  #writeNotify(message: CaMessage): void {
    const channel = this.#channel(message);
    const ioid = message.parameter2;
    const answer = (status: number): void =>
      this.#sendIfOpen(writeNotifyResponse(message.dataType, message.dataCount, ioid, status));
    let value: number[] | string[];
    try {
      value = this.#decodeWrite(channel, message);
    } catch (error) {
      // put-callback clients wait on the ioid, so a refused put is answered there, not in an error
      if (!(error instanceof CaRequestError)) throw error;
      answer(error.eca);
      return;
    }
    startPut(channel.pv, value).then(
      () => answer(EcaStatus.Normal),
      (error: unknown) => {
        // The client hears why in its reply; the log gets the first failure only, so one client
        // repeating a refused put cannot flood it.
        if (!this.#loggedPutFailure) {
          this.#loggedPutFailure = true;
          this.#options.logger.info(
            `put-callback to ${channel.pv.name} from ${this.#describeClient()} failed: ${describeError(error)} (further failures on this circuit are not logged)`,
          );
        }
        answer(EcaStatus.PutFail);
      },
    );
  }

  #decodeWrite(channel: Channel, message: CaMessage): number[] | string[] {
    if (!channel.pv.writable) {
      throw new CaRequestError(EcaStatus.NoWtAccess, `${channel.pv.name} is read-only`, channel.cid);
    }
    return decodePut(channel.pv, message.dataType, message.dataCount, message.payload, channel.cid);
  }

  /** For replies sent from promise callbacks, where a throw would be an unhandled rejection. */
  #sendIfOpen(message: CaMessageInit): void {
    if (this.#closed) return;
    try {
      this.#writer.send(message);
    } catch (error) {
      this.close(`reply ${commandName(message.command)} failed: ${describeError(error)}`);
    }
  }

  #eventAdd(message: CaMessage): void {
    const channel = this.#channel(message);
    // a payload too short to hold the mask is not Channel Access: parseEventAddPayload throws
    const mask = parseEventAddPayload(message.payload).mask & ALL_EVENTS;
    if (mask === 0) throw new CaRequestError(EcaStatus.BadMask, `event add for ${channel.pv.name} with an empty mask`, channel.cid);
    const id = message.parameter2;
    const { dataType, dataCount: count } = message;
    // fail a bad type or count now, with an error, rather than in every update
    encodeRead(channel.pv, snapshotOf(channel), dataType, count, channel.cid);
    if (this.#subscriptions.has(id)) this.#dropSubscription(id);
    if (this.#subscriptions.size >= this.#options.limits.maxSubscriptions) {
      throw new CaRequestError(EcaStatus.AllocMem, `more than ${this.#options.limits.maxSubscriptions} subscriptions`, channel.cid);
    }
    const subscription = new Subscription(id, channel, dataType, count, mask);
    subscription.unsubscribe = channel.pv.subscribe((snapshot, eventMask) => {
      if ((eventMask & mask) === 0) return;
      // this runs inside the PV's own update: our failure must stay ours
      try {
        this.#writer.update(subscription, snapshot);
      } catch (error) {
        this.close(`monitor of ${channel.pv.name} failed: ${describeError(error)}`);
      }
    });
    this.#subscriptions.set(id, subscription);
    channel.subscriptions.add(id);
    this.#writer.update(subscription, snapshotOf(channel));
  }

  #eventCancel(message: CaMessage): void {
    const channel = this.#channel(message);
    const id = message.parameter2;
    const subscription = this.#subscriptions.get(id);
    if (subscription === undefined || subscription.channel !== channel) {
      throw new CaRequestError(EcaStatus.BadMonId, `no subscription ${id} on ${channel.pv.name}`, channel.cid);
    }
    this.#dropSubscription(id);
    this.#writer.send(eventCancelResponse(subscription.dataType, channel.sid, id));
  }

  #dropSubscription(id: number): void {
    const subscription = this.#subscriptions.get(id);
    if (subscription === undefined) return;
    subscription.unsubscribe();
    subscription.channel.subscriptions.delete(id);
    this.#subscriptions.delete(id);
    this.#writer.forget(id);
  }
}

function snapshotOf(channel: Channel): PvSnapshot {
  try {
    return channel.pv.snapshot();
  } catch (error) {
    throw new CaRequestError(EcaStatus.GetFail, `reading ${channel.pv.name} failed: ${describeError(error)}`, channel.cid, { cause: error });
  }
}

/**
 * Starts the put now, not in a later microtask: requests on a circuit are served in order, so a READ
 * that arrives in the same TCP segment right after a WRITE must see the written value. A put that
 * throws synchronously fails like one that rejects.
 */
function startPut(pv: ServedPv, value: number[] | string[]): Promise<void> {
  try {
    return pv.put(value);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** CA_PROTO_ERROR for `request`; the text may quote client input, which must not carry a NUL. */
function errorReply(request: CaMessage, cid: number, status: number, text: string): CaMessageInit {
  return errorMessage(request, cid, status, text.replaceAll('\0', ''));
}
