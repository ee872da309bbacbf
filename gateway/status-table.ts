/**
 * The one table from a brightline error code to the gRPC status a client sees. Facility errors
 * are meant for a person and pass through with their message; an error the gateway does not know
 * (a bug, a library's exception) becomes INTERNAL with a reference to the log line that has the
 * details, so no stack, path or internal name ever reaches a client. The one exception: the NATS
 * client saying JetStream did not answer (a node down, no leader) is UNAVAILABLE, as a retry may help.
 */
import { randomBytes } from 'node:crypto';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import type { Logger } from '../lib/log.js';
import { NatsPermissionDeniedError } from '../actors/transport/mod.js';
import { explainJetStreamFailure } from './bus-errors.js';

/** What a client is told: the gRPC code and whether the message may be shown to it. */
interface Mapping {
  readonly status: status;
  /** False for failures that say something about the gateway's insides rather than the request. */
  readonly shown: boolean;
}

export const STATUS_TABLE: Readonly<Record<ErrorCode, Mapping>> = {
  [ErrorCode.Cancelled]: { status: status.CANCELLED, shown: true },
  [ErrorCode.Unknown]: { status: status.INTERNAL, shown: false },
  [ErrorCode.InvalidArgument]: { status: status.INVALID_ARGUMENT, shown: true },
  [ErrorCode.DeadlineExceeded]: { status: status.DEADLINE_EXCEEDED, shown: true },
  [ErrorCode.NotFound]: { status: status.NOT_FOUND, shown: true },
  [ErrorCode.AlreadyExists]: { status: status.ALREADY_EXISTS, shown: true },
  [ErrorCode.PermissionDenied]: { status: status.PERMISSION_DENIED, shown: true },
  [ErrorCode.ResourceExhausted]: { status: status.RESOURCE_EXHAUSTED, shown: true },
  [ErrorCode.FailedPrecondition]: { status: status.FAILED_PRECONDITION, shown: true },
  [ErrorCode.Aborted]: { status: status.ABORTED, shown: true },
  [ErrorCode.OutOfRange]: { status: status.OUT_OF_RANGE, shown: true },
  [ErrorCode.Unimplemented]: { status: status.UNIMPLEMENTED, shown: true },
  [ErrorCode.Internal]: { status: status.INTERNAL, shown: false },
  [ErrorCode.Unavailable]: { status: status.UNAVAILABLE, shown: true },
  [ErrorCode.Unauthenticated]: { status: status.UNAUTHENTICATED, shown: true },
};

/**
 * Trailing metadata naming the facility error's class (`DeviceHostMissingError`), so a client can
 * tell failures with one status apart without parsing messages. Never sent for hidden failures.
 */
export const ERROR_NAME_METADATA = 'bl-error-name';

/** The status object grpc-js sends for a failed call. */
export type GrpcFailure = Pick<ServiceError, 'code' | 'details'> & { message: string; name: string; metadata?: Metadata };

/**
 * The gRPC status for anything a handler threw. Hidden failures are logged with `method` and a
 * fresh reference id, which is all the client gets.
 */
export function toGrpcStatus(thrown: unknown, method: string, logger: Logger): GrpcFailure {
  const error = jetStreamFailureOf(thrown, method, logger);
  // NATS refusing the gateway's own user is never the caller's fault (bus-errors.ts hides it; this catches any path that did not).
  const mapping = error instanceof BrightlineError && !(error instanceof NatsPermissionDeniedError) ? STATUS_TABLE[error.code] : undefined;
  if (mapping?.shown && error instanceof BrightlineError) {
    const metadata = new Metadata();
    metadata.set(ERROR_NAME_METADATA, error.name);
    return { ...failure(mapping.status, error.message), metadata };
  }
  const ref = randomBytes(4).toString('hex');
  logger.error(`${method} failed (ref ${ref}): ${describeInternal(error)}`);
  return failure(status.INTERNAL, `internal error (see gateway log, ref ${ref})`);
}

export function failure(code: status, details: string): GrpcFailure {
  return { code, details, message: details, name: 'GatewayError' };
}

/**
 * A JetStream read that failed in a handler that did not say what it read (bus-errors.ts does
 * for the run methods) is still UNAVAILABLE, retryable, not INTERNAL: a NATS node is down, not a
 * bug. Logged, with the client's error, as a warning.
 */
function jetStreamFailureOf(error: unknown, method: string, logger: Logger): unknown {
  if (error instanceof BrightlineError) return error;
  const explained = explainJetStreamFailure(error, { store: 'JetStream', what: `serving ${method}`, beamline: '' });
  if (explained !== error) logger.warn(`${method}: ${describeInternal(error)}`);
  return explained;
}

function describeInternal(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
