/**
 * The two kinds of listener every SignalBackend keeps: monitor readings (`subscribe`) and
 * connection changes (`onConnection`). Listeners are called in the order they subscribed; one that
 * unsubscribes (or subscribes another) while being called does not disturb the current emit.
 */
import type { ConnectionChange, SignalReading, Unsubscribe } from './signal-backend.js';

export class SignalListeners {
  readonly #readings = new Set<(reading: SignalReading) => void>();
  readonly #connections = new Set<(change: ConnectionChange) => void>();

  subscribe(listener: (reading: SignalReading) => void): Unsubscribe {
    this.#readings.add(listener);
    return () => this.#readings.delete(listener);
  }

  onConnection(listener: (change: ConnectionChange) => void): Unsubscribe {
    this.#connections.add(listener);
    return () => this.#connections.delete(listener);
  }

  emit(reading: SignalReading): void {
    for (const listener of [...this.#readings]) listener(reading);
  }

  emitConnection(change: ConnectionChange): void {
    for (const listener of [...this.#connections]) listener(change);
  }

  /** Drops every listener of both kinds (a closed signal reports nothing more). */
  clear(): void {
    this.#readings.clear();
    this.#connections.clear();
  }
}
