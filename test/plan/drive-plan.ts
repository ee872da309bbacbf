/**
 * Drives a plan by hand, as the run engine would, feeding it fake replies: for plans and wrappers
 * whose messages depend on what they read.
 */
import type { Msg, Plan } from '../../actors/plan/msg.js';
import type { PlainValue } from '../../lib/values.js';

/** A reply function returns this to close the plan with `plan.return()`, as an abort does. */
export const CLOSE = Symbol('close the plan');

/** The reply to each message; throwing throws the error into the plan at that message. */
export type Replies = (msg: Msg, index: number) => unknown;

interface Outcome<T> {
  msgs: Msg[];
  /** The plan was closed with `return()` by a CLOSE reply. */
  closed: boolean;
  result: { ok: true; value: T } | { ok: false; error: unknown };
}

function drive<T>(plan: Plan<T>, replies: Replies, limit: number): Outcome<T> {
  const msgs: Msg[] = [];
  let closed = false;
  let action: { kind: 'next'; value: unknown } | { kind: 'throw'; error: unknown } | { kind: 'return' } = { kind: 'next', value: undefined };
  for (;;) {
    let step: IteratorResult<Msg, T>;
    try {
      if (action.kind === 'next') step = plan.next(action.value);
      else if (action.kind === 'throw') step = plan.throw(action.error);
      else step = plan.return(undefined as T);
    } catch (error) {
      return { msgs, closed, result: { ok: false, error } };
    }
    if (step.done) return { msgs, closed, result: { ok: true, value: step.value } };
    msgs.push(step.value);
    if (msgs.length > limit) throw new Error(`plan still running after ${limit} messages; last ${JSON.stringify(step.value)}`);
    try {
      const reply = replies(step.value, msgs.length - 1);
      if (reply === CLOSE) {
        closed = true;
        action = { kind: 'return' };
      } else {
        action = { kind: 'next', value: reply };
      }
    } catch (error) {
      action = { kind: 'throw', error };
    }
  }
}

/** Runs the plan to its end; fails if the plan throws. */
export function drivePlan<T>(plan: Plan<T>, replies: Replies = () => undefined, limit = 100_000): { msgs: Msg[]; returnValue: T; closed: boolean } {
  const { msgs, closed, result } = drive(plan, replies, limit);
  if (!result.ok) throw new Error(`plan threw after ${msgs.length} messages: ${String(result.error)}`, { cause: result.error });
  return { msgs, returnValue: result.value, closed };
}

/** Runs the plan until it throws; fails if it ends normally. */
export function drivePlanToError(plan: Plan<unknown>, replies: Replies = () => undefined, limit = 100_000): { msgs: Msg[]; error: unknown } {
  const { msgs, result } = drive(plan, replies, limit);
  if (result.ok) throw new Error(`plan ended normally after ${msgs.length} messages, returning ${JSON.stringify(result.value)}`);
  return { msgs, error: result.error };
}

export interface SimulatedBeamlineOptions {
  /** Positioners and where they start; a set moves them at once. */
  motors?: Record<string, number>;
  /** Detectors: the value they read, from the motors' positions. */
  detectors?: Record<string, (positions: ReadonlyMap<string, number>) => PlainValue>;
  /** Events each flyer's collect reports. */
  collected?: Record<string, number>;
}

export interface SimulatedBeamline {
  replies: Replies;
  positions: Map<string, number>;
}

/**
 * Replies as a tiny beamline would: runs get uids `run-1`, `run-2`...; a motor `m1` reads
 * `m1` and `m1_setpoint`; a detector reads its own name; reading an unknown device throws.
 */
export function simulatedBeamline(options: SimulatedBeamlineOptions): SimulatedBeamline {
  const positions = new Map(Object.entries(options.motors ?? {}));
  const detectors = options.detectors ?? {};
  let runs = 0;
  const reading = (value: PlainValue): { value: PlainValue; timestamp: number } => ({ value, timestamp: 0 });
  const replies: Replies = (msg) => {
    switch (msg.cmd) {
      case 'open_run':
        runs += 1;
        return `run-${runs}`;
      case 'close_run':
        return `run-${runs}`;
      case 'set':
        if (!positions.has(msg.device)) throw new Error(`no motor '${msg.device}'`);
        positions.set(msg.device, msg.value as number);
        return undefined;
      case 'read': {
        const position = positions.get(msg.device);
        if (position !== undefined) return { [msg.device]: reading(position), [`${msg.device}_setpoint`]: reading(position) };
        const detector = detectors[msg.device];
        if (detector) return { [msg.device]: reading(detector(positions)) };
        throw new Error(`no device '${msg.device}'`);
      }
      case 'collect':
        return options.collected?.[msg.device] ?? 0;
      default:
        return undefined;
    }
  };
  return { replies, positions };
}
