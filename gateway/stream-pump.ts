/**
 * Feeds a server stream from bus callbacks without letting a slow client pile up memory: messages
 * go out in order, and while one waits for the client, a newer message under the same key replaces
 * the unsent older one (a device's readings, a health record, an operation's progress: only the
 * latest matters to a watcher that fell behind).
 */
export class LatestByKey<M> {
  private readonly pending = new Map<string, M>();
  private draining: Promise<void> | undefined;

  constructor(private readonly send: (message: M) => Promise<void>) {}

  push(key: string, message: M): void {
    this.pending.set(key, message);
    this.draining ??= this.drain();
  }

  /** Resolves once everything pushed so far has been handed to the stream. */
  async flushed(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    for (let next = this.pending.entries().next(); !next.done; next = this.pending.entries().next()) {
      const [key, message] = next.value;
      this.pending.delete(key);
      await this.send(message);
    }
    this.draining = undefined;
  }
}

/** Resolves when `signal` aborts: a watch stream's handler ends when its call does. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
