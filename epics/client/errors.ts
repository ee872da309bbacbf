/**
 * Client-side Channel Access failures. Each names the PV and, when one is known, the server that
 * served it, because "timed out" alone is useless on a beamline with forty IOCs.
 */
import { BrightlineError, ErrorCode, TimeoutError, type BrightlineErrorOptions } from '../../lib/errors.js';

/** Where a failure happened: the PV always, the server once the name was resolved. */
export interface CaErrorContext {
  pvName: string;
  server?: string;
}

function where(context: CaErrorContext): string {
  return context.server === undefined ? `'${context.pvName}'` : `'${context.pvName}' on ${context.server}`;
}

export class CaClientError extends BrightlineError {
  readonly pvName: string;
  readonly server: string | undefined;

  constructor(code: ErrorCode, message: string, context: CaErrorContext, options: BrightlineErrorOptions = {}) {
    super(code, message, options);
    this.pvName = context.pvName;
    this.server = context.server;
  }
}

/** No server answered the name search in time; retryable since the IOC may be booting. */
export class ChannelNotFoundError extends CaClientError {
  constructor(pvName: string, readonly searched: readonly string[], readonly timeoutMs: number, options?: ErrorOptions) {
    const targets = searched.length === 0 ? 'no addresses (empty address list)' : searched.join(', ');
    super(ErrorCode.NotFound, `PV '${pvName}' not found: no server answered a search of ${targets} within ${timeoutMs} ms`, { pvName }, { retryable: true, ...options });
  }
}

/** A get, put or connect did not complete in time; a lib TimeoutError that also names the PV. */
export class CaTimeoutError extends TimeoutError {
  readonly pvName: string;
  readonly server: string | undefined;

  constructor(readonly operation: string, context: CaErrorContext, timeoutMs: number, options?: ErrorOptions) {
    super(`${operation} of ${where(context)}`, timeoutMs, options);
    this.pvName = context.pvName;
    this.server = context.server;
  }
}

/** The server refused or failed a request; `status` is the ECA code it sent. */
export class CaStatusError extends CaClientError {
  constructor(readonly operation: string, readonly status: number, description: string, context: CaErrorContext, options?: ErrorOptions) {
    super(codeForStatus(status), `${operation} of ${where(context)} failed: ${description}`, context, options);
  }
}

/** Access rights say no; checked before sending, the way libca does. */
export class CaAccessDeniedError extends CaClientError {
  constructor(operation: 'get' | 'put', context: CaErrorContext, options?: ErrorOptions) {
    super(ErrorCode.PermissionDenied, `${operation} of ${where(context)} refused: no ${operation === 'get' ? 'read' : 'write'} access`, context, options);
  }
}

/** The circuit carrying the channel went away while a request was in flight. */
export class ChannelDisconnectedError extends CaClientError {
  constructor(operation: string, context: CaErrorContext, reason: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, `${operation} of ${where(context)} aborted: channel disconnected (${reason})`, context, { retryable: true, ...options });
  }
}

/** The server would not create the channel although it answered the search. */
export class ChannelCreateError extends CaClientError {
  constructor(context: CaErrorContext, options?: ErrorOptions) {
    super(ErrorCode.FailedPrecondition, `server refused to create channel ${where(context)}`, context, { retryable: true, ...options });
  }
}

/** The client was closed while the request was pending. */
export class ClientClosedError extends CaClientError {
  constructor(operation: string, pvName: string, options?: ErrorOptions) {
    super(ErrorCode.Cancelled, `${operation} of '${pvName}' cancelled: channel access client closed`, { pvName }, options);
  }
}

/** A value that cannot be written to the channel's type (e.g. 'abc' to a double). */
export class CaValueError extends CaClientError {
  constructor(message: string, context: CaErrorContext, options?: ErrorOptions) {
    super(ErrorCode.InvalidArgument, message, context, options);
  }
}

// Rights and bad-argument statuses are the caller's problem; anything else is the server's.
const NO_RIGHTS = new Set([368, 376]);
const BAD_ARGUMENT = new Set([72, 96, 114, 176, 186, 280, 330, 400]);
function codeForStatus(status: number): ErrorCode {
  if (NO_RIGHTS.has(status)) return ErrorCode.PermissionDenied;
  if (BAD_ARGUMENT.has(status)) return ErrorCode.InvalidArgument;
  return ErrorCode.Aborted;
}
