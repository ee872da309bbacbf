/**
 * The NATS protocol spoken straight over a TCP socket, with no client library: just enough of it
 * (CONNECT, SUB, PUB with a reply subject, MSG, PING/PONG) to time a request/reply round trip
 * through nats-server with nothing but the socket and the server in the way. It is the floor under
 * every request brightline sends: bench/run-engine.ts sets the per-step budget against it.
 * Bench-only; production speaks NATS through the client library (actors/transport/bus.ts).
 */
import { connect as connectTcp, type Socket } from 'node:net';

const CRLF = '\r\n';

/** A message as delivered by the server: subject, reply subject (maybe empty) and payload. */
export interface WireMessage {
  readonly subject: string;
  readonly reply: string;
  readonly payload: Buffer;
}

type OnMessage = (message: WireMessage) => void;

export class NatsWire {
  #buffered: Buffer = Buffer.alloc(0);
  #nextSid = 1;
  readonly #handlers = new Map<string, OnMessage>();
  #pongWaiters: Array<() => void> = [];
  #failure: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#receive(chunk));
    socket.on('error', (error) => this.#fail(error));
    socket.on('close', () => this.#fail(new Error('nats-server closed the connection')));
  }

  /** Connects to nats-server at `url` (nats://host:port) and waits until it has taken CONNECT. */
  static async connect(url: string): Promise<NatsWire> {
    const { hostname, port } = new URL(url);
    const socket = connectTcp(Number(port), hostname);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const wire = new NatsWire(socket);
    socket.write(`CONNECT {"verbose":false,"pedantic":false,"name":"bench-nats-wire"}${CRLF}`);
    await wire.flush();
    return wire;
  }

  subscribe(subject: string, onMessage: OnMessage): void {
    const sid = String(this.#nextSid++);
    this.#handlers.set(sid, onMessage);
    this.socket.write(`SUB ${subject} ${sid}${CRLF}`);
  }

  publish(subject: string, payload: Uint8Array, reply = ''): void {
    const head = reply === '' ? `PUB ${subject} ${payload.length}${CRLF}` : `PUB ${subject} ${reply} ${payload.length}${CRLF}`;
    this.socket.write(payload.length === 0 ? `${head}${CRLF}` : Buffer.concat([Buffer.from(head), payload, Buffer.from(CRLF)]));
  }

  /** Resolves once the server has answered a PING sent after everything written so far. */
  flush(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise<void>((resolve) => {
      this.#pongWaiters.push(resolve);
      this.socket.write(`PING${CRLF}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
  }

  #receive(chunk: Buffer): void {
    this.#buffered = this.#buffered.length === 0 ? chunk : Buffer.concat([this.#buffered, chunk]);
    for (;;) {
      const end = this.#buffered.indexOf(CRLF);
      if (end < 0) return;
      const line = this.#buffered.toString('latin1', 0, end);
      if (line.startsWith('MSG ')) {
        // MSG <subject> <sid> [reply] <bytes>
        const parts = line.split(' ');
        const bytes = Number(parts.at(-1));
        const frameEnd = end + 2 + bytes + 2;
        if (this.#buffered.length < frameEnd) return;
        const payload = this.#buffered.subarray(end + 2, end + 2 + bytes);
        this.#buffered = this.#buffered.subarray(frameEnd);
        const handler = this.#handlers.get(parts[2] ?? '');
        handler?.({ subject: parts[1] ?? '', reply: parts.length === 5 ? (parts[3] ?? '') : '', payload });
        continue;
      }
      this.#buffered = this.#buffered.subarray(end + 2);
      if (line === 'PING') this.socket.write(`PONG${CRLF}`);
      else if (line === 'PONG') this.#pongWaiters.shift()?.();
      else if (line.startsWith('-ERR')) this.#fail(new Error(`nats-server: ${line}`));
      // INFO and +OK carry nothing this bench needs
    }
  }
}

/** Answers every request on `subject` with an empty payload, as a bare responder. */
export function serveEmptyReplies(wire: NatsWire, subject: string): void {
  wire.subscribe(subject, (message) => {
    if (message.reply !== '') wire.publish(message.reply, new Uint8Array(0));
  });
}

/** A requester over one inbox subscription: one request at a time, resolved by its reply. */
export class WireRequester {
  #waiting: (() => void) | undefined;
  private readonly inbox = `_WIRE_INBOX.${process.pid}.${Math.random().toString(36).slice(2)}`;

  constructor(private readonly wire: NatsWire) {
    wire.subscribe(this.inbox, () => {
      const wake = this.#waiting;
      this.#waiting = undefined;
      wake?.();
    });
  }

  /** Resolves on the reply; rejects after `timeoutMs` without one (the timer is part of what is timed, as in a client library). */
  request(subject: string, timeoutMs = 5_000): Promise<void> {
    if (this.#waiting) return Promise.reject(new Error('WireRequester sends one request at a time'));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        reject(new Error(`no reply on '${subject}' within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting = () => {
        clearTimeout(timer);
        resolve();
      };
      this.wire.publish(subject, new Uint8Array(0), this.inbox);
    });
  }
}
