/**
 * The CLI's one door to the facility: a grpc-js client of brightline.v1.Facility at
 * BRIGHTLINE_GATEWAY (default 127.0.0.1:50051), sending the bearer token of BRIGHTLINE_TOKEN (or
 * the one `brightline up` wrote) with every call. Unary calls are promises with a deadline; server
 * streams are async iterables that a caller cancels by breaking out of them or with cancel().
 * Every failure comes out as one typed error (cli/gateway-errors.ts), and Ctrl-C cancels what is
 * in flight unless the command handles Ctrl-C itself.
 */
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { isLoopback } from '../gateway/auth/loopback.js';
import { facilityServiceDefinition } from '../gateway/facility-definition.js';
import type { FacilityMethodName, FacilityRpcs } from '../gateway/rpc.js';
import { bearerToken, gatewayAddress, gatewayCaFile, gatewayInsecure, GATEWAY_CA_ENV, GATEWAY_INSECURE_ENV, type BearerToken } from './environment.js';
import { CliError, ExitCode } from './exit-codes.js';
import { callFailure, GatewayUnreachableError, InterruptedError } from './gateway-errors.js';

/** A gateway that does not accept the connection within this is not running (or not reachable). */
export const CONNECT_TIMEOUT_MS = 3_000;

export type UnaryMethod = { [M in FacilityMethodName]: FacilityRpcs[M] extends { kind: 'unary' } ? M : never }[FacilityMethodName];
export type StreamMethod = Exclude<FacilityMethodName, UnaryMethod>;

/** The fields of a request message (its decoded instance type without methods), all optional as in proto3. */
type Fields<T> = { [K in keyof T as K extends '$unknowns' ? never : T[K] extends (...args: never[]) => unknown ? never : K]?: T[K] };
export type RequestOf<M extends FacilityMethodName> = Fields<Parameters<FacilityRpcs[M]['handle']>[0]>;
export type ReplyOf<M extends UnaryMethod> = Awaited<ReturnType<FacilityRpcs[M]['handle']>>;
export type MessageOf<M extends StreamMethod> = Parameters<Parameters<FacilityRpcs[M]['handle']>[2]>[0];

export interface CallOptions {
  /** The call's deadline, from now; none when absent (a move may take as long as its device allows). */
  timeoutMs?: number;
  /** Cancels the call; it then rejects (or its stream throws) with the signal's reason. */
  signal?: AbortSignal;
  /** Extra metadata, e.g. the lease token of a shared device. */
  metadata?: Readonly<Record<string, string>>;
}

/** A server stream: iterate it; leaving the loop, or cancel(), ends the call quietly. */
export interface GatewayStream<T> extends AsyncIterable<T> {
  cancel(): void;
}

export interface GatewayClientOptions {
  /** host:port; BRIGHTLINE_GATEWAY or 127.0.0.1:50051 when absent. */
  address?: string;
  /** The bearer token; BRIGHTLINE_TOKEN or the local token file when absent. */
  token?: BearerToken;
  connectTimeoutMs?: number;
}

type Cancellable = { cancel(): void };

const CHANNEL_OPTIONS: grpc.ChannelOptions = { 'grpc.primary_user_agent': 'brightline-cli' };

export class GatewayClient {
  private readonly definition = facilityServiceDefinition();
  private readonly inFlight = new Set<Cancellable>();
  private interrupted = false;
  private closed = false;
  /** SIGINT listeners that were there before ours (none, unless a library added one). */
  private readonly earlierListeners = process.listenerCount('SIGINT');

  private constructor(
    private readonly client: grpc.Client,
    readonly address: string,
    private readonly token: BearerToken,
  ) {
    process.on('SIGINT', this.onInterrupt);
  }

  /** Connects (and waits for the connection, so an absent gateway is said at once, exit 3). */
  static async connect(options: GatewayClientOptions = {}): Promise<GatewayClient> {
    const address = options.address ?? gatewayAddress();
    const token = options.token ?? (await bearerToken());
    const Facility = grpc.makeGenericClientConstructor(facilityServiceDefinition(), 'Facility');
    const client = new Facility(address, channelCredentials(address), CHANNEL_OPTIONS);
    try {
      await whenReady(client.getChannel(), Date.now() + (options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS));
    } catch (error) {
      client.close();
      throw new GatewayUnreachableError(address, false, { cause: error });
    }
    return new GatewayClient(client, address, token);
  }

