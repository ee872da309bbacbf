/**
 * The bench's gRPC client of brightline.v1.Facility: the generated service definition and the
 * CLI's request and reply types, with the operator's bearer token on every call. Not the CLI's
 * GatewayClient, which takes over Ctrl-C (it exits the process): the bench must stop the facility
 * on Ctrl-C first.
 */
import * as grpc from '@grpc/grpc-js';
import { facilityServiceDefinition } from '../gateway/facility-definition.js';
import type { MessageOf, ReplyOf, RequestOf, StreamMethod, UnaryMethod } from '../cli/gateway-client.js';

const CONNECT_TIMEOUT_MS = 10_000;

export interface BenchStream<T> {
  readonly messages: AsyncIterable<T>;
  cancel(): void;
}

export class BenchGateway {
  readonly #definition = facilityServiceDefinition();

  private constructor(
    private readonly client: grpc.Client,
    private readonly token: string,
  ) {}

  static async connect(address: string, token: string): Promise<BenchGateway> {
    const Facility = grpc.makeGenericClientConstructor(facilityServiceDefinition(), 'Facility');
    const client = new Facility(address, grpc.credentials.createInsecure());
    await new Promise<void>((resolve, reject) =>
      client.waitForReady(Date.now() + CONNECT_TIMEOUT_MS, (error) => (error ? reject(new Error(`the gateway at ${address} did not accept a connection: ${error.message}`)) : resolve())),
    );
    return new BenchGateway(client, token);
  }

  unary<M extends UnaryMethod>(method: M, request: RequestOf<M>, timeoutMs: number): Promise<ReplyOf<M>> {
    const definition = this.#method(method);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest<RequestOf<M>, ReplyOf<M>>(
        definition.path,
        definition.requestSerialize,
        definition.responseDeserialize as (bytes: Buffer) => ReplyOf<M>,
        request,
        this.#metadata(),
        { deadline: Date.now() + timeoutMs },
        (error, reply) => (error ? reject(new Error(`${method}: ${error.details || error.message}`, { cause: error })) : reply === undefined ? reject(new Error(`${method}: no reply`)) : resolve(reply)),
      );
    });
  }

  stream<M extends StreamMethod>(method: M, request: RequestOf<M>): BenchStream<MessageOf<M>> {
    const definition = this.#method(method);
    const call = this.client.makeServerStreamRequest<RequestOf<M>, MessageOf<M>>(
      definition.path,
      definition.requestSerialize,
      definition.responseDeserialize as (bytes: Buffer) => MessageOf<M>,
      request,
      this.#metadata(),
      {},
    );
    // The reader sees errors through the iterator; without this an error nobody iterates for would be thrown.
    call.on('error', () => undefined);
    return { messages: call as AsyncIterable<MessageOf<M>>, cancel: () => call.cancel() };
  }

  close(): void {
    this.client.close();
  }

  #metadata(): grpc.Metadata {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${this.token}`);
    return metadata;
  }

  #method(name: UnaryMethod | StreamMethod): grpc.MethodDefinition<object, object> {
    const definition = this.#definition[name];
    if (!definition) throw new Error(`brightline.v1.Facility has no method ${name}`);
    return definition as grpc.MethodDefinition<object, object>;
  }
}

/** A gRPC status code of an error from this client, if it has one. */
export function grpcCode(error: unknown): number | undefined {
  const cause = error instanceof Error ? (error.cause as Partial<grpc.ServiceError> | undefined) : undefined;
  return typeof cause?.code === 'number' ? cause.code : undefined;
}
