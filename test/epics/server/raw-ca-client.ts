/**
 * Speaks Channel Access byte by byte with the codec, to test the server without any CA client
 * library: a raw circuit with a queue of received messages, and one-shot UDP searches.
 */
import { createSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  Command,
  MessageFramer,
  createChannelRequest,
  decodeDatagram,
  encodeMessages,
  type CaMessage,
  type CaMessageInit,
} from '../../../epics/protocol/mod.js';

const DEFAULT_TIMEOUT_MS = 3000;

export class RawCircuit {
  readonly socket: Socket;
  readonly closed: Promise<void>;
  readonly #framer = new MessageFramer();
  readonly #inbox: CaMessage[] = [];
  #wake: (() => void) | undefined;
  #isClosed = false;
  #failure: unknown;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk) => {
      try {
        this.#inbox.push(...this.#framer.push(chunk));
      } catch (error) {
        this.#failure = error;
      }
      this.#wake?.();
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', () => {
        this.#isClosed = true;
        this.#wake?.();
        resolve();
      });
    });
    socket.on('error', () => {});
  }

  static async connect(port: number): Promise<RawCircuit> {
    const socket = connect({ port, host: '127.0.0.1' });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
    });
    return new RawCircuit(socket);
  }

  /** Connects and completes the handshake libca does: VERSION, CLIENT_NAME, HOST_NAME. */
  static async open(port: number): Promise<RawCircuit> {
    const circuit = await RawCircuit.connect(port);
    const version = await circuit.next((m) => m.command === Command.Version);
    if (version.dataCount !== 13) throw new Error(`server minor version ${version.dataCount}`);
    circuit.send(
      { command: Command.Version, dataType: 0, dataCount: 13, parameter1: 0, parameter2: 0, payload: new Uint8Array(0) },
      { command: Command.ClientName, dataType: 0, dataCount: 0, parameter1: 0, parameter2: 0, payload: new TextEncoder().encode('tester\0') },
      { command: Command.HostName, dataType: 0, dataCount: 0, parameter1: 0, parameter2: 0, payload: new TextEncoder().encode('localhost\0') },
    );
    return circuit;
  }

  get isClosed(): boolean {
    return this.#isClosed;
  }

  send(...messages: CaMessageInit[]): void {
    this.socket.write(encodeMessages(messages));
  }

  sendBytes(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** The next message matching `match`; messages before it that do not match stay queued. */
  async next(match: (m: CaMessage) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<CaMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.#failure !== undefined) throw this.#failure;
      const index = this.#inbox.findIndex(match);
      if (index >= 0) return this.#inbox.splice(index, 1)[0] as CaMessage;
      if (this.#isClosed) throw new Error('circuit closed while waiting for a message');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; queued: ${this.#inbox.map((m) => m.command).join(',')}`);
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        setTimeout(resolve, left).unref();
      });
      this.#wake = undefined;
    }
  }

  /** Asserts that nothing matching arrives within `ms`. */
  async nothing(match: (m: CaMessage) => boolean, ms = 150): Promise<void> {
    await sleep(ms);
    const found = this.#inbox.find(match);
    if (found !== undefined) throw new Error(`unexpected message: command ${found.command} p1=${found.parameter1} p2=${found.parameter2}`);
  }

  /** Creates a channel and returns its sid, consuming ACCESS_RIGHTS and the CREATE_CHAN reply. */
  async createChannel(name: string, cid: number): Promise<{ sid: number; rights: number; nativeType: number; count: number }> {
    this.send(createChannelRequest(name, cid));
    const rights = await this.next((m) => m.command === Command.AccessRights && m.parameter1 === cid);
    const created = await this.next((m) => m.command === Command.CreateChannel && m.parameter1 === cid);
    return { sid: created.parameter2, rights: rights.parameter2, nativeType: created.dataType, count: created.dataCount };
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Sends one datagram to the search port and collects the reply, or undefined after `timeoutMs`. */
export async function searchOnce(port: number, messages: CaMessageInit[] | Uint8Array, timeoutMs = 1000): Promise<CaMessage[] | undefined> {
  const socket = createSocket('udp4');
  try {
    const reply = new Promise<CaMessage[] | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      socket.on('message', (datagram) => {
        clearTimeout(timer);
        resolve(decodeDatagram(datagram));
      });
    });
    const bytes = messages instanceof Uint8Array ? messages : encodeMessages(messages);
    await new Promise<void>((resolve, reject) => socket.send(bytes, port, '127.0.0.1', (error) => (error ? reject(error) : resolve())));
    return await reply;
  } finally {
    socket.close();
  }
}
