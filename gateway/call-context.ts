/**
 * The CallContext of one gRPC call: who calls, what is left of its deadline, and one AbortSignal
 * that fires when the client cancels, the deadline passes or the gateway shuts down, so that a
 * handler passes a single signal to every bus request and subscription it makes.
 */
import type { Deadline, Metadata } from '@grpc/grpc-js';
import { BrightlineError, ErrorCode } from '../lib/errors.js';
import type { CallContext, Identity } from './rpc.js';

/** The parts of a grpc-js server call the context needs (unary and server-streaming alike). */
export interface GrpcCall {
  readonly metadata: Metadata;
  getDeadline(): Deadline;
  once(event: 'cancelled', listener: () => void): unknown;
  removeListener(event: 'cancelled', listener: () => void): unknown;
}

export interface OpenCallContext {
  readonly context: CallContext;
  /** Aborts the context's signal with `reason` (the caller lost the right to the call), unless it is aborted already. */
  abort(reason: BrightlineError): void;
  /** Releases the timer and listeners; call once the call has ended. */
  close(): void;
}

export class CallCancelledError extends BrightlineError {
  constructor(method: string) {
    super(ErrorCode.Cancelled, `${method}: the client cancelled the call`);
  }
}

export class CallDeadlineError extends BrightlineError {
  constructor(method: string) {
    super(ErrorCode.DeadlineExceeded, `${method}: the call's deadline passed`);
  }
}

export class GatewayStoppingError extends BrightlineError {
  constructor() {
    super(ErrorCode.Unavailable, 'the gateway is shutting down', { retryable: true });
  }
}

export function openCallContext(call: GrpcCall, method: string, identity: Identity, gatewayStopping: AbortSignal): OpenCallContext {
  const controller = new AbortController();
  const deadline = deadlineMs(call.getDeadline());
  const abort = (reason: BrightlineError): void => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onCancelled = (): void => abort(new CallCancelledError(method));
  const onStopping = (): void => abort(new GatewayStoppingError());
  call.once('cancelled', onCancelled);
  if (gatewayStopping.aborted) onStopping();
  else gatewayStopping.addEventListener('abort', onStopping, { once: true });
  // grpc-js ends an expired call itself; this timer makes sure the work behind it stops too.
  const timer = Number.isFinite(deadline) ? setTimeout(() => abort(new CallDeadlineError(method)), Math.max(0, deadline - Date.now())) : undefined;

  const context: CallContext = {
    method,
    identity,
    signal: controller.signal,
    remainingMs: (capMs) => (Number.isFinite(deadline) ? Math.max(1, Math.min(capMs, deadline - Date.now())) : capMs),
    header: (name) => {
      const value = call.metadata.get(name.toLowerCase())[0];
      return typeof value === 'string' && value !== '' ? value : undefined;
    },
  };
  return {
    context,
    abort,
    close: () => {
      clearTimeout(timer);
      call.removeListener('cancelled', onCancelled);
      gatewayStopping.removeEventListener('abort', onStopping);
    },
  };
}

/** A grpc-js deadline as ms since the epoch; Infinity when the call has none. */
export function deadlineMs(deadline: Deadline): number {
  return deadline instanceof Date ? deadline.getTime() : deadline;
}
