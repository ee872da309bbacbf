/**
 * A parent's supervision of one child inside a process (a device host's device actor): when the
 * child fails, the dead child is stopped, a fresh one is started after the policy's back-off, and
 * once the child fails more often than the policy allows the supervisor gives up and escalates.
 * Timers come from an injectable clock (XState's SimulatedClock fits), so tests run in no time.
 */
import { performance } from 'node:perf_hooks';
import { RestartTracker, type RestartPolicy } from './restart-policy.js';

/** What a supervisor needs of a child. */
export interface SupervisedChild {
  /** Calls `listener` once when the child fails, at once if it already has; returns an unsubscribe. */
  onFailure(listener: (error: unknown) => void): () => void;
  /** Releases the child, a failed one too. */
  stop(): void;
}

/** Monotonic milliseconds and timers; `SimulatedClock` from xstate is one. */
export interface SupervisorClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const realClock: SupervisorClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as NodeJS.Timeout),
};

export const SupervisorState = {
  /** Not started yet. */
  Idle: 'idle',
  Running: 'running',
  /** The child failed; a fresh one starts when the back-off ends. */
  Restarting: 'restarting',
  /** The child failed too often: no more restarts. */
  Escalated: 'escalated',
  Stopped: 'stopped',
} as const;
export type SupervisorState = (typeof SupervisorState)[keyof typeof SupervisorState];

export interface ChildSupervisorOptions<C extends SupervisedChild> {
  /** Creates and starts a fresh child; a throw counts as a failure of that child. */
  start(): C;
  policy: RestartPolicy;
  clock?: SupervisorClock;
  /** The child failed and will be restarted in `delayMs`; `attempt` counts from 1. */
  onRestarting?(attempt: number, delayMs: number, error: unknown): void;
  /** A fresh child runs in place of the failed one. */
  onRestarted?(child: C, attempt: number): void;
  /** The child failed too often; `reason` says how often (`crashed 6 times in 60 s`). */
  onEscalated?(reason: string, lastError: unknown): void;
}

export class ChildSupervisor<C extends SupervisedChild> {
  readonly #options: ChildSupervisorOptions<C>;
  readonly #clock: SupervisorClock;
  readonly #tracker: RestartTracker;
  #state: SupervisorState = SupervisorState.Idle;
  #child: C | undefined;
  #startedAt = 0;
  #unsubscribe: (() => void) | undefined;
  #timer: unknown;

  constructor(options: ChildSupervisorOptions<C>) {
    this.#options = options;
    this.#clock = options.clock ?? realClock;
    this.#tracker = new RestartTracker(options.policy);
  }

  get state(): SupervisorState {
    return this.#state;
  }

  /** The running child; undefined while restarting, after escalation and once stopped. */
  get child(): C | undefined {
    return this.#child;
  }

  /** Restarts in the current run of failures. */
  get attempt(): number {
    return this.#tracker.attempt;
  }

  /**
   * Supervises `initial`, or a child from `options.start()` (whose throw propagates: a child that
   * cannot even be created the first time is a caller's error, not a crash).
   */
  start(initial?: C): C {
    if (this.#state !== SupervisorState.Idle) throw new Error(`supervisor already ${this.#state}`);
    const child = initial ?? this.#options.start();
    this.#adopt(child);
    return child;
  }

  /** Stops the child and cancels a pending restart; the supervisor does nothing more. */
  stop(): void {
    if (this.#state === SupervisorState.Stopped) return;
    this.#state = SupervisorState.Stopped;
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    const child = this.#release();
    child?.stop();
  }

  #adopt(child: C): void {
    this.#state = SupervisorState.Running;
    this.#child = child;
    this.#startedAt = this.#clock.now();
    // Subscribed last: a child that failed while starting reports it right here.
    this.#unsubscribe = child.onFailure((error) => this.#failed(child, error));
  }

  #release(): C | undefined {
    const child = this.#child;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#child = undefined;
    return child;
  }

  #failed(child: C, error: unknown): void {
    if (this.#state !== SupervisorState.Running || this.#child !== child) return;
    this.#release();
    stopQuietly(child);
    this.#decide(error);
  }

  #decide(error: unknown): void {
    const decision = this.#tracker.failed(this.#clock.now(), this.#startedAt);
    if (decision.action === 'escalate') {
      this.#state = SupervisorState.Escalated;
      this.#options.onEscalated?.(decision.reason, error);
      return;
    }
    this.#state = SupervisorState.Restarting;
    this.#timer = this.#clock.setTimeout(() => this.#restart(decision.attempt), decision.delayMs);
    this.#options.onRestarting?.(decision.attempt, decision.delayMs, error);
  }

  #restart(attempt: number): void {
    this.#timer = undefined;
    if (this.#state !== SupervisorState.Restarting) return;
    let child: C;
    try {
      child = this.#options.start();
    } catch (error) {
      // A child that cannot be created failed at once; it counts against the budget like a crash.
      this.#startedAt = this.#clock.now();
      this.#decide(error);
      return;
    }
    this.#adopt(child);
    if (this.#child === child) this.#options.onRestarted?.(child, attempt);
  }
}

function stopQuietly(child: SupervisedChild): void {
  try {
    child.stop();
  } catch {
    // a dead child that cannot even be stopped has nothing left to release
  }
}
