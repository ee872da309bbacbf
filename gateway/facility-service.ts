/**
 * Every Facility method through one pipeline: a request that does not decode is INVALID_ARGUMENT
 * (not grpc-js's INTERNAL), then the bearer token names the caller, the handler's need is checked
 * against the policy, the handler runs with a CallContext, and whatever it throws becomes a gRPC
 * status through the status table. A unary call is answered exactly once; a stream ends with OK or
 * with the mapped status; nothing a handler does can take the process down. A stream's caller is
 * checked again every few seconds, so that revoking a token (or a role) also ends its watches.
 */
import type * as grpc from '@grpc/grpc-js';
import { status as grpcStatus } from '@grpc/grpc-js';
import { InvalidArgumentError, BrightlineError, ErrorCode } from '../lib/errors.js';
import type { Logger } from '../lib/log.js';
import { authenticate, PermissionDeniedError, reauthorize, requireAllowed } from './bearer.js';
import { recordCallStatus, withCallSpan } from './call-span.js';
import { GatewayStoppingError, openCallContext, type OpenCallContext } from './call-context.js';
import { facilityMethods, facilityServiceDefinition, FACILITY_SERVICE, type FacilityMethod } from './facility-definition.js';
import type { FacilityHandlers, Identity, Need, StreamRpc, UnaryRpc } from './rpc.js';
import { toGrpcStatus } from './status-table.js';

/** What a request that failed to decode turns into, so the pipeline can answer it properly. */
class MalformedRequest {
  constructor(readonly typeName: string, readonly reason: string) {}
}

/** The Facility service definition with a request decoder that never throws. */
export function servedDefinition(): grpc.ServiceDefinition {
  const definition = facilityServiceDefinition();
  const methods = new Map(facilityMethods().map((m) => [m.name, m]));
  const served: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const [name, method] of Object.entries(definition)) {
    const typeName = methods.get(name)?.requestTypeName ?? 'request';
    served[name] = {
      ...method,
      requestDeserialize: (bytes: Buffer) => {
        try {
          return method.requestDeserialize(bytes);
        } catch (error) {
          return new MalformedRequest(typeName, error instanceof Error ? error.message : String(error));
        }
      },
    };
  }
  return served;
}

export interface PipelineOptions {
  handlers: FacilityHandlers;
  identify(token: string): Identity | undefined;
  logger: Logger;
  stopping: AbortSignal;
}

/** As often as the token store looks at the users file: a revoked token loses its streams within two of these. */
export const RECHECK_INTERVAL_MS = 2_000;

type AnyUnary = UnaryRpc<object, object>;
type AnyStream = StreamRpc<object, object>;

export function facilityImplementation(options: PipelineOptions): grpc.UntypedServiceImplementation {
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const method of facilityMethods()) {
    const rpc = (options.handlers as Record<string, AnyUnary | AnyStream | undefined>)[method.name];
    implementation[method.name] = method.responseStream
      ? streamHandler(method, rpc?.kind === 'stream' ? rpc : undefined, options)
      : unaryHandler(method, rpc?.kind === 'unary' ? rpc : undefined, options);
  }
  return implementation;
}

type Call = grpc.ServerUnaryCall<object, object> | grpc.ServerWritableStream<object, object>;

/** Authenticates, checks the request and the caller's right to it; returns who calls, what the call needs and the handler. */
function admit<R extends AnyUnary | AnyStream>(call: Call, method: FacilityMethod, rpc: R | undefined, options: PipelineOptions): { identity: Identity; need: Need; rpc: R } {
  const identity = authenticate(call.metadata, options.identify);
  const request = call.request;
  if (request instanceof MalformedRequest) {
    throw new InvalidArgumentError(`${method.name}: the request is not a valid brightline.v1.${request.typeName} (${request.reason})`);
  }
  if (!rpc) throw new BrightlineError(ErrorCode.Unimplemented, `${FACILITY_SERVICE}/${method.name} is not served by this gateway`);
  const need = rpc.need(request);
  try {
    requireAllowed(identity, need);
  } catch (error) {
    if (error instanceof PermissionDeniedError) options.logger.info(`denied ${method.name} to ${identity.user}: ${error.message}`);
    throw error;
  }
  return { identity, need, rpc };
}

