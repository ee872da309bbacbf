/**
 * UDP name resolution. Pending names are packed into as few datagrams as fit (each opening with a
 * VERSION message, as libca does), re-sent with per-name exponential back-off, and the first reply
 * wins: later replies for the same search id are ignored.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import type { Logger } from '../../lib/log.js';
import { Command, decodeDatagram, encodeMessage, parseSearchResponse, searchRequest, SearchReply, versionMessage } from '../protocol/mod.js';
import { formatDestination, type SearchDestination } from './config.js';

/** Where a search reply says the name lives: the server's TCP endpoint. */
export interface ServerAddress {
  host: string;
  port: number;
}

export function serverKey(address: ServerAddress): string {
  return `${address.host}:${address.port}`;
}

interface PendingSearch {
  name: string;
  id: number;
  delayMs: number;
  dueAt: number;
  onFound: (address: ServerAddress) => void;
}

export interface SearchOptions {
  destinations: SearchDestination[];
  maxSearchPeriodMs: number;
  logger: Logger;
}

/** libca sends at most 1024 bytes per search datagram so it never fragments. */
const MAX_DATAGRAM_BYTES = 1024;
const FIRST_RETRY_MS = 32;

export class NameSearcher {
  readonly #socket: Socket;
  readonly #options: SearchOptions;
  readonly #pending = new Map<number, PendingSearch>();
  readonly #ready: Promise<void>;
  #nextId = 1;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: SearchOptions) {
    this.#options = options;
    this.#socket = createSocket({ type: 'udp4' });
    this.#socket.on('message', (datagram, remote) => this.#onDatagram(datagram, remote));
    this.#socket.on('error', (error) => options.logger.warn(`ca search socket: ${error.message}`));
    this.#ready = new Promise((resolve) => {
      this.#socket.bind(0, () => {
        // broadcast destinations need the flag; harmless for unicast ones
        this.#socket.setBroadcast(true);
        resolve();
      });
    });
    this.#socket.unref();
  }

  get destinations(): string[] {
    return this.#options.destinations.map(formatDestination);
  }

  /** Starts searching `name`; returns a cancel function. The callback runs at most once. */
  search(name: string, onFound: (address: ServerAddress) => void): () => void {
    const id = this.#nextId;
    this.#nextId = this.#nextId >= 0xfffffffe ? 1 : this.#nextId + 1;
    // due now, but sent from a timer so names asked for in one tick share datagrams
    this.#pending.set(id, { name, id, delayMs: FIRST_RETRY_MS, dueAt: Date.now(), onFound });
    this.#schedule();
    return () => {
      this.#pending.delete(id);
    };
  }

  /** A new or restarted server appeared (beacon): retry everything now, as libca does. */
  resetBackoff(): void {
    const now = Date.now();
    for (const entry of this.#pending.values()) {
      entry.delayMs = FIRST_RETRY_MS;
      entry.dueAt = now;
    }
    this.#schedule();
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#pending.clear();
    this.#socket.close();
  }

  #schedule(): void {
    if (this.#closed) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    let next = Infinity;
    for (const entry of this.#pending.values()) next = Math.min(next, entry.dueAt);
    if (next === Infinity) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#ready.then(() => this.#sendDue());
    }, Math.max(0, next - Date.now()));
  }

  #sendDue(): void {
    if (this.#closed) return;
    const now = Date.now();
    const due = [...this.#pending.values()].filter((entry) => entry.dueAt <= now);
    for (const entry of due) {
      entry.dueAt = now + entry.delayMs;
      entry.delayMs = Math.min(entry.delayMs * 2, this.#options.maxSearchPeriodMs);
    }
    for (const datagram of packDatagrams(due)) {
      for (const destination of this.#options.destinations) {
        this.#socket.send(datagram, destination.port, destination.host, (error) => {
          if (error) this.#options.logger.warn(`ca search to ${formatDestination(destination)} failed: ${error.message}`);
        });
      }
    }
    this.#schedule();
  }

  #onDatagram(datagram: Buffer, remote: RemoteInfo): void {
    let messages;
    try {
      messages = decodeDatagram(datagram);
    } catch (error) {
      this.#options.logger.warn(`ignoring malformed datagram from ${remote.address}:${remote.port}: ${String(error)}`);
      return;
    }
    for (const message of messages) {
      if (message.command !== Command.Search) continue;
      const reply = parseSearchResponse(message);
      const entry = this.#pending.get(reply.searchId);
      if (entry === undefined) continue; // duplicate or stale reply
      this.#pending.delete(entry.id);
      // the server may name its address, or leave it to us to use the sender's
      const host = reply.serverIp ?? remote.address;
      entry.onFound({ host, port: reply.port });
    }
  }
}

function packDatagrams(entries: PendingSearch[]): Uint8Array[] {
  const datagrams: Uint8Array[] = [];
  const header = encodeMessage(versionMessage());
  let parts: Uint8Array[] = [header];
  let size = header.length;
  for (const entry of entries) {
    const request = encodeMessage(searchRequest(entry.name, entry.id, SearchReply.DontReply));
    if (size + request.length > MAX_DATAGRAM_BYTES && parts.length > 1) {
      datagrams.push(Buffer.concat(parts));
      parts = [header];
      size = header.length;
    }
    parts.push(request);
    size += request.length;
  }
  if (parts.length > 1) datagrams.push(Buffer.concat(parts));
  return datagrams;
}
