/**
 * What a failed gateway call means to a person: the one place where a gRPC status becomes the
 * error the CLI reports. Statuses keep their code (lib/errors.ts numbers them as gRPC does), so
 * cli/exit-codes.ts turns each into its exit code; this module adds what to do about it. The one
 * exception is the facility's CANCELLED, which becomes ABORTED: in the CLI, CANCELLED means Ctrl-C.
 */
import { status, type ServiceError } from '@grpc/grpc-js';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import { ERROR_NAME_METADATA } from '../gateway/status-table.js';
import { GATEWAY_ENV, TOKEN_ENV, type TokenSource } from './environment.js';

/** A call the gateway answered with an error status, or that never got an answer. */
export class GatewayCallError extends BrightlineError {
  constructor(
    code: ErrorCode,
    message: string,
    /** The Facility method, e.g. `Read`. */
    readonly method: string,
    /** The facility's error class when the gateway named it; '' otherwise. */
    readonly remoteName: string,
    options?: ErrorOptions,
  ) {
    super(code, message, { retryable: code === ErrorCode.Unavailable || code === ErrorCode.DeadlineExceeded, ...options });
  }
}

/** No gateway answers at the address: nothing runs there, or it went away mid-command. */
export class GatewayUnreachableError extends BrightlineError {
  constructor(
    readonly address: string,
    lost: boolean,
    options?: ErrorOptions,
  ) {
    super(ErrorCode.Unavailable, lost ? lostMessage(address) : unreachableMessage(address), { retryable: true, ...options });
  }
}

/** The call's deadline passed with no answer from the gateway (its own answers say what took long). */
export class GatewayTimeoutError extends BrightlineError {
  constructor(message: string, options?: ErrorOptions) {
    super(ErrorCode.DeadlineExceeded, message, { retryable: true, ...options });
  }
}

export class InterruptedError extends BrightlineError {
  constructor() {
    super(ErrorCode.Cancelled, 'interrupted');
  }
}

export function unreachableMessage(address: string): string {
  return `cannot reach the brightline gateway at ${address}: is the facility running? start it with ./brightline up (or set ${GATEWAY_ENV})`;
}

function lostMessage(address: string): string {
  return `lost the connection to the brightline gateway at ${address}: was it stopped? start it with ./brightline up (or set ${GATEWAY_ENV})`;
}

export interface FailureContext {
  method: string;
  address: string;
  token: TokenSource;
  /** False when the channel to the gateway is down: an UNAVAILABLE then is ours, not the gateway's. */
  connected: boolean;
  /** The deadline the call had, for a message when it passed without an answer. */
  timeoutMs?: number;
}

/** The error a failed call is reported as. */
export function callFailure(error: ServiceError, context: FailureContext): BrightlineError {
  const { method } = context;
  const remoteName = String(error.metadata?.get(ERROR_NAME_METADATA)[0] ?? '');
  const details = error.details || `${method} failed (${statusName(error.code)})`;
  switch (error.code) {
    case status.UNAUTHENTICATED:
      return new GatewayCallError(ErrorCode.Unauthenticated, `${details}${tokenHint(context.token)}`, method, remoteName);
    case status.PERMISSION_DENIED:
      // Who the caller is was decided by a token nobody typed: say which one, in case it is the wrong one.
      return new GatewayCallError(ErrorCode.PermissionDenied, context.token.kind === 'file' ? `${details}${tokenHint(context.token)}` : details, method, remoteName);
    case status.UNAVAILABLE:
      if (!context.connected && remoteName === '') return new GatewayUnreachableError(context.address, true, { cause: error });
      break;
    case status.CANCELLED:
      // The CLI's own cancellations (Ctrl-C, a caller's signal) never get here. A named error is the
      // facility's (a move cut short by someone's stop, a lease given up): a failure of the command,
      // ABORTED so that it does not read as Ctrl-C (exit 130 and quiet endings key on CANCELLED).
      if (remoteName !== '') return new GatewayCallError(ErrorCode.Aborted, details, method, remoteName, { cause: error });
      // Unnamed, it is the gateway cutting the call.
      return new GatewayUnreachableError(context.address, true, { cause: error });
    case status.DEADLINE_EXCEEDED:
      if (remoteName === '' && /^Deadline exceeded/i.test(details)) {
        const within = context.timeoutMs === undefined ? '' : ` within ${context.timeoutMs / 1000} s`;
        return new GatewayTimeoutError(`no answer to ${method}${within} from the gateway at ${context.address}`, { cause: error });
      }
      break;
  }
  return new GatewayCallError(isErrorCode(error.code) ? error.code : ErrorCode.Unknown, details, method, remoteName, { cause: error });
}

/** What to do about a refused token: where the one sent came from, or how to get one. */
function tokenHint(source: TokenSource): string {
  switch (source.kind) {
    case 'none':
      return `\n  no token: ${TOKEN_ENV} is not set and ${source.path} does not exist; 'brightline token new' makes one, and ./brightline up writes ${source.path}`;
    case 'file':
      return `\n  the token sent was read from ${source.path} (set ${TOKEN_ENV} to use another)`;
    case 'env':
      return `\n  the token sent was ${TOKEN_ENV}'s`;
  }
}

function isErrorCode(code: number): code is ErrorCode {
  return (Object.values(ErrorCode) as number[]).includes(code);
}

function statusName(code: number): string {
  return (status as unknown as Record<number, string | undefined>)[code] ?? `status ${code}`;
}
