import type { Socket } from 'node:net';
import type { CaMessageInit } from '../protocol/mod.js';
import { OutboundBatch } from './outbound-batch.js';
import type { PvSnapshot } from './pv-source.js';

/** A subscription as the writer sees it: it encodes its update from a snapshot when it can be sent. */
export interface UpdateEncoder {
  readonly id: number;
  /** Appends the monitor update for `snapshot` to `out`; a throw closes the circuit. */
  encodeUpdate(snapshot: PvSnapshot, out: OutboundBatch): void;
}

/** An update waiting for the socket: only the latest snapshot is kept. */
interface WaitingUpdate {
  encoder: UpdateEncoder;
  snapshot: PvSnapshot;
}

/**
 * The outbound side of one virtual circuit, with bounded memory for a client that reads slowly.
 * Replies are written at once, but while the socket is backed up the circuit stops reading
 * requests, so a client that does not read cannot make us queue replies without bound. Monitor
 * updates are not driven by requests, so they wait in one slot per subscription where a newer
 * update replaces an older one: a slow client sees the latest value, not every value.
 *
 * Messages are small (a monitor update is ~56 bytes) and one syscall each was most of the server's
 * CPU, so everything written in one event-loop turn is encoded into one OutboundBatch and leaves
 * in one socket write at the end of the turn. The batch is handed over early once it and the
 * socket's buffer reach the socket's high-water mark, so write() reports a backed-up socket at
 * the same point as when every message was its own write, and the flow control above is unchanged,
 * as is the order.
 */
export class CircuitWriter {
  readonly #socket: Socket;
  // the socket counts a write in writableLength until it has left, so 0 means no bytes in flight
  readonly #batch: OutboundBatch;
  // Map keeps insertion order, and re-setting a key keeps its place: the longest-waiting goes first
  readonly #waiting = new Map<number, WaitingUpdate>();
  // one closure for the writer's life rather than one per turn
  readonly #endOfTurn = (): void => this.#handOver();
  #handOverScheduled = false;
  #eventsOn = true;
  #closed = false;

  constructor(socket: Socket, private readonly onRenderError: (error: unknown) => void) {
    this.#socket = socket;
    this.#batch = new OutboundBatch(() => socket.writableLength === 0);
    socket.on('drain', () => this.#flush());
  }

  /** Updates waiting for the socket or for EVENTS_ON, at most one per subscription. */
  get waitingUpdates(): number {
    return this.#waiting.size;
  }

  send(message: CaMessageInit): void {
    if (!this.#writable()) return;
    this.#batch.append(message);
    this.#appended();
  }

  /** A new value for `encoder`'s subscription: sent now if the socket can take it, else kept as the latest. */
  update(encoder: UpdateEncoder, snapshot: PvSnapshot): void {
    if (this.#closed) return;
    if (this.#waiting.size === 0 && this.#canSendUpdates()) {
      this.#writeUpdate(encoder, snapshot);
      return;
    }
    const waiting = this.#waiting.get(encoder.id);
    if (waiting === undefined) {
      this.#waiting.set(encoder.id, { encoder, snapshot });
    } else {
      waiting.encoder = encoder;
      waiting.snapshot = snapshot;
    }
  }

  /** Drops a waiting update, so nothing is sent for a subscription after its cancel reply. */
  forget(subscriptionId: number): void {
    this.#waiting.delete(subscriptionId);
  }

  /** CA_PROTO_EVENTS_OFF/ON: the client asks us to hold monitor updates while it catches up. */
  setEventsOn(on: boolean): void {
    this.#eventsOn = on;
    if (on) this.#flush();
  }

  close(): void {
    this.#closed = true;
    this.#waiting.clear();
    // what was written before the close goes out, as it did before writes were batched
    this.#handOver();
  }

  #canSendUpdates(): boolean {
    return this.#eventsOn && !this.#socket.writableNeedDrain;
  }

  #writable(): boolean {
    return !this.#closed && !this.#socket.destroyed;
  }

  #writeUpdate(encoder: UpdateEncoder, snapshot: PvSnapshot): void {
    if (!this.#writable()) return;
    const mark = this.#batch.mark();
    try {
      encoder.encodeUpdate(snapshot, this.#batch);
    } catch (error) {
      this.#batch.rollback(mark);
      this.onRenderError(error);
      return;
    }
    this.#appended();
  }

  #appended(): void {
    if (this.#batch.length + this.#socket.writableLength >= this.#socket.writableHighWaterMark) {
      this.#handOver();
      return;
    }
    if (!this.#handOverScheduled) {
      this.#handOverScheduled = true;
      process.nextTick(this.#endOfTurn);
    }
  }

  #handOver(): void {
    this.#handOverScheduled = false;
    const bytes = this.#batch.take();
    if (bytes === undefined || this.#socket.destroyed) return;
    if (!this.#socket.write(bytes)) this.#socket.pause();
  }

  #flush(): void {
    if (this.#closed) return;
    for (const [id, waiting] of this.#waiting) {
      if (!this.#canSendUpdates()) break;
      this.#waiting.delete(id);
      this.#writeUpdate(waiting.encoder, waiting.snapshot);
    }
    if (!this.#socket.writableNeedDrain && !this.#closed) this.#socket.resume();
  }
}
