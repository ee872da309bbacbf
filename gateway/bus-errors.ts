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
 * - JetStream did not answer a read (a NATS node down, a stream or the cluster without a leader)
 *   or is not there: UNAVAILABLE (retryable) naming what was read, never INTERNAL;
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

/**
 * JetStream did not answer a read, or could not (no leader for the stream or the cluster, no
 * JetStream on the server): a NATS node is down or the cluster is electing. Retrying may help.
 */
export class JetStreamUnavailableError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, message, { retryable: true, ...options });
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
  /** The JetStream stream or bucket read, for failures of JetStream itself: 'the document stream BL_DOCS'. */
  store?: string;
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
  return explainJetStreamFailure(error, { store: attempt.store ?? 'JetStream', what: attempt.what, beamline: attempt.beamline });
}

/** One JetStream read on behalf of a call, for the words of its failure. */
export interface JetStreamRead {
  /** What was read: 'the document stream BL_DOCS', 'the KV bucket BL_HEALTH', 'JetStream'. */
  store: string;
  /** What the call was doing: 'reading the documents of run 1a2b'. */
  what: string;
  /** The beamline it concerns; '' for none. */
  beamline: string;
}

/**
 * The error a call sees for `error`, thrown by the NATS client during a JetStream read: a
 * JetStreamUnavailableError when JetStream did not answer or could not, else `error` unchanged
 * (an unknown error stays INTERNAL in the status table, its details in the log only).
 */
export function explainJetStreamFailure(error: unknown, read: JetStreamRead): unknown {
  const trouble = jetStreamTrouble(error);
  if (!trouble) return error;
  const during = `while ${read.what}${on(read.beamline)}`;
  switch (trouble.kind) {
    case 'timeout':
      return new JetStreamUnavailableError(`${read.store} did not answer within ${seconds(JETSTREAM_API_TIMEOUT_MS, 0)} s ${during} (a NATS node may be down; retry)`, { cause: error });
    case 'unavailable':
      return new JetStreamUnavailableError(`${read.store} could not be read ${during}: ${trouble.reason} (a NATS node may be down; retry)`, { cause: error });
    case 'connection':
      return new JetStreamUnavailableError(`the gateway lost its NATS connection ${during} (reading ${read.store}); retry`, { cause: error });
  }
}

/**
 * How long the NATS client waits for an answer of the JetStream API (its default, which the Bus
 * keeps): creating a consumer, a stored-message lookup, a stream's info.
 */
export const JETSTREAM_API_TIMEOUT_MS = 5_000;

/** Why JetStream could not be read, as the NATS client says it. */
export type JetStreamTrouble =
  | { kind: 'timeout' }
  /** The server answered that it cannot serve the read now, in its words (`reason`). */
  | { kind: 'unavailable'; reason: string }
  /** The gateway's connection dropped or closed under the read. */
  | { kind: 'connection' };

/**
 * The JetStream API errors that say "not now" rather than "never": the cluster or the stream has
 * no leader (a node down, an election), the stream or consumer is offline. nats-server's codes
 * (server/errors.json); any error the server sends with status 503 means the same.
 */
const UNAVAILABLE_API_CODES: ReadonlySet<number> = new Set([
  10008, // JSClusterNotAvailErr: JetStream system temporarily unavailable (no meta leader)
  10009, // JSClusterNotLeaderErr: JetStream cluster can not handle request
  10118, // JSStreamOfflineErr: stream is offline
  10119, // JSConsumerOfflineErr: consumer is offline
]);

/**
 * Whether a NATS client error means JetStream did not answer or could not, and how. Recognized by
 * the client's error names (and a JetStream API error's codes), as only actors/transport imports
 * the client; test/gateway/bus-errors.test.ts checks them against the client's own classes. A
 * BrightlineError (the bus's typed errors) is never one: it says what it is itself.
 */
export function jetStreamTrouble(error: unknown): JetStreamTrouble | undefined {
  if (!(error instanceof Error) || error instanceof BrightlineError) return undefined;
  switch (error.name) {
    // Any request of the client's, the JetStream API's included, that got no answer in time.
    // (Its message tells it from a DOMException of AbortSignal.timeout(), which has the same name.)
    case 'TimeoutError':
      return error.message === 'timeout' ? { kind: 'timeout' } : undefined;
    // Nobody serves the JetStream API: no JetStream on this server, or it is not ready.
    case 'JetStreamNotEnabled':
    case 'NoResponders':
      return { kind: 'unavailable', reason: 'JetStream does not answer on the NATS server the gateway is connected to' };
    case 'JetStreamApiError': {
      const { code, status } = error as Error & { code?: unknown; status?: unknown };
      const unavailable = status === 503 || (typeof code === 'number' && UNAVAILABLE_API_CODES.has(code));
      return unavailable ? { kind: 'unavailable', reason: error.message } : undefined;
    }
    // A status a consumer's messages end with: 503 is "no responders" to its pull.
    case 'JetStreamStatusError':
      return (error as Error & { code?: unknown }).code === 503 ? { kind: 'unavailable', reason: 'JetStream did not answer the consumer' } : undefined;
    case 'ClosedConnectionError':
    case 'DrainingConnectionError':
      return { kind: 'connection' };
    // A failed request: what failed it is its cause; without one, the connection it was on is gone.
    case 'RequestError':
      if (error.cause !== undefined) return jetStreamTrouble(error.cause);
      return /connection (disconnected|closed)/.test(error.message) ? { kind: 'connection' } : undefined;
    default:
      return undefined;
  }
}

function on(beamline: string): string {
  return beamline ? ` on ${beamline}` : '';
}

function seconds(ms: number, digits = 1): string {
  return (ms / 1000).toFixed(digits);
}
