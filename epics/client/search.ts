/**
 * UDP name resolution. Pending names are packed into as few datagrams as fit (each opening with a
 * VERSION message, as libca does), re-sent with per-name exponential back-off, and the first reply
 * wins: later replies for the same search id are ignored. Datagrams are paced (SearchPacer) so a
 * burst of thousands of names does not overflow the server's receive buffer.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import type { Logger } from '../../lib/log.js';
import { Command, decodeDatagram, encodeMessage, parseSearchResponse, searchRequest, SearchReply, versionMessage } from '../protocol/mod.js';
import { formatDestination, type SearchDestination } from './config.js';
import { MinHeap } from './min-heap.js';
import { SEARCH_PERIOD_MS, SearchPacer } from './search-pacing.js';

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
  /** Breaks ties in due time: names asked for first are sent first. */
  order: number;
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
  // due order; a found or cancelled name stays in it until it comes out (checked against #pending)
  readonly #due = new MinHeap<PendingSearch>((a, b) => a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.order < b.order));
  readonly #pacer = new SearchPacer();
  readonly #ready: Promise<void>;
  readonly #versionHeader = encodeMessage(versionMessage());
  #nextId = 1;
  #nextOrder = 0;
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;
  #lastSendAt = -Infinity;
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
    const entry: PendingSearch = { name, id, delayMs: FIRST_RETRY_MS, dueAt: Date.now(), order: this.#nextOrder++, onFound };
    this.#pending.set(id, entry);
    this.#due.push(entry);
    this.#schedule();
    return () => {
      this.#forget(id);
    };
  }

  /** A new or restarted server appeared (beacon): retry everything now, as libca does. */
  resetBackoff(): void {
    const now = Date.now();
    for (const entry of this.#pending.values()) {
      entry.delayMs = FIRST_RETRY_MS;
      entry.dueAt = now;
    }
    this.#due.reset(this.#pending.values());
    this.#rearm();
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#pending.clear();
    this.#due.reset([]);
    this.#socket.close();
  }

  #forget(id: number): void {
    if (!this.#pending.delete(id)) return;
    if (this.#pending.size === 0) {
      this.#due.reset([]);
      this.#pacer.restart();
      // stale entries would otherwise pile up in the heap until their (backed-off) due time
    } else if (this.#due.size > 2 * this.#pending.size + 64) {
      this.#due.reset(this.#pending.values());
    }
  }

  /** The first pending name still due, dropping found and cancelled ones on the way. */
  #peekDue(): PendingSearch | undefined {
    for (let top = this.#due.peek(); top !== undefined; top = this.#due.peek()) {
      if (this.#pending.get(top.id) === top) return top;
      this.#due.pop();
    }
    return undefined;
  }

  /** Arms the timer for the next send unless it is already armed that early: O(1) per search. */
  #schedule(): void {
    if (this.#closed) return;
    const next = this.#peekDue();
    if (next === undefined) return;
    // at most one burst per period, however often names are asked for
    const at = Math.max(next.dueAt, this.#lastSendAt + SEARCH_PERIOD_MS);
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Infinity;
      void this.#ready.then(() => this.#sendDue());
    }, Math.max(0, at - Date.now()));
  }

  /** Re-arms from scratch, for when due times moved earlier than the armed timer. */
  #rearm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
    this.#schedule();
  }

  #sendDue(): void {
    if (this.#closed) return;
    const now = Date.now();
    this.#pacer.evaluate();
    const datagrams = this.#takeDue(now, this.#pacer.framesPerPeriod);
    if (datagrams.length > 0) this.#lastSendAt = now;
    for (const datagram of datagrams) {
      for (const destination of this.#options.destinations) {
        this.#socket.send(datagram, destination.port, destination.host, (error) => {
          if (error) this.#options.logger.warn(`ca search to ${formatDestination(destination)} failed: ${error.message}`);
        });
      }
    }
    this.#schedule();
  }

  /**
   * Packs due names, earliest first, into at most `maxDatagrams` datagrams (each opening with a
   * VERSION message, as libca does) and sets their next retry. Names that did not fit stay due
   * for the next period, so each name's back-off counts from when it was really sent: a big burst
   * spreads out instead of retrying in lockstep.
   */
  #takeDue(now: number, maxDatagrams: number): Uint8Array[] {
    const datagrams: Uint8Array[] = [];
    let parts: Uint8Array[] = [];
    let size = 0;
    let names = 0;
    for (let entry = this.#peekDue(); entry !== undefined && entry.dueAt <= now; entry = this.#peekDue()) {
      const request = encodeMessage(searchRequest(entry.name, entry.id, SearchReply.DontReply));
      if (parts.length > 0 && size + request.length > MAX_DATAGRAM_BYTES) {
        datagrams.push(Buffer.concat(parts));
        parts = [];
        if (datagrams.length >= maxDatagrams) break;
      }
      if (parts.length === 0) {
        parts.push(this.#versionHeader);
        size = this.#versionHeader.length;
      }
      parts.push(request);
      size += request.length;
      names += 1;
      this.#due.pop();
      entry.dueAt = now + entry.delayMs;
      entry.delayMs = Math.min(entry.delayMs * 2, this.#options.maxSearchPeriodMs);
      this.#due.push(entry);
    }
    if (parts.length > 0) datagrams.push(Buffer.concat(parts));
    this.#pacer.sent(names);
    return datagrams;
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
      this.#pacer.answered();
      this.#forget(entry.id);
      // the server may name its address, or leave it to us to use the sender's
      const host = reply.serverIp ?? remote.address;
      entry.onFound({ host, port: reply.port });
    }
  }
}
