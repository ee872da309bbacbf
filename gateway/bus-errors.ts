/**
 * What a failed bus request means to the person behind a gRPC call. The bus's errors speak of
 * subjects, inboxes and NATS users; a client hears which beamline, which process and what to do.
 * Device and run-engine requests, and the run catalog's reads, all go through here:
 *
 * - the call ended (cancelled, deadline, gateway stopping, a device host lost): why it ended;
 * - nobody serves the subject: the target's own "not running" error;
 * - no reply in time: DEADLINE_EXCEEDED when the call's deadline cut the wait short, else the
 *   target's "did not answer" (UNAVAILABLE, retryable);
 * - the connection to NATS dropped mid-request: UNAVAILABLE, the outcome unknown;
 * - NATS refused the gateway's own user, or a reply did not decode: a hidden INTERNAL error (the
 *   gateway's setup or a version mismatch, nothing the caller did), logged with the subject;
 * - anything the remote process said (its typed refusals): unchanged.
 */
import { BrightlineError, ErrorCode, MalformedMessageError, NoResponderError, TimeoutError, type BrightlineErrorOptions } from '../lib/errors.js';
import { ConnectionLostError, NatsPermissionDeniedError } from '../actors/transport/mod.js';

/**
 * Nobody answered in time: we stopped waiting, but what was asked may still be happening (a device
 * still moving). DEADLINE_EXCEEDED when the call's deadline cut the wait short, else UNAVAILABLE.
 */
export class NoAnswerError extends BrightlineError {}

/** The gateway's NATS connection dropped while a request was out: it may or may not have been served. */
export class BusConnectionLostError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
  }
}

/**
 * A failure of the gateway itself (its NATS user lacks a permission, a reply it cannot decode):
 * INTERNAL, so the status table logs the message (with the subject) and the client gets a reference.
 */
export class GatewayBusError extends BrightlineError {
  constructor(message: string, options?: BrightlineErrorOptions) {
    super(ErrorCode.Internal, message, options);
  }
}

/** A call ended by something that is not a BrightlineError (a test's AbortController): cancelled. */
export class CallEndedError extends BrightlineError {
  constructor(what: string, options?: ErrorOptions) {
    super(ErrorCode.Cancelled, `${what} was cancelled`, options);
  }
}

/** One request or read on behalf of a call, for the words of its failure. */
export interface BusAttempt {
  /** What was asked, for messages: `'set m1'`, `'queue add'`, `listing the runs`. */
  what: string;
  /** The beamline it concerns; '' for a facility-wide request. */
  beamline: string;
  /** What the request waited at most (ms): the call's remaining deadline, at most `capMs`. */
  timeoutMs: number;
  /** How long it may take whatever the call's deadline. */
  capMs: number;
  /** The signal the request was cancelled with (the call's, or one that includes it). */
  signal: AbortSignal;
  /** Nobody serves the subject: the process behind it is not running. */
  missing(cause: NoResponderError): BrightlineError;
  /** No answer within `capMs`: the process is there but silent. */
  silent(seconds: number, cause: TimeoutError): BrightlineError;
}

/** The error a call sees for `error`, thrown by a bus request or read made for `attempt`. */
export function explainBusFailure(error: unknown, attempt: BusAttempt): unknown {
  const { signal } = attempt;
  // Aborted: why (the client cancelled, the deadline passed, the gateway stops, the host went silent) is the signal's reason.
  if (signal.aborted) return signal.reason instanceof BrightlineError ? signal.reason : new CallEndedError(attempt.what, { cause: signal.reason });
  if (error instanceof NatsPermissionDeniedError) {
    return new GatewayBusError(`${attempt.what}${on(attempt.beamline)} was refused by NATS: ${error.message} (the gateway's user in deploy/nats/permissions.conf)`, { cause: error });
  }
  if (error instanceof MalformedMessageError) {
    return new GatewayBusError(`${attempt.what}${on(attempt.beamline)}: ${error.message} (are the gateway and the process it asked the same version?)`, { cause: error });
  }
  if (error instanceof NoResponderError) return attempt.missing(error);
  if (error instanceof TimeoutError) {
    if (attempt.timeoutMs < attempt.capMs) {
      return new NoAnswerError(ErrorCode.DeadlineExceeded, `${attempt.what}${on(attempt.beamline)} did not finish within the call's deadline (${seconds(attempt.timeoutMs)} s)`, { cause: error });
    }
    return attempt.silent(attempt.capMs / 1000, error);
  }
  if (error instanceof ConnectionLostError) {
    return new BusConnectionLostError(`the gateway lost its NATS connection during ${attempt.what}${on(attempt.beamline)}; it may or may not have been done`, { cause: error });
  }
  return error;
}

function on(beamline: string): string {
  return beamline ? ` on ${beamline}` : '';
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
