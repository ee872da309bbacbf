/**
 * The one error hierarchy of brightline. Every error carries a gRPC-compatible code, whether a
 * retry may help, and its cause, so it can cross NATS as a protobuf `Error` and come out typed.
 */

/** gRPC status codes: the gateway maps them one to one. */
export const ErrorCode = {
  Cancelled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  /** No or an unknown credential (the gateway's bearer token). */
  Unauthenticated: 16,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The shape an error takes on the wire (`brightline.v1.Error`). */
export interface WireError {
  code?: number | null;
  name?: string | null;
  message?: string | null;
  retryable?: boolean | null;
}

export interface BrightlineErrorOptions extends ErrorOptions {
  retryable?: boolean;
}

export class BrightlineError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: BrightlineErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
  }

  toWire(): WireError {
    return { code: this.code, name: this.name, message: this.message, retryable: this.retryable };
  }

  /** Rebuilds an error that crossed the bus; its class name survives as `name`. */
  static fromWire(wire: WireError): BrightlineError {
    const code = isErrorCode(wire.code) ? wire.code : ErrorCode.Unknown;
    const error = new BrightlineError(code, wire.message ?? 'unknown error', { retryable: wire.retryable ?? false });
    error.name = wire.name || 'BrightlineError';
    return error;
  }

  /** Anything thrown, as a BrightlineError; unknown errors become Internal without losing the cause. */
  static from(error: unknown): BrightlineError {
    if (error instanceof BrightlineError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new BrightlineError(ErrorCode.Internal, message, { cause: error });
  }
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'number' && Object.values(ErrorCode).includes(code as ErrorCode);
}

export class MalformedMessageError extends BrightlineError {
  constructor(readonly subject: string, readonly messageType: string, options?: ErrorOptions) {
    super(ErrorCode.InvalidArgument, `malformed ${messageType} on '${subject}'`, options);
  }
}

export class TimeoutError extends BrightlineError {
  constructor(readonly what: string, readonly timeoutMs: number, options?: ErrorOptions) {
    super(ErrorCode.DeadlineExceeded, `${what} timed out after ${timeoutMs} ms`, { retryable: true, ...options });
  }
}

export class NoResponderError extends BrightlineError {
  constructor(readonly subject: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, `nobody serves '${subject}': is its process running?`, { retryable: true, ...options });
  }
}

export class InvalidArgumentError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.InvalidArgument, message, options);
  }
}

/** Turns any caught value into a short human reason, for logs and RunStop documents. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
