/**
 * One TCP virtual circuit to one server, shared by every channel on it. It owns the socket, the
 * handshake and liveness: an ECHO when the circuit has been quiet for a while, and a verdict of
 * "dead" after connectionTimeoutMs without a single byte from the server.
 */
import { connect, type Socket } from 'node:net';
import { hostname, userInfo } from 'node:os';
import type { Logger } from '../../lib/log.js';
import { Command, MessageFramer, clientName, echo, encodeMessage, hostName, versionMessage, type CaMessage, type CaMessageInit } from '../protocol/mod.js';
import { serverKey, type ServerAddress } from './search.js';

export interface CircuitHandlers {
  onMessage(circuit: Circuit, message: CaMessage): void;
  /** Called once, when the circuit is gone for any reason; `reason` is for humans. */
  onClose(circuit: Circuit, reason: string): void;
}

export interface CircuitOptions {
  connectionTimeoutMs: number;
  logger: Logger;
}

export class Circuit {
  readonly key: string;
  readonly #socket: Socket;
  readonly #framer = new MessageFramer();
  readonly #handlers: CircuitHandlers;
  readonly #options: CircuitOptions;
  #lastHeardAt = Date.now();
  #echoSent = false;
  #watchdog: NodeJS.Timeout;
  #closed = false;
  #corked = false;
  #serverMinorVersion: number | undefined;

  constructor(readonly address: ServerAddress, handlers: CircuitHandlers, options: CircuitOptions) {
    this.key = serverKey(address);
    this.#handlers = handlers;
    this.#options = options;
    this.#socket = connect({ host: address.host, port: address.port });
    this.#socket.setNoDelay(true);
    this.#socket.on('data', (chunk) => this.#onData(chunk));
    this.#socket.on('error', (error) => this.close(error.message));
    this.#socket.on('close', () => this.close('connection closed by server'));
    // node queues writes until the connection is up, so the handshake can go out right away
    this.send(versionMessage());
    this.send(hostName(safeHostName()));
    this.send(clientName(safeUserName()));
    this.#watchdog = setInterval(() => this.#checkAlive(), Math.max(50, Math.floor(options.connectionTimeoutMs / 4)));
    this.#watchdog.unref();
  }

  get closed(): boolean {
    return this.#closed;
  }

  get serverMinorVersion(): number | undefined {
    return this.#serverMinorVersion;
  }

  send(message: CaMessageInit): void {
    if (this.#closed) return;
    // pipelined requests (gets, thousands of CREATE_CHAN) are sent in bursts of tiny messages:
    // cork for the rest of this event-loop turn so the burst leaves in one writev, not a syscall each
    if (!this.#corked) {
      this.#corked = true;
      this.#socket.cork();
      process.nextTick(() => this.#uncork());
    }
    this.#socket.write(encodeMessage(message));
  }

  #uncork(): void {
    if (!this.#corked) return;
    this.#corked = false;
    this.#socket.uncork();
  }

  close(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#watchdog);
    // requests sent just before closing (CLEAR_CHANNEL) still go out, as they did unbatched
    this.#uncork();
    this.#socket.destroy();
    this.#options.logger.info(`ca circuit to ${this.key} closed: ${reason}`);
    this.#handlers.onClose(this, reason);
  }

  #onData(chunk: Buffer): void {
    this.#lastHeardAt = Date.now();
    this.#echoSent = false;
    let messages: CaMessage[];
    try {
      messages = this.#framer.push(chunk);
    } catch (error) {
      // a stream that framed wrongly once cannot be trusted again
      this.close(`malformed data: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const message of messages) {
      if (this.#closed) return;
      if (message.command === Command.Version) this.#serverMinorVersion = message.dataCount;
      else if (message.command === Command.Echo) continue;
      else this.#handlers.onMessage(this, message);
    }
  }

  #checkAlive(): void {
    const silentMs = Date.now() - this.#lastHeardAt;
    if (silentMs >= this.#options.connectionTimeoutMs) {
      this.close(`server unresponsive for ${silentMs} ms`);
    } else if (silentMs >= this.#options.connectionTimeoutMs / 2 && !this.#echoSent) {
      // any reply proves the server alive; ECHO is the cheapest request that gets one
      this.#echoSent = true;
      this.send(echo());
    }
  }
}

function safeHostName(): string {
  return hostname() || 'localhost';
}

function safeUserName(): string {
  try {
    return userInfo().username || 'brightline';
  } catch {
    return 'brightline'; // containers may run as a uid with no passwd entry
  }
}
