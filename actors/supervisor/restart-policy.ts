/**
 * When a supervisor restarts a failed child and when it gives up (Erlang's restart intensity with
 * Akka's back-off): each restart waits twice as long as the one before, from `initialBackoffMs` up
 * to `maxBackoffMs`; a child that had run for `stableAfterMs` before failing starts afresh; more
 * than `maxRestarts` failures within `withinMs` escalate. Pure logic over times in milliseconds:
 * no timers, no clock, so a device actor and an OS process obey the same rules.
 */
import { InvalidArgumentError } from '../../lib/errors.js';

export interface RestartPolicy {
  /** Delay before the first restart of a run of failures. */
  readonly initialBackoffMs: number;
  /** The doubling stops here. */
  readonly maxBackoffMs: number;
  /** Restarts allowed within `withinMs`; the failure after them escalates. */
  readonly maxRestarts: number;
  /** The window the failures are counted in. */
  readonly withinMs: number;
  /** A child that ran this long before failing starts its back-off afresh; `withinMs` by default. */
  readonly stableAfterMs?: number;
}

export type RestartDecision =
  /** Restart after `delayMs`; `attempt` counts restarts since the child last ran stably (1, 2, ...). */
  | { readonly action: 'restart'; readonly delayMs: number; readonly attempt: number }
  /** Give up: `reason` says how often it failed, e.g. `crashed 6 times in 60 s`. */
  | { readonly action: 'escalate'; readonly reason: string; readonly failures: number };

/** Device actors inside a device host: quick first restarts, a fault after the sixth crash in a minute. */
export const DEVICE_RESTART_POLICY: RestartPolicy = {
  initialBackoffMs: 100,
  maxBackoffMs: 5_000,
  maxRestarts: 5,
  withinMs: 60_000,
  stableAfterMs: 10_000,
};

/** OS processes under `brightline up`: slower, as a process takes seconds to start. */
export const PROCESS_RESTART_POLICY: RestartPolicy = {
  initialBackoffMs: 500,
  maxBackoffMs: 30_000,
  maxRestarts: 5,
  withinMs: 60_000,
  stableAfterMs: 60_000,
};

/** Checks a policy's numbers; a policy from config must not make a supervisor spin or never restart. */
export function validateRestartPolicy(policy: RestartPolicy): RestartPolicy {
  const problems: string[] = [];
  const check = (field: keyof RestartPolicy, value: number | undefined, min: number): void => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value < min) problems.push(`${field} must be a number >= ${min}, got ${value}`);
  };
  check('initialBackoffMs', policy.initialBackoffMs, 0);
  check('maxBackoffMs', policy.maxBackoffMs, 0);
  check('maxRestarts', policy.maxRestarts, 0);
  check('withinMs', policy.withinMs, 1);
  check('stableAfterMs', policy.stableAfterMs, 0);
  if (!Number.isInteger(policy.maxRestarts)) problems.push(`maxRestarts must be a whole number, got ${policy.maxRestarts}`);
  if (policy.maxBackoffMs < policy.initialBackoffMs) problems.push(`maxBackoffMs (${policy.maxBackoffMs}) is below initialBackoffMs (${policy.initialBackoffMs})`);
  if (problems.length > 0) throw new InvalidArgumentError(`invalid restart policy: ${problems.join('; ')}`);
  return policy;
}

/** The delay before restart number `attempt` (1-based) of a run of failures. */
export function backoffDelayMs(policy: RestartPolicy, attempt: number): number {
  const exponent = Math.max(0, attempt - 1);
  // 2 ** 1100 is Infinity; min() keeps it at the cap.
  return Math.min(policy.initialBackoffMs * 2 ** exponent, policy.maxBackoffMs);
}

/** `60 s`, `1.5 s`, `250 ms`: a window as people read it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * The failure history of one child and the decisions it leads to. Times are milliseconds on any
 * monotonic clock, as long as one tracker is always given the same one.
 */
export class RestartTracker {
  readonly policy: RestartPolicy;
  #failures: number[] = [];
  #attempt = 0;

  constructor(policy: RestartPolicy) {
    this.policy = validateRestartPolicy(policy);
  }

  /** Restarts in the current run of failures (0 after a stable run or `reset`). */
  get attempt(): number {
    return this.#attempt;
  }

  /** Failure times still inside the window at `nowMs`. */
  failuresWithin(nowMs: number): readonly number[] {
    return this.#failures.filter((t) => t > nowMs - this.policy.withinMs);
  }

  /**
   * Records that the child started at `startedAtMs` failed at `nowMs`, and says what to do:
   * restart after a delay, or escalate when this failure is one more than the window allows.
   */
  failed(nowMs: number, startedAtMs: number): RestartDecision {
    const stableAfterMs = this.policy.stableAfterMs ?? this.policy.withinMs;
    if (nowMs - startedAtMs >= stableAfterMs) this.#attempt = 0;
    this.#failures = [...this.failuresWithin(nowMs), nowMs];
    const failures = this.#failures.length;
    if (failures > this.policy.maxRestarts) {
      return { action: 'escalate', failures, reason: `crashed ${failures} time${failures === 1 ? '' : 's'} in ${formatDuration(this.policy.withinMs)}` };
    }
    this.#attempt += 1;
    return { action: 'restart', attempt: this.#attempt, delayMs: backoffDelayMs(this.policy, this.#attempt) };
  }

  /** Forgets every failure, e.g. after an operator restarted the child by hand. */
  reset(): void {
    this.#failures = [];
    this.#attempt = 0;
  }
}
