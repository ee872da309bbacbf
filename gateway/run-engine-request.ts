/**
 * One request to a beamline's run engine on behalf of a gRPC call: bounded by the call's deadline,
 * cancelled with the call, and with the bus's transport failures said the way a person at the
 * CLI needs them (which beamline, what to do). The engine's own refusals pass through typed.
 */
import { BrightlineError, ErrorCode, InvalidArgumentError, NoResponderError, TimeoutError } from '../lib/errors.js';
import { isSubjectToken } from '../lib/ids.js';
import type { Bus, MessageType, Replyable } from '../actors/transport/mod.js';
import { BeamlineRole, type CallContext, type Need } from './rpc.js';

/** Status, control and queue requests answer at once. */
export const QUICK_TIMEOUT_MS = 5_000;
/** A submission checks the plan's devices with the device host (a heartbeat away) first. */
export const SUBMIT_TIMEOUT_MS = 15_000;

/** The beamline's run engine is not running or not answering: nothing it said. */
export class RunEngineUnavailableError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
  }
}

export function noRunEngineMessage(beamline: string): string {
  return `no run engine for ${beamline} is running; start the facility with ./brightline up`;
}

/** The request's beamline, checked: it becomes a subject token, so a bad one is the caller's mistake. */
export function requestedBeamline(beamline: string | null | undefined): string {
  const name = beamline ?? '';
  if (name === '') throw new InvalidArgumentError('name a beamline (the request\'s beamline field is empty)');
  if (!isSubjectToken(name)) throw new InvalidArgumentError(`beamline '${name}' must be 1-64 letters, digits, '_' or '-'`);
  return name;
}

/** What a call on one beamline needs: at least `role` there. */
export function beamlineNeed(beamline: string | null | undefined, role: BeamlineRole, action: string): Need {
  return { kind: 'beamline', beamline: requestedBeamline(beamline), role, action };
}

export interface RunEngineCall<Req, Rep> {
  subject: string;
  /** The beamline the engine serves, for messages ('' for a facility-wide request). */
  beamline: string;
  /** What is asked, for messages: `status`, `queue add`. */
  what: string;
  requestType: MessageType<unknown, Req>;
  request: Req;
  replyType: MessageType<Rep, never>;
  capMs: number;
}

export async function requestRunEngine<Req, Rep extends Replyable>(bus: Bus, context: CallContext, call: RunEngineCall<Req, Rep>): Promise<Rep> {
  const timeoutMs = context.remainingMs(call.capMs);
  try {
    return await bus.request(call.subject, call.requestType, call.request, call.replyType, { timeoutMs, signal: context.signal });
  } catch (error) {
    if (error instanceof NoResponderError) {
      throw new RunEngineUnavailableError(call.beamline ? noRunEngineMessage(call.beamline) : 'no run engine is running; start the facility with ./brightline up', { cause: error });
    }
    // Cut short by the call's own deadline, it is the call's timeout; at the cap, the engine's silence.
    if (error instanceof TimeoutError && timeoutMs >= call.capMs) {
      const silent = call.beamline ? `the run engine for ${call.beamline} did not answer` : 'no run engine answered';
      throw new RunEngineUnavailableError(`${silent} '${call.what}' within ${call.capMs / 1000} s`, { cause: error });
    }
    throw error;
  }
}