  unary<M extends UnaryMethod>(method: M, request: RequestOf<M>, options: CallOptions = {}): Promise<ReplyOf<M>> {
    const definition = this.method(method);
    return new Promise<ReplyOf<M>>((resolve, reject) => {
      const refused = this.refusal(options.signal);
      if (refused) return reject(refused);
      const release = (): void => untrack();
      const call = this.client.makeUnaryRequest<RequestOf<M>, ReplyOf<M>>(
        definition.path,
        definition.requestSerialize,
        // The definition decodes with the reply's static class: an instance with every field.
        definition.responseDeserialize as (bytes: Buffer) => ReplyOf<M>,
        request,
        this.metadata(options),
        callOptions(options),
        (error, reply) => {
          release();
          if (error) reject(this.failure(error, method, options));
          else if (reply === undefined) reject(new CliError(`${method}: the gateway sent no reply`, ExitCode.RunFailed));
          else resolve(reply);
        },
      );
      const untrack = this.track(call, options.signal);
    });
  }

  stream<M extends StreamMethod>(method: M, request: RequestOf<M>, options: CallOptions = {}): GatewayStream<MessageOf<M>> {
    const definition = this.method(method);
    const refused = this.refusal(options.signal);
    const call = refused
      ? undefined
      : this.client.makeServerStreamRequest<RequestOf<M>, MessageOf<M>>(
          definition.path,
          definition.requestSerialize,
          definition.responseDeserialize as (bytes: Buffer) => MessageOf<M>,
          request,
          this.metadata(options),
          callOptions(options),
        );
    // Errors are read by the iterator; without a listener an unread stream's error would be thrown.
    call?.on('error', () => undefined);
    const untrack = call ? this.track(call, options.signal) : () => undefined;
    let cancelled = false;
    // Cancelled by its reader, or with the whole client: the loop just ends.
    const quiet = (error: unknown): boolean => (cancelled || this.closed) && isServiceError(error) && error.code === grpc.status.CANCELLED;
    const failure = (error: unknown): unknown => (isServiceError(error) ? this.failure(error, method, options) : error);
    async function* messages(): AsyncGenerator<MessageOf<M>> {
      if (!call) throw refused;
      try {
        for await (const message of call as AsyncIterable<MessageOf<M>>) yield message;
      } catch (error) {
        if (quiet(error)) return;
        throw failure(error);
      } finally {
        untrack();
        call.cancel();
      }
    }
    const iterator = messages();
    return {
      [Symbol.asyncIterator]: () => iterator,
      cancel: () => {
        cancelled = true;
        call?.cancel();
      },
    };
  }

  /** Ends every call still open and the connection. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.off('SIGINT', this.onInterrupt);
    for (const call of this.inFlight) call.cancel();
    this.client.close();
  }

  /**
   * Ctrl-C: cancel what is in flight, so the gateway stops the work behind it, and exit 130.
   * Commands that handle Ctrl-C themselves (mv stops its devices, run aborts its plan, a watch
   * ends) listen too, after the client is made; then this one leaves it to them.
   */
  private readonly onInterrupt = (): void => {
    if (process.listenerCount('SIGINT') > this.earlierListeners + 1) return;
    this.interrupted = true;
    if (this.inFlight.size === 0) process.exit(ExitCode.Interrupted);
    for (const call of this.inFlight) call.cancel();
  };

  private refusal(signal: AbortSignal | undefined): unknown {
    if (this.interrupted) return new InterruptedError();
    if (signal?.aborted) return signal.reason;
    if (this.closed) return new CliError('the gateway client is closed', ExitCode.RunFailed);
    return undefined;
  }

