/**
 * The NATS bus: request/reply, publish/subscribe and JetStream, all carrying protobuf payloads
 * with W3C trace context in headers. This folder is the only importer of the NATS client.
 */
import {
  connect,
  RequestError,
  TimeoutError as NatsTimeoutError,
  NoRespondersError as NatsNoRespondersError,
  type Msg,
  type NatsConnection,
  type Subscription,
} from '@nats-io/transport-node';
import { jetstream, jetstreamManager, DeliverPolicy, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { Svcm, type Service, type ServiceMsg } from '@nats-io/services';
import { BrightlineError, ErrorCode, NoResponderError, TimeoutError, type WireError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { decodeMessage, encodeMessage, type MessageType } from './codec.js';
import { openKvBucket, type KvBucket, type KvBucketOptions } from './kv.js';
import { traceHeaders, withClientSpan, withServerSpan } from './trace.js';

/** Every reply type has an optional `error` (field 15 in proto/): set instead of a result. */
export interface Replyable {
  error?: WireError | null;
}

export interface RequestOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface ServiceInfo {
  name: string;
  version: string;
  description?: string;
  metadata?: Record<string, string>;
}

export type RequestHandler<Req, Rep> = (request: Req, subject: string) => Promise<Rep>;

export interface BusService {
  /** Serves one request/reply subject; decode failures and thrown errors become `error` replies. */
  addEndpoint<Req, Rep extends Replyable>(
    name: string,
    subject: string,
    requestType: MessageType<Req, never>,
    replyType: MessageType<unknown, Rep>,
    handler: RequestHandler<Req, Rep>,
  ): void;
  stop(): Promise<void>;
}

export interface BusSubscription {
  unsubscribe(): void;
}

export interface StreamConfig {
  name: string;
  subjects: string[];
  maxAgeMs?: number;
  replicas?: number;
}

export interface DurablePublishResult {
  seq: number;
  duplicate: boolean;
}

export type StreamStart = { kind: 'all' } | { kind: 'new' } | { kind: 'sequence'; sequence: number };

export interface StreamReader {
  stop(): Promise<void>;
}

export interface BusOptions {
  servers: string | string[];
  name: string;
  logger?: Logger;
  /** How long connect waits for a first server before failing; reconnects afterwards are unbounded. */
  connectTimeoutMs?: number;
}

export class Bus {
  private readonly js: JetStreamClient;
  private jsmPromise: Promise<JetStreamManager> | undefined;
  private kvm: Kvm | undefined;
  private readonly services: Service[] = [];

  private constructor(
    private readonly nc: NatsConnection,
    private readonly logger: Logger,
  ) {
    this.js = jetstream(nc);
  }

  static async connect(options: BusOptions): Promise<Bus> {
    const logger = options.logger ?? silentLogger;
    let nc: NatsConnection;
    try {
      nc = await connect({
        servers: options.servers,
        name: options.name,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        timeout: options.connectTimeoutMs ?? 5_000,
        // The client's async stack traces cost two Error objects per request (~15 µs of a 180 µs
        // round trip, bench/device.ts); our errors carry their subject and context instead.
        noAsyncTraces: true,
      });
    } catch (cause) {
      throw new BrightlineError(ErrorCode.Unavailable, `cannot reach NATS at ${String(options.servers)}: ${String(cause)}`, {
        retryable: true,
        cause,
      });
    }
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'disconnect' || status.type === 'reconnect') logger.warn(`NATS ${status.type}`);
      }
    })();
    return new Bus(nc, logger);
  }

  get serverUrl(): string {
    return this.nc.getServer();
  }

  async request<Req, Rep extends Replyable>(
    subject: string,
    requestType: MessageType<unknown, Req>,
    request: Req,
    replyType: MessageType<Rep, never>,
    options: RequestOptions,
  ): Promise<Rep> {
    return withClientSpan(subject, async () => {
      const pending = this.nc.request(subject, encodeMessage(requestType, request), {
        timeout: options.timeoutMs,
        headers: traceHeaders(),
      });
      let msg: Msg;
      try {
        msg = await raceAbort(pending, options.signal, subject);
      } catch (cause) {
        throw toRequestError(cause, subject, options.timeoutMs);
      }
      const reply = decodeMessage(replyType, msg.data, subject);
      if (reply.error && reply.error.code) throw BrightlineError.fromWire(reply.error);
      return reply;
    });
  }

  publish<P>(subject: string, type: MessageType<unknown, P>, message: P): void {
    this.nc.publish(subject, encodeMessage(type, message), { headers: traceHeaders() });
  }

  /** Subscribes with a callback; a malformed message is logged and skipped, the subscription lives on. */
  subscribe<T>(subject: string, type: MessageType<T, never>, onMessage: (message: T, subject: string) => void): BusSubscription {
    const sub: Subscription = this.nc.subscribe(subject, {
      callback: (error, msg) => {
        if (error) {
          this.logger.warn(`subscription to '${subject}' failed: ${error.message}`);
          return;
        }
        let decoded: T;
        try {
          decoded = decodeMessage(type, msg.data, msg.subject);
        } catch (decodeError) {
          this.logger.warn(String((decodeError as Error).message));
          return;
        }
        onMessage(decoded, msg.subject);
      },
    });
    return { unsubscribe: () => sub.unsubscribe() };
  }

  async addService(info: ServiceInfo): Promise<BusService> {
    // @nats-io/services pins an older nats-core; the connection it needs is structurally the same.
    const svcm = new Svcm(this.nc as unknown as ConstructorParameters<typeof Svcm>[0]);
    const service = await svcm.add({
      name: info.name,
      version: info.version,
      description: info.description ?? '',
      metadata: info.metadata ?? {},
    });
    this.services.push(service);
    const logger = this.logger;
    return {
      addEndpoint: (name, subject, requestType, replyType, handler) => {
        service.addEndpoint(name, {
          subject,
          handler: (error, msg) => {
            if (error) {
              logger.warn(`endpoint '${subject}' failed: ${error.message}`);
              return;
            }
            void serveOne(msg, requestType, replyType, handler, logger);
          },
        });
      },
      stop: async () => {
        await service.stop();
      },
    };
  }

  async ensureStream(config: StreamConfig): Promise<void> {
    const jsm = await this.jetstreamManager();
    const wanted = {
      name: config.name,
      subjects: config.subjects,
      max_age: (config.maxAgeMs ?? 0) * 1_000_000,
      num_replicas: config.replicas ?? 1,
      duplicate_window: 120 * 1_000_000_000,
    };
    try {
      await jsm.streams.info(config.name);
      await jsm.streams.update(config.name, wanted);
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
      await jsm.streams.add(wanted);
    }
  }

  /** Publishes to JetStream; `msgId` makes a retried publish a no-op on the server. */
  async publishDurable<P>(subject: string, type: MessageType<unknown, P>, message: P, msgId: string): Promise<DurablePublishResult> {
    const ack = await this.js.publish(subject, encodeMessage(type, message), { msgID: msgId, headers: traceHeaders() });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * Reads a stream in order from `start`, calling `onMessage` for each decoded message. The reader
   * survives server restarts (ordered consumers recreate themselves) until `stop`.
   */
  async readStream<T>(
    stream: string,
    filterSubject: string,
    type: MessageType<T, never>,
    start: StreamStart,
    onMessage: (message: T, info: { subject: string; seq: number; pending: number }) => void,
  ): Promise<StreamReader> {
    const consumer = await this.js.consumers.get(stream, {
      filter_subjects: filterSubject,
      ...deliverOptions(start),
    });
    const messages = await consumer.consume();
    const done = (async () => {
      for await (const jsMsg of messages) {
        let decoded: T;
        try {
          decoded = decodeMessage(type, jsMsg.data, jsMsg.subject);
        } catch (error) {
          this.logger.warn(String((error as Error).message));
          continue;
        }
        onMessage(decoded, { subject: jsMsg.subject, seq: jsMsg.seq, pending: jsMsg.info.pending });
      }
    })();
    return {
      stop: async () => {
        await messages.close();
        await done.catch(() => undefined);
      },
    };
  }

  /**
   * A JetStream key-value bucket with protobuf values, created with `options` if it is missing (an
   * existing bucket keeps its configuration).
   */
  async kv(bucket: string, options: KvBucketOptions = {}): Promise<KvBucket> {
    this.kvm ??= new Kvm(this.js);
    return openKvBucket(this.kvm, bucket, options, this.logger);
  }

  /** Resolves once the server has processed everything sent so far, new subscriptions included. */
  async flush(): Promise<void> {
    await this.nc.flush();
  }

  async close(): Promise<void> {
    for (const service of this.services.splice(0)) await service.stop().catch(() => undefined);
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }

  /** Resolves when the connection is closed for good, with the error that closed it, if any. */
  closed(): Promise<void | Error> {
    return this.nc.closed();
  }

  private jetstreamManager(): Promise<JetStreamManager> {
    this.jsmPromise ??= jetstreamManager(this.nc);
    return this.jsmPromise;
  }
}

