import type { Socket } from 'node:net';
import { encodeMessage, type CaMessageInit } from '../protocol/mod.js';

/** Builds a monitor update from the latest state at the moment it can actually be sent. */
export type RenderUpdate = () => CaMessageInit;

/**
 * The outbound side of one virtual circuit, with bounded memory for a client that reads slowly.
 * Replies are written at once, but while the socket is backed up the circuit stops reading
 * requests, so a client that does not read cannot make us queue replies without bound. Monitor
 * updates are not driven by requests, so they wait in one slot per subscription where a newer
 * update replaces an older one: a slow client sees the latest value, not every value.
 *
 * Messages are small (a monitor update is ~56 bytes) and one syscall each was most of the server's
 * CPU, so the socket stays corked for the rest of the event-loop turn and everything written in
 * that turn leaves in one writev. Corked bytes count towards the socket's buffer, so write()
 * still reports a backed-up socket and the flow control above is unchanged, as is the order.
 */
export class CircuitWriter {
  readonly #socket: Socket;
  // Map keeps insertion order, and re-setting a key keeps its place: the longest-waiting goes first
  readonly #waiting = new Map<number, RenderUpdate>();
  #eventsOn = true;
  #closed = false;
  #corked = false;

  constructor(socket: Socket, private readonly onRenderError: (error: unknown) => void) {
    this.#socket = socket;
    socket.on('drain', () => this.#flush());
  }

  /** Updates waiting for the socket or for EVENTS_ON, at most one per subscription. */
  get waitingUpdates(): number {
    return this.#waiting.size;
  }

  send(message: CaMessageInit): void {
    this.#write(encodeMessage(message));
  }

  update(subscriptionId: number, render: RenderUpdate): void {
    if (this.#closed) return;
    if (this.#waiting.size === 0 && this.#canSendUpdates()) {
      this.#writeRendered(render);
      return;
    }
    this.#waiting.set(subscriptionId, render);
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
    this.#uncork();
  }

  #canSendUpdates(): boolean {
    return this.#eventsOn && !this.#socket.writableNeedDrain;
  }

  #write(bytes: Uint8Array): void {
    if (this.#closed || this.#socket.destroyed) return;
    if (!this.#corked) {
      this.#corked = true;
      this.#socket.cork();
      process.nextTick(() => this.#uncork());
    }
    if (!this.#socket.write(bytes)) this.#socket.pause();
  }

  #uncork(): void {
    if (!this.#corked) return;
    this.#corked = false;
    this.#socket.uncork();
  }

  #writeRendered(render: RenderUpdate): void {
    let bytes: Uint8Array;
    try {
      bytes = encodeMessage(render());
    } catch (error) {
      this.onRenderError(error);
      return;
    }
    this.#write(bytes);
  }

  #flush(): void {
    if (this.#closed) return;
    for (const [id, render] of this.#waiting) {
      if (!this.#canSendUpdates()) break;
      this.#waiting.delete(id);
      this.#writeRendered(render);
    }
    if (!this.#socket.writableNeedDrain && !this.#closed) this.#socket.resume();
  }
}
