/**
 * One request to a beamline's run engine on behalf of a gRPC call: bounded by the call's deadline,
 * cancelled with the call, and with the bus's failures said the way a person at the CLI needs them
 * (bus-errors.ts: which beamline, what to do). The engine's own refusals pass through typed.
 */
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import type { Bus, MessageType, Replyable } from '../actors/transport/mod.js';
import { explainBusFailure } from './bus-errors.js';
import type { CallContext } from './rpc.js';

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
  /** See RequestOptions.onReply: the reply's place among the engine's publications. */
  onReply?: () => void;
}

export async function requestRunEngine<Req, Rep extends Replyable>(bus: Bus, context: CallContext, call: RunEngineCall<Req, Rep>): Promise<Rep> {
  const timeoutMs = context.remainingMs(call.capMs);
  try {
    return await bus.request(call.subject, call.requestType, call.request, call.replyType, {
      timeoutMs,
      signal: context.signal,
      ...(call.onReply ? { onReply: call.onReply } : {}),
    });
  } catch (error) {
    throw explainBusFailure(error, {
      what: `'${call.what}'`,
      beamline: call.beamline,
      timeoutMs,
      capMs: call.capMs,
      signal: context.signal,
      missing: (cause) =>
        new RunEngineUnavailableError(call.beamline ? noRunEngineMessage(call.beamline) : 'no run engine is running; start the facility with ./brightline up', { cause }),
      silent: (seconds, cause) => {
        const silent = call.beamline ? `the run engine for ${call.beamline} did not answer` : 'no run engine answered';
        return new RunEngineUnavailableError(`${silent} '${call.what}' within ${seconds} s`, { cause });
      },
    });
  }
}
