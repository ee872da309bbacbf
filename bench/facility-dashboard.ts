/**
 * The dashboard's event stream as a page reads it: `GET /api/events` with the bearer token, a
 * `view` message with every section first (`reset`), then only the sections that changed (null:
 * gone). The bench keeps the sections as the page would and notes when each message arrived, so a
 * fault can be timed to the message that first shows it (gateway/dashboard/event-stream.ts).
 */

export type Sections = ReadonlyMap<string, unknown>;

/** What the bench reads of a tile section (gateway/dashboard/view-model.ts, TileView). */
export interface TileSection {
  readonly id: string;
  readonly state: string;
  readonly reason: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly problems: ReadonlyArray<{ readonly key: string; readonly name: string; readonly state: string; readonly reason: string }>;
  readonly processes: ReadonlyArray<{ readonly name: string; readonly state: string }>;
}

/** What the bench reads of an alarm row (AlarmView). */
export interface AlarmSection {
  readonly key: string;
  readonly state: string;
  readonly severity: string;
  readonly reason: string;
  readonly members: ReadonlyArray<{ readonly key: string }>;
}

interface Waiter {
  readonly check: (sections: Sections) => unknown;
  readonly resolve: (seen: Seen<unknown>) => void;
  readonly reject: (error: Error) => void;
}

/** What a predicate returned, and when (Date.now()) the message that made it true arrived. */
export interface Seen<T> {
  readonly value: T;
  readonly atMs: number;
}

export class DashboardStream {
  readonly #sections = new Map<string, unknown>();
  readonly #waiters = new Set<Waiter>();
  readonly #abort = new AbortController();
  #failure: Error | undefined;

  private constructor() {}

  /** Opens the stream and resolves once the first (full) view is in. */
  static async open(address: string, token: string): Promise<DashboardStream> {
    const stream = new DashboardStream();
    const response = await fetch(`http://${address}/api/events`, { headers: { authorization: `Bearer ${token}` }, signal: stream.#abort.signal });
    if (!response.ok || !response.body) throw new Error(`the dashboard at ${address} answered /api/events with ${response.status}: ${await response.text()}`);
    void stream.#read(response.body);
    await stream.waitFor('the first view', (sections) => (sections.size > 0 ? true : undefined), 30_000);
    return stream;
  }

  get sections(): Sections {
    return this.#sections;
  }

  tile(id: string): TileSection | undefined {
    return this.#sections.get(`tile:${id}`) as TileSection | undefined;
  }

  alarms(): readonly AlarmSection[] {
    return (this.#sections.get('alarms') as AlarmSection[] | undefined) ?? [];
  }

  /**
   * Resolves with the first non-undefined value of `check` (tried now, then after each message)
   * and when that message arrived; rejects after `timeoutMs` saying what it waited for.
   */
  waitFor<T>(what: string, check: (sections: Sections) => T | undefined, timeoutMs: number): Promise<Seen<T>> {
    const now = check(this.#sections);
    if (now !== undefined) return Promise.resolve({ value: now, atMs: Date.now() });
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise<Seen<T>>((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check,
        resolve: (seen) => {
          settle();
          resolve(seen as Seen<T>);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`the dashboard did not show ${what} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  close(): void {
    this.#abort.abort();
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        const atMs = Date.now();
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          this.#event(buffered.slice(0, end), atMs);
          buffered = buffered.slice(end + 2);
        }
      }
      this.#fail(new Error('the dashboard ended its event stream'));
    } catch (error) {
      if (!this.#abort.signal.aborted) this.#fail(new Error(`the dashboard's event stream broke: ${(error as Error).message}`));
    }
  }

  /** One server-sent event: `event:` and `data:` lines; comments (keep-alives) and `retry:` are skipped. */
  #event(block: string, atMs: number): void {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (name === 'refused') this.#fail(new Error(`the dashboard refused the stream: ${data.join('\n')}`));
    if (name !== 'view' || data.length === 0) return;
    const message = JSON.parse(data.join('\n')) as { reset: boolean; sections: Record<string, unknown> };
    if (message.reset) this.#sections.clear();
    for (const [key, value] of Object.entries(message.sections)) {
      if (value === null) this.#sections.delete(key);
      else this.#sections.set(key, value);
    }
    for (const waiter of [...this.#waiters]) {
      const value = waiter.check(this.#sections);
      if (value !== undefined) waiter.resolve({ value, atMs });
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiter of [...this.#waiters]) waiter.reject(error);
  }
}
