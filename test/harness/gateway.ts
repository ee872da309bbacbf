/**
 * A gateway on a free loopback port with identities given by the test, and grpc-js clients of the
 * Facility service (the generic client of its service definition, with a bearer token) to call it.
 */
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import type { Bus } from '../../actors/transport/mod.js';
import { facilityServiceDefinition } from '../../gateway/facility-definition.js';
import { startGateway, type Gateway, type GatewayOptions } from '../../gateway/server.js';
import type { Identity } from '../../gateway/rpc.js';

export interface TestGatewayOptions {
  bus: Bus;
  /** Token → identity. */
  tokens: ReadonlyMap<string, Identity>;
  logger?: GatewayOptions['logger'];
}

export interface CallOptions {
  /** Deadline, ms from now. */
  deadlineMs?: number;
  /** Extra metadata, e.g. `{ 'bl-lease-token': token }`. */
  metadata?: Record<string, string>;
}

/** A Facility client with one token; every method by its proto name. */
export interface FacilityClient {
  readonly raw: grpc.Client;
  unary<R = Record<string, unknown>>(method: string, request: object, options?: CallOptions): Promise<R>;
  /** Starts a unary call and returns it with its result, so that a test can cancel it. */
  start<R = Record<string, unknown>>(method: string, request: object, options?: CallOptions): { call: grpc.ClientUnaryCall; result: Promise<R> };
  stream<M = Record<string, unknown>>(method: string, request: object, options?: CallOptions): StreamTap<M>;
  close(): void;
}

/** What a server stream delivered so far, and how it ended. */
export interface StreamTap<M> {
  readonly messages: M[];
  readonly call: grpc.ClientReadableStream<M>;
  /** Resolves with the stream's final status (OK, or the error's code and details). */
  readonly ended: Promise<{ code: grpc.status; details: string }>;
  /** Waits until a delivered message satisfies `predicate`, and returns it. */
  next(what: string, predicate: (message: M) => boolean, timeoutMs?: number): Promise<M>;
}

export interface TestGateway {
  readonly gateway: Gateway;
  readonly address: string;
  /** A client sending `authorization: Bearer <token>`; no token sends no authorization at all. */
  client(token?: string): FacilityClient;
  stop(): Promise<void>;
}

export async function startTestGateway(options: TestGatewayOptions): Promise<TestGateway> {
  const gateway = await startGateway({
    bus: options.bus,
    listen: '127.0.0.1:0',
    identify: (token) => options.tokens.get(token),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const clients: FacilityClient[] = [];
  return {
    gateway,
    address: gateway.address,
    client: (token) => {
      const client = facilityClient(gateway.address, token);
      clients.push(client);
      return client;
    },
    stop: async () => {
      for (const client of clients) client.close();
      await gateway.stop();
    },
  };
}

const FacilityClientConstructor = grpc.makeGenericClientConstructor(facilityServiceDefinition(), 'Facility');

type UnaryMethod = (request: object, metadata: grpc.Metadata, options: grpc.CallOptions, callback: (error: grpc.ServiceError | null, reply: unknown) => void) => grpc.ClientUnaryCall;
type StreamMethod = (request: object, metadata: grpc.Metadata, options: grpc.CallOptions) => grpc.ClientReadableStream<unknown>;

export function facilityClient(address: string, token?: string, credentials = grpc.credentials.createInsecure(), channelOptions: grpc.ClientOptions = {}): FacilityClient {
  const raw = new FacilityClientConstructor(address, credentials, channelOptions);
  const method = <F>(name: string): F => {
    const found = (raw as unknown as Record<string, unknown>)[name];
    assert.equal(typeof found, 'function', `no method ${name} on the Facility client`);
    return (found as (...args: unknown[]) => unknown).bind(raw) as F;
  };
  const metadataOf = (options: CallOptions): grpc.Metadata => {
    const metadata = new grpc.Metadata();
    if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
    for (const [key, value] of Object.entries(options.metadata ?? {})) metadata.set(key, value);
    return metadata;
  };
  const callOptions = (options: CallOptions): grpc.CallOptions => (options.deadlineMs === undefined ? {} : { deadline: Date.now() + options.deadlineMs });
  const start = <R>(name: string, request: object, options: CallOptions = {}): { call: grpc.ClientUnaryCall; result: Promise<R> } => {
    let call: grpc.ClientUnaryCall | undefined;
    const result = new Promise<R>((resolve, reject) => {
      call = method<UnaryMethod>(name)(request, metadataOf(options), callOptions(options), (error, reply) => (error ? reject(error) : resolve(reply as R)));
    });
    assert.ok(call);
    // The caller may look at the result only after doing something else (cancelling, stopping a host).
    result.catch(() => undefined);
    return { call, result };
  };
  return {
    raw,
    start,
    unary: <R>(name: string, request: object, options?: CallOptions) => start<R>(name, request, options).result,
    stream: <M>(name: string, request: object, options: CallOptions = {}): StreamTap<M> => {
      const call = method<StreamMethod>(name)(request, metadataOf(options), callOptions(options)) as grpc.ClientReadableStream<M>;
      const messages: M[] = [];
      const waiters = new Set<() => void>();
      call.on('data', (message: M) => {
        messages.push(message);
        for (const wake of [...waiters]) wake();
      });
      const ended = new Promise<{ code: grpc.status; details: string }>((resolve) => {
        call.on('error', (error: grpc.ServiceError) => resolve({ code: error.code, details: error.details }));
        call.on('status', (status: grpc.StatusObject) => {
          if (status.code === grpc.status.OK) resolve({ code: status.code, details: status.details });
        });
      });
      const next = (what: string, predicate: (message: M) => boolean, timeoutMs = 15_000): Promise<M> =>
        new Promise((resolve, reject) => {
          const check = (): boolean => {
            const found = messages.find(predicate);
            if (found === undefined) return false;
            clearTimeout(timer);
            waiters.delete(wake);
            resolve(found);
            return true;
          };
          const wake = (): void => void check();
          const timer = setTimeout(() => {
            waiters.delete(wake);
            reject(new Error(`timed out waiting for ${what} on ${name} (got ${messages.length} messages)`));
          }, timeoutMs);
          waiters.add(wake);
          check();
        });
      return { messages, call, ended, next };
    },
    close: () => raw.close(),
  };
}

/** For `assert.rejects`: a gRPC error with `code` whose details match `pattern`. */
export function isGrpcError(code: grpc.status, pattern: RegExp = /./) {
  return (error: unknown): boolean => {
    const e = error as grpc.ServiceError;
    assert.equal(typeof e?.code, 'number', `expected a gRPC error, got ${String(error)}`);
    assert.equal(e.code, code, `expected ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
    assert.match(e.details, pattern);
    return true;
  };
}
