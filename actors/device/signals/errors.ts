/** Why a signal operation failed; each names the signal's source so an operator can find the PV. */
import { BrightlineError, ErrorCode } from '../../../lib/errors.js';

export class SignalConnectError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.Unavailable, `${source} did not connect: ${reason}`, { retryable: true, ...options });
  }
}

export class SignalNotConnectedError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly operation: string,
  ) {
    super(ErrorCode.Unavailable, `cannot ${operation} ${source}: not connected`, { retryable: true });
  }
}

/** The connection was lost while an operation waited on it (a put-callback, a get). */
export class SignalDisconnectedError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly operation: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.Unavailable, `${operation} ${source} failed: disconnected (${reason})`, { retryable: true, ...options });
  }
}

export class SignalTimeoutError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly operation: string,
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.DeadlineExceeded, `${operation} ${source} did not complete within ${timeoutMs} ms`, { retryable: true, ...options });
  }
}

/** The source refused the value (out of drive limits, not a valid enum state, read-only...). */
export class SignalPutError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.FailedPrecondition, `put to ${source} refused: ${reason}`, options);
  }
}

export class SignalClosedError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly operation: string,
  ) {
    super(ErrorCode.Cancelled, `${operation} ${source}: the signal was closed`);
  }
}

/** A signal URI this host cannot resolve: unknown scheme, empty name, or an unknown sim:// PV. */
export class SignalSourceError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(ErrorCode.InvalidArgument, `signal '${source}': ${reason}`);
  }
}

/** The operation was abandoned by its caller (a stop, a device shutdown). */
export class SignalAbortedError extends BrightlineError {
  constructor(
    readonly source: string,
    readonly operation: string,
  ) {
    super(ErrorCode.Cancelled, `${operation} ${source}: abandoned`);
  }
}