  private track(call: Cancellable, signal: AbortSignal | undefined): () => void {
    this.inFlight.add(call);
    const onAbort = (): void => call.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    return () => {
      this.inFlight.delete(call);
      signal?.removeEventListener('abort', onAbort);
    };
  }

  private failure(error: grpc.ServiceError, method: string, options: CallOptions): unknown {
    if (error.code === grpc.status.CANCELLED) {
      if (options.signal?.aborted) return options.signal.reason;
      if (this.interrupted) return new InterruptedError();
      if (this.closed) return new CliError(`${method} was cancelled: the gateway client was closed`, ExitCode.RunFailed);
    }
    const connected = this.client.getChannel().getConnectivityState(false) === grpc.connectivityState.READY && !isTransportFailure(error);
    return callFailure(error, {
      method,
      address: this.address,
      token: this.token.source,
      connected,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  }

  private metadata(options: CallOptions): grpc.Metadata {
    const metadata = new grpc.Metadata();
    if (this.token.token) metadata.set('authorization', `Bearer ${this.token.token}`);
    for (const [key, value] of Object.entries(options.metadata ?? {})) metadata.set(key, value);
    return metadata;
  }

  private method(name: FacilityMethodName): grpc.MethodDefinition<object, object> {
    const definition = this.definition[name];
    if (!definition) throw new Error(`brightline.v1.Facility has no method ${name}`);
    return definition as grpc.MethodDefinition<object, object>;
  }
}

function callOptions(options: CallOptions): grpc.CallOptions {
  return options.timeoutMs === undefined ? {} : { deadline: Date.now() + options.timeoutMs };
}

/**
 * Resolves once the channel is connected. Rejects when the deadline passes, and at once when a
 * connection attempt failed (refused): a gateway that is not running says so without a wait.
 */
function whenReady(channel: grpc.ChannelInterface, deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const state = channel.getConnectivityState(true);
      if (state === grpc.connectivityState.READY) return resolve();
      if (state === grpc.connectivityState.TRANSIENT_FAILURE) return reject(new Error('connection failed'));
      if (state === grpc.connectivityState.SHUTDOWN) return reject(new Error('channel closed'));
      channel.watchConnectivityState(state, deadline, (error) => (error ? reject(error) : check()));
    };
    check();
  });
}

/** TLS with BRIGHTLINE_GATEWAY_CA; plain text on loopback; elsewhere only when told it is fine. */
function channelCredentials(address: string): grpc.ChannelCredentials {
  const caFile = gatewayCaFile();
  if (caFile) {
    let ca: Buffer;
    try {
      ca = readFileSync(caFile);
    } catch (error) {
      throw new CliError(`cannot read ${GATEWAY_CA_ENV} (${caFile}): ${(error as Error).message}`, ExitCode.Usage);
    }
    return grpc.credentials.createSsl(ca);
  }
  if (!isLoopbackAddress(address) && !gatewayInsecure()) {
    throw new CliError(
      `the gateway at ${address} is not on this machine: set ${GATEWAY_CA_ENV} to the CA certificate of its TLS certificate, ` +
        `so the bearer token is not sent in clear text (or ${GATEWAY_INSECURE_ENV}=1 on a network you trust)`,
      ExitCode.Usage,
    );
  }
  return grpc.credentials.createInsecure();
}

/** Whether the gateway address (`host:port`, or grpc-js's `dns:///host:port`) is on this machine. */
function isLoopbackAddress(address: string): boolean {
  return isLoopback(address.replace(/:\d+$/, '').replace(/^dns:(\/\/\/)?/, ''));
}

function isServiceError(error: unknown): error is grpc.ServiceError {
  return error instanceof Error && typeof (error as Partial<grpc.ServiceError>).code === 'number' && 'details' in error;
}

/** grpc-js's own words for a connection that broke under a call (as opposed to a status the gateway sent). */
function isTransportFailure(error: grpc.ServiceError): boolean {
  return error.code === grpc.status.UNAVAILABLE && /^(No connection established|Connection dropped|Call dropped|Received RST_STREAM|Failed to start call|(read|write|connect) E[A-Z]+)/.test(error.details);
}
