/**
 * Time for the IOC database comes from here, never from Date.now or setInterval directly, so a test
 * can move a motor through its whole trajectory in microseconds with a ManualScheduler.
 */

export type Cancel = () => void;

export interface Scheduler {
  /** Wall-clock milliseconds since the epoch; becomes the PV timestamp. */
  now(): number;
  /** Calls `tick` every `intervalMs` until the returned Cancel is called. */
  every(intervalMs: number, tick: () => void): Cancel;
}

/** Node timers and the system clock. Timers are unref'd: the CA server's sockets keep the process alive, not a motor. */
export function systemScheduler(): Scheduler {
  return {
    now: () => Date.now(),
    every(intervalMs, tick) {
      const timer = setInterval(tick, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

interface ManualTimer {
  readonly intervalMs: number;
  readonly tick: () => void;
  dueMs: number;
  /** Orders timers due at the same instant by creation, as node does. */
  readonly order: number;
}

/** A clock that moves only when told; timers fire in due order, each seeing `now()` at its due time. */
export class ManualScheduler implements Scheduler {
  #nowMs: number;
  #timers = new Set<ManualTimer>();
  #created = 0;

  constructor(startMs = 1_700_000_000_000) {
    this.#nowMs = startMs;
  }

  now(): number {
    return this.#nowMs;
  }

  every(intervalMs: number, tick: () => void): Cancel {
    if (!(intervalMs > 0)) throw new RangeError(`interval must be > 0 ms, got ${intervalMs}`);
    const timer: ManualTimer = { intervalMs, tick, dueMs: this.#nowMs + intervalMs, order: this.#created++ };
    this.#timers.add(timer);
    return () => {
      this.#timers.delete(timer);
    };
  }

  /** Number of live timers: a finished motor must leave none behind. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves the clock forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.#nowMs + ms;
    for (let timer = this.#nextDue(target); timer; timer = this.#nextDue(target)) {
      this.#nowMs = timer.dueMs;
      timer.dueMs += timer.intervalMs;
      timer.tick();
    }
    this.#nowMs = target;
  }

  #nextDue(limitMs: number): ManualTimer | undefined {
    let next: ManualTimer | undefined;
    for (const timer of this.#timers) {
      if (timer.dueMs > limitMs) continue;
      if (!next || timer.dueMs < next.dueMs || (timer.dueMs === next.dueMs && timer.order < next.order)) next = timer;
    }
    return next;
  }
}
