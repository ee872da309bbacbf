/**
 * The supervisor's writes of health records, one at a time per key and retried until they land.
 * A process record is written once per change: one lost write (a timeout on a new 3-replica
 * BL_HEALTH, a copy far behind after a node rejoined; deploy/multi-host.md) left `brightline health`
 * without a row for a process that was up, or showing a run engine `disconnected` long after it
 * was back. Latest wins: a newer write of a key takes the place of one waiting for its retry, so an
 * older state never lands over a newer one. The log says once per key that its writes fail, and
 * once that they work again.
 */
import { describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';

export interface HealthWriterOptions {
  logger: Logger;
  /** The wait before the first retry of a key; doubled after each failure up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

const DEFAULT_INITIAL_BACKOFF_MS = 250;
const DEFAULT_MAX_BACKOFF_MS = 5_000;

/** A write not yet done: its task, and how to settle whoever waits for it. */
interface Waiting {
  run(): Promise<void>;
  /** Settles the caller with its fallback: superseded by a newer write, or the writer closed. */
  drop(): void;
}

interface KeyState {
  /** The write to do next (a new one, or a failed one waiting for its retry). */
  next: Waiting | undefined;
  running: boolean;
  retryTimer: NodeJS.Timeout | undefined;
  /** Failed attempts in a row; 0 while the key's writes work. */
  failures: number;
}

export class HealthWriter {
  private readonly keys = new Map<string, KeyState>();
  private readonly idleWaiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly options: HealthWriterOptions) {}

  /**
   * Runs `task` for `key` after the key's earlier writes, again after each failure (with back-off)
   * until it succeeds. Resolves with its result, or with `fallback` when a newer write of the key
   * took its place before it succeeded, or the writer was closed.
   */
  write<T>(key: string, task: () => Promise<T>, fallback: T): Promise<T> {
    if (this.closed) return Promise.resolve(fallback);
    return new Promise<T>((resolve) => {
      const state = this.keys.get(key) ?? { next: undefined, running: false, retryTimer: undefined, failures: 0 };
      this.keys.set(key, state);
      state.next?.drop();
      state.next = {
        run: async () => resolve(await task()),
        drop: () => resolve(fallback),
      };
      this.drive(key, state);
    });
  }

  /** Resolves once no write is running or waiting, or after `timeoutMs`; true when idle. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.keys.size === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const done = (idle: boolean): void => {
        clearTimeout(timer);
        this.idleWaiters.delete(onIdle);
        resolve(idle);
      };
      const onIdle = (): void => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.idleWaiters.add(onIdle);
    });
  }

  /** Stops retrying: waiting writes settle with their fallback; a write running now finishes. */
  close(): void {
    this.closed = true;
    for (const [key, state] of this.keys) {
      clearTimeout(state.retryTimer);
      state.retryTimer = undefined;
      state.next?.drop();
      state.next = undefined;
      if (!state.running) this.forget(key);
    }
  }

  private drive(key: string, state: KeyState): void {
    if (state.running || state.retryTimer || !state.next) return;
    const current = state.next;
    state.next = undefined;
    state.running = true;
    void current.run().then(
      () => {
        if (state.failures > 0) this.options.logger.info(`health record '${key}' written again after ${state.failures} failed attempts`);
        state.failures = 0;
        this.settled(key, state);
      },
      (error: unknown) => {
        state.failures += 1;
        if (state.failures === 1) this.options.logger.warn(`health record '${key}' not written (retrying until it is): ${describeError(error)}`);
        // A newer write of the key already waiting takes the failed one's place.
        if (this.closed || state.next) current.drop();
        else state.next = current;
        if (!this.closed) {
          state.retryTimer = setTimeout(() => {
            state.retryTimer = undefined;
            this.drive(key, state);
          }, this.backoffMs(state.failures));
        }
        this.settled(key, state);
      },
    );
  }

  private settled(key: string, state: KeyState): void {
    state.running = false;
    if (this.closed) return this.forget(key);
    if (state.next) this.drive(key, state);
    else if (!state.retryTimer) this.forget(key);
  }

  private forget(key: string): void {
    this.keys.delete(key);
    if (this.keys.size > 0) return;
    for (const wake of [...this.idleWaiters]) wake();
  }

  private backoffMs(failures: number): number {
    const initial = this.options.initialBackoffMs ?? DEFAULT_INITIAL_BACKOFF_MS;
    return Math.min(this.options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS, initial * 2 ** (failures - 1));
  }
}