function unaryHandler(method: FacilityMethod, rpc: AnyUnary | undefined, options: PipelineOptions): grpc.handleUnaryCall<object, object> {
  return (call, callback) => {
    let answered = false;
    const answer = (error: grpc.ServerErrorResponse | null, reply?: object): void => {
      if (answered) return;
      answered = true;
      // A cancelled or expired call has had its status already; grpc-js would drop this anyway.
      if (call.cancelled) return;
      callback(error, reply);
    };
    let open: OpenCallContext | undefined;
    void withCallSpan(call.metadata, method.name, async (span) => {
      try {
        const admitted = admit(call, method, rpc, options);
        open = openCallContext(call, method.name, admitted.identity, options.stopping);
        const reply = await admitted.rpc.handle(call.request, open.context);
        recordCallStatus(span, grpcStatus.OK);
        answer(null, reply);
      } catch (error) {
        const status = toGrpcStatus(error, method.name, options.logger);
        recordCallStatus(span, status.code, status.details);
        answer(status);
      } finally {
        open?.close();
      }
    });
  };
}

function streamHandler(method: FacilityMethod, rpc: AnyStream | undefined, options: PipelineOptions): grpc.handleServerStreamingCall<object, object> {
  return (call) => {
    let open: OpenCallContext | undefined;
    let recheck: NodeJS.Timeout | undefined;
    // Set when the caller lost the right to the stream: that, not what the handler made of the abort, is how it ends.
    let revoked: BrightlineError | undefined;
    // Listened to for the whole call: an 'error' event without a listener would crash the process.
    call.on('error', () => undefined);
    void withCallSpan(call.metadata, method.name, async (span) => {
      try {
        const admitted = admit(call, method, rpc, options);
        const opened = openCallContext(call, method.name, admitted.identity, options.stopping);
        open = opened;
        recheck = setInterval(() => {
          revoked = stillAllowed(call, method, admitted, options);
          if (!revoked) return;
          clearInterval(recheck);
          opened.abort(revoked);
        }, RECHECK_INTERVAL_MS);
        const signal = opened.context.signal;
        await admitted.rpc.handle(call.request, opened.context, (message) => write(call, message, signal));
        if (revoked) throw revoked;
        // A watch cut short by the shutdown must not look like one that ended: the client should reconnect.
        if (options.stopping.aborted) throw new GatewayStoppingError();
        recordCallStatus(span, grpcStatus.OK);
        if (!call.cancelled) call.end();
      } catch (error) {
        if (call.cancelled) {
          recordCallStatus(span, grpcStatus.CANCELLED);
        } else {
          const status = toGrpcStatus(revoked ?? error, method.name, options.logger);
          recordCallStatus(span, status.code, status.details);
          call.emit('error', status);
        }
      } finally {
        clearInterval(recheck);
        open?.close();
      }
    });
  };
}

/** Whether an open stream's caller may still have it: undefined if so, else the error it ends with. */
function stillAllowed(call: Call, method: FacilityMethod, admitted: { identity: Identity; need: Need }, options: PipelineOptions): BrightlineError | undefined {
  try {
    reauthorize(call.metadata, admitted.identity, admitted.need, options.identify);
    return undefined;
  } catch (error) {
    const refusal = BrightlineError.from(error);
    options.logger.info(`ended ${method.name} of ${admitted.identity.user}: ${refusal.message}`);
    return refusal;
  }
}

/** Resolves once grpc-js takes the message (at once, or on 'drain' for a slow client); drops it after the call ended. */
function write(call: grpc.ServerWritableStream<object, object>, message: object, signal: AbortSignal): Promise<void> {
  if (signal.aborted || call.cancelled || call.writableEnded) return Promise.resolve();
  if (call.write(message)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      call.removeListener('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    call.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}
