/**
 * Plan preprocessors (Bluesky's bluesky.preprocessors): each takes a plan and returns a plan that
 * yields extra or rewritten messages and returns the wrapped plan's return value.
 *
 * The run engine may end a plan early with `plan.throw(error)` (a message failed) or
 * `plan.return()` (abort); cleanup here runs in `finally` blocks that keep yielding messages, so the
 * engine must keep driving the generator until it is done to carry the cleanup out.
 */
import { InvalidArgumentError } from '../../lib/errors.js';
import type { PlainValue } from '../../lib/values.js';
import type { Msg, Plan } from './msg.js';
import { mv, positionOf, readInto, readingOf } from './plan-stubs.js';

/**
 * What a mutator does with one message: `undefined` keeps it as is; a plan replaces it, and the
 * value that plan returns is the reply the wrapped plan receives for the original message.
 */
export type MsgMutation = (msg: Msg) => Plan<unknown> | undefined;

/** A plan that yields `msg` and returns its reply: the usual tail of a replacement. */
export function* singleMsg(msg: Msg): Plan<unknown> {
  return yield msg;
}

/**
 * Runs `plan` with every message passed through `mutate` (Bluesky's plan_mutator). Errors thrown
 * into the wrapper (or by a replacement) are thrown into the wrapped plan at the message being
 * processed; an early `return()` closes the wrapped plan, whose cleanup messages are mutated too.
 */
export function* planMutator<T>(plan: Plan<T>, mutate: MsgMutation): Plan<T> {
  const state = { finished: false };
  try {
    return yield* pump(plan, mutate, state, { kind: 'next', value: undefined });
  } finally {
    if (!state.finished) yield* pump(plan, mutate, state, { kind: 'return' });
  }
}

type Resume = { kind: 'next'; value: unknown } | { kind: 'throw'; error: unknown } | { kind: 'return' };

function* pump<T>(plan: Plan<T>, mutate: MsgMutation, state: { finished: boolean }, first: Resume): Plan<T> {
  let resume = first;
  for (;;) {
    let step: IteratorResult<Msg, T>;
    try {
      if (resume.kind === 'next') step = plan.next(resume.value);
      else if (resume.kind === 'throw') step = plan.throw(resume.error);
      else step = plan.return(undefined as T);
    } catch (error) {
      state.finished = true;
      throw error;
    }
    if (step.done) {
      state.finished = true;
      return step.value;
    }
    const msg = step.value;
    try {
      const replacement = mutate(msg);
      resume = { kind: 'next', value: replacement ? yield* replacement : yield msg };
    } catch (error) {
      resume = { kind: 'throw', error };
    }
  }
}

/**
 * Runs `finalPlan` after `plan` however it ends: normally, with an error, or closed early with
 * `return()` (Bluesky's finalize_wrapper). Pass a function to build the final plan only when needed.
 */
export function* finalizeWrapper<T>(plan: Plan<T>, finalPlan: Plan<unknown> | (() => Plan<unknown>)): Plan<T> {
  try {
    return yield* plan;
  } finally {
    yield* typeof finalPlan === 'function' ? finalPlan() : finalPlan;
  }
}

/**
 * Stages the devices before the plan starts and unstages, in reverse order, those that were staged
 * once it ends however it ends. A failed unstage does not keep the others staged.
 */
export function* stageWrapper<T>(plan: Plan<T>, devices: readonly string[]): Plan<T> {
  const staged: string[] = [];
  try {
    for (const device of new Set(devices)) {
      yield { cmd: 'stage', device };
      staged.push(device);
    }
    return yield* plan;
  } finally {
    let failure: { error: unknown } | undefined;
    for (const device of staged.reverse()) {
      try {
        yield { cmd: 'unstage', device };
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}

/**
 * Reads the devices into one event of stream `name` just after each `open_run` and again just
 * before each `close_run` (Bluesky's baseline_wrapper). They are read, not triggered: baseline
 * devices are passive (positions, temperatures, gaps).
 */
export function* baselineWrapper<T>(plan: Plan<T>, devices: readonly string[], name = 'baseline'): Plan<T> {
  if (devices.length === 0) return yield* plan;
  return yield* planMutator(plan, (msg) => {
    if (msg.cmd === 'open_run') {
      return (function* (): Plan<unknown> {
        const uid = yield msg;
        yield* readInto(devices, name);
        return uid;
      })();
    }
    if (msg.cmd === 'close_run') {
      return (function* (): Plan<unknown> {
        yield* readInto(devices, name);
        return yield msg;
      })();
    }
    return undefined;
  });
}

/**
 * Monitors the devices (each into stream `<device>_monitor`) just after each `open_run` and
 * unmonitors them just before its `close_run`; if the plan ends without closing, in `finally`
 * (Bluesky's monitor_during_wrapper).
 */
export function* monitorDuringWrapper<T>(plan: Plan<T>, devices: readonly string[]): Plan<T> {
  if (devices.length === 0) return yield* plan;
  const active = new Set<string>();
  function* unmonitorAll(): Plan {
    for (const device of [...active]) {
      active.delete(device);
      yield { cmd: 'unmonitor', device };
    }
  }
  const mutated = planMutator(plan, (msg) => {
    if (msg.cmd === 'open_run') {
      return (function* (): Plan<unknown> {
        const uid = yield msg;
        for (const device of new Set(devices)) {
          yield { cmd: 'monitor', device };
          active.add(device);
        }
        return uid;
      })();
    }
    if (msg.cmd === 'close_run') {
      return (function* (): Plan<unknown> {
        yield* unmonitorAll();
        return yield msg;
      })();
    }
    return undefined;
  });
  return yield* finalizeWrapper(mutated, unmonitorAll);
}

/**
 * Makes every `set` of the devices (all devices when none are given) relative to where the device
 * was when the plan first set it: the first set of a device reads it, later sets reuse that origin
 * (Bluesky's relative_set_wrapper). A relative set needs a number.
 */
export function* relativeSetWrapper<T>(plan: Plan<T>, devices?: readonly string[]): Plan<T> {
  const origins = new Map<string, number>();
  return yield* planMutator(plan, (msg) => {
    if (msg.cmd !== 'set' || (devices !== undefined && !devices.includes(msg.device))) return undefined;
    const { device, value } = msg;
    if (typeof value !== 'number') throw new InvalidArgumentError(`a relative set of '${device}' needs a number, got ${JSON.stringify(value)}`);
    return (function* (): Plan<unknown> {
      let origin = origins.get(device);
      if (origin === undefined) {
        origin = positionOf(yield { cmd: 'read', device }, device);
        origins.set(device, origin);
      }
      return yield { ...msg, value: origin + value };
    })();
  });
}

/**
 * Puts the devices (all devices the plan sets when none are given) back where they were: the first
 * set of each device reads it first, and once the plan ends however it ends, every device read is
 * moved back and waited for, in group `reset_positions` (Bluesky's reset_positions_wrapper).
 */
export function* resetPositionsWrapper<T>(plan: Plan<T>, devices?: readonly string[]): Plan<T> {
  const initial = new Map<string, PlainValue>();
  const mutated = planMutator(plan, (msg) => {
    if (msg.cmd !== 'set' || initial.has(msg.device) || (devices !== undefined && !devices.includes(msg.device))) return undefined;
    const { device } = msg;
    return (function* (): Plan<unknown> {
      initial.set(device, readingOf(yield { cmd: 'read', device }, device));
      return yield msg;
    })();
  });
  return yield* finalizeWrapper(mutated, function* () {
    if (initial.size > 0) yield* mv([...initial], 'reset_positions');
  });
}