async function serveOne<Req, Rep extends Replyable>(
  msg: ServiceMsg,
  requestType: MessageType<Req, never>,
  replyType: MessageType<unknown, Rep>,
  handler: RequestHandler<Req, Rep>,
  logger: Logger,
): Promise<void> {
  const reply = await withServerSpan(msg.subject, msg.headers, async () => {
    try {
      const request = decodeMessage(requestType, msg.data, msg.subject);
      return await handler(request, msg.subject);
    } catch (error) {
      const wire = BrightlineError.from(error).toWire();
      if (wire.code === ErrorCode.Internal) logger.error(`handler for '${msg.subject}' threw: ${wire.message}`);
      return { error: wire } as Rep;
    }
  });
  try {
    msg.respond(encodeMessage(replyType, reply));
  } catch (error) {
    logger.warn(`could not reply on '${msg.subject}': ${String(error)}`);
  }
}

function deliverOptions(start: StreamStart): { deliver_policy: DeliverPolicy; opt_start_seq?: number } {
  switch (start.kind) {
    case 'all':
      return { deliver_policy: DeliverPolicy.All };
    case 'new':
      return { deliver_policy: DeliverPolicy.New };
    case 'sequence':
      return { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: start.sequence };
  }
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && /stream not found/i.test(error.message);
}

function toRequestError(cause: unknown, subject: string, timeoutMs: number): BrightlineError {
  if (cause instanceof BrightlineError) return cause;
  const inner = cause instanceof RequestError && cause.cause ? cause.cause : cause;
  if (inner instanceof NatsNoRespondersError || (cause instanceof RequestError && cause.isNoResponders())) {
    return new NoResponderError(subject, { cause });
  }
  if (inner instanceof NatsTimeoutError) return new TimeoutError(`request on '${subject}'`, timeoutMs, { cause });
  return new BrightlineError(ErrorCode.Unavailable, `request on '${subject}' failed: ${String(cause)}`, { retryable: true, cause });
}

function raceAbort<T>(pending: Promise<T>, signal: AbortSignal | undefined, subject: string): Promise<T> {
  if (!signal) return pending;
  if (signal.aborted) return Promise.reject(abortError(signal, subject));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal, subject));
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortError(signal: AbortSignal, subject: string): BrightlineError {
  const reason = signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? 'cancelled');
  return new BrightlineError(ErrorCode.Cancelled, `request on '${subject}' cancelled: ${reason}`, { cause: signal.reason });
}
