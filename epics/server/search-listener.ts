import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { decodeDatagram, encodeMessages } from '../protocol/mod.js';
import type { PvSource } from './pv-source.js';
import { answerSearch } from './search-responder.js';

export interface SearchListenerOptions {
  host: string;
  port: number;
  tcpPort: number;
  source: PvSource;
  logger: Logger;
}

// a search datagram holds at most a few kilobytes of names; anything bigger is not a search
const MAX_DATAGRAM_PAYLOAD = 16 * 1024;
// garbage datagrams are logged at this spacing, so a flood cannot flood the log too
const LOG_EVERY_BAD_DATAGRAMS = 1000;

/** The UDP side of the server: answers searches, and carries our beacons out. */
export class SearchListener {
  readonly #options: SearchListenerOptions;
  readonly #socket: Socket;
  #badDatagrams = 0;
  #closed = false;

  constructor(options: SearchListenerOptions) {
    this.#options = options;
    // reuseAddr: several servers on one host share the search port, as IOCs do
    this.#socket = createSocket({ type: 'udp4', reuseAddr: true });
    this.#socket.on('message', (datagram, from) => this.#answer(datagram, from));
    this.#socket.on('error', (error) => options.logger.warn(`search socket: ${error.message}`));
  }

  /** Binds and returns the port, which differs from the option when that was 0. */
  bind(): Promise<number> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error): void => reject(error);
      this.#socket.once('error', fail);
      this.#socket.bind({ port: this.#options.port, address: this.#options.host }, () => {
        this.#socket.off('error', fail);
        resolve(this.#socket.address().port);
      });
    });
  }

  send(bytes: Uint8Array, port: number, address: string): void {
    if (this.#closed) return;
    this.#socket.send(bytes, port, address, (error) => {
      if (error !== null && error !== undefined && !this.#closed) this.#options.logger.warn(`udp send to ${address}:${port}: ${error.message}`);
    });
  }

  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    return new Promise((resolve) => {
      try {
        this.#socket.close(() => resolve());
      } catch {
        // never bound: nothing to close
        resolve();
      }
    });
  }

  #answer(datagram: Buffer, from: RemoteInfo): void {
    try {
      const request = decodeDatagram(datagram, { maxPayloadBytes: MAX_DATAGRAM_PAYLOAD });
      const replies = answerSearch(request, this.#options.source, this.#options.tcpPort);
      if (replies.length > 0) this.send(encodeMessages(replies), from.port, from.address);
    } catch (error) {
      if (this.#badDatagrams % LOG_EVERY_BAD_DATAGRAMS === 0) {
        this.#options.logger.warn(`ignored bad datagram #${this.#badDatagrams + 1} from ${from.address}:${from.port}: ${describeError(error)}`);
      }
      this.#badDatagrams += 1;
    }
  }
}
