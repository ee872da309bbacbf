/**
 * The NATS bus: request/reply, publish/subscribe and JetStream, all carrying protobuf payloads
 * with W3C trace context in headers. This folder is the only importer of the NATS client.
 */
import {
  AuthorizationError,
  connect,
  createInbox,
  headers as natsHeaders,
  PermissionViolationError,
  RequestError,
  TimeoutError as NatsTimeoutError,
  NoRespondersError as NatsNoRespondersError,
  type Msg,
  type NatsConnection,
  type Subscription,
} from '@nats-io/transport-node';
import { jetstream, jetstreamManager, DeliverPolicy, JetStreamApiError, JetStreamError, type ApiError, type JetStreamClient, type JetStreamManager, type MsgRequest, type NextMsgRequest, type OrderedConsumerOptions, type StoredMsg } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { Svcm, type Service, type ServiceMsg } from '@nats-io/services';
import { BrightlineError, ErrorCode, InvalidArgumentError, NoResponderError, TimeoutError, type WireError } from '../../lib/errors.js';
import { silentLogger, type Logger } from '../../lib/log.js';
import { lazyInstrument, MetricName } from '../../lib/telemetry/meter.js';
import { decodeMessage, encodeMessage, type MessageType } from './codec.js';
import { openKvBucket, type KvBucket, type KvBucketOptions } from './kv.js';
import { isNoRespondersStatus, ReplyRouter } from './reply-router.js';
import { inboxPrefix, jetstreamApi } from './subjects.js';
import { traceHeaders, withClientSpan, withServerSpan } from './trace.js';

/** Every reply type has an optional `error` (field 15 in proto/): set instead of a result. */
export interface Replyable {
  error?: WireError | null;
}

export interface RequestOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Extra NATS headers (e.g. `Bl-Lease-Token`), sent alongside the trace context. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Called as the reply arrives, in the order of this connection's messages: before any message
   * that arrived after it reaches a subscription. A caller that asks for a state and subscribes to
   * its changes can tell the changes that are newer than the answer from the older ones (a promise
   * resolves too late for that: a message in the same socket read is handed out first).
   */
  onReply?: () => void;
}

/** Bounds on a JetStream read. */
export interface ReadOptions {
  /** Abandons the read: it rejects (its consumer deleted) once this aborts. */
  signal?: AbortSignal;
  /** Rejects with TimeoutError after this long (ms). */
  timeoutMs?: number;
}

export interface ReadStreamOptions {
  /**
   * Called, in order, for a message that does not decode (logged and otherwise skipped), so that a
   * reader counting its way to the end of what is stored sees every message.
   */
  onSkipped?: (info: StreamMessageInfo) => void | Promise<void>;
  /** Stops the reader once this aborts (as stop() does); `ended` then resolves. */
  signal?: AbortSignal;
}

/** The headers of a served request, by name; undefined when absent. */
export interface RequestHeaders {
  get(name: string): string | undefined;
}

export interface ServiceInfo {
  name: string;
  version: string;
  description?: string;
  metadata?: Record<string, string>;
}

export type RequestHandler<Req, Rep> = (request: Req, subject: string, headers: RequestHeaders) => Promise<Rep>;

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
  /**
   * How many messages under the filter were stored from `start` on when the reader began: with
   * `all`, what there is to catch up on before the live ones (0 with `new`).
   */
  readonly storedAtStart: number;
  /** Resolves once the reader has ended: after stop(), or with what ended it (a failing handler, a lost stream). */
  readonly ended: Promise<Error | undefined>;
}

export interface StreamMessageInfo {
  subject: string;
  seq: number;
  /** Messages under the filter after this one, as the server counted when it sent it. */
  pending: number;
}

/** A subject of a stream and the sequence of its last message. */
export interface SubjectSequence {
  subject: string;
  seq: number;
}

/** One stored message of a stream, decoded. */
export interface StoredMessage<T> {
  message: T;
  subject: string;
  seq: number;
}

/** The stream does not exist (yet): nothing has ever been published to it on this bus. */
export class StreamNotFoundError extends BrightlineError {
  constructor(readonly stream: string, options?: ErrorOptions) {
    super(ErrorCode.NotFound, `stream not found: '${stream}'`, options);
  }
}

export interface BusOptions {
  servers: string | string[];
  name: string;
  logger?: Logger;
  /** How long connect waits for a first server before failing; reconnects afterwards are unbounded. */
  connectTimeoutMs?: number;
  /**
   * Copies of every stream and KV bucket this bus creates when the caller names none: 3 on a
   * 3-node cluster. Default: env BRIGHTLINE_JS_REPLICAS, else 1 (an existing stream keeps its own).
   */
  replicas?: number;
  /**
   * The NATS user this process logs in as (deploy/nats/permissions.conf: `device-host-BL01`,
   * `BL01-observer`...) and its password. Default: env NATS_USER and NATS_PASSWORD; none on a
   * server without users (the private one of `brightline up`).
   */
  user?: string;
  password?: string;
}

/** A stream's state and, on a cluster, who leads it (StreamInfo.cluster). */
export interface StreamState {
  messages: number;
  /** Consumers the server keeps for the stream (readers that were not stopped count until they expire). */
  consumers: number;
  /** Configured copies. */
  replicas: number;
  /** server_name of the node leading the stream; undefined without a cluster or while it has no leader. */
  leader: string | undefined;
  /** The other copies, by server_name. */
  followers: Array<{ name: string; current: boolean; offline: boolean }>;
}

/**
 * The NATS server refused to let this connection publish to (or subscribe to) a subject: its NATS
 * user lacks the permission (deploy/nats/permissions.conf). About this process's NATS user, not
 * about whoever it acts for: the gateway shows it to nobody.
 */
export class NatsPermissionDeniedError extends BrightlineError {
  constructor(
    readonly subject: string,
    readonly operation: 'publish' | 'subscription',
    readonly user: string | undefined,
    options?: ErrorOptions,
  ) {
    const who = user ? `NATS user '${user}'` : 'this connection (no NATS user)';
    super(ErrorCode.PermissionDenied, `${who} may not ${operation === 'publish' ? 'publish to' : 'subscribe to'} '${subject}'`, options);
  }
}

/**
 * The connection dropped while the request was in flight and no reply came within a grace period
 * after it was back: whether the request was served is unknown (a retry is safe only for a request
 * that changes nothing).
 */
export class ConnectionLostError extends BrightlineError {
  constructor(readonly subject: string, options?: ErrorOptions) {
    super(ErrorCode.Unavailable, `request on '${subject}' was cut off by a lost NATS connection; it may or may not have been served`, {
      retryable: true,
      ...options,
    });
  }
}

/**
 * A link that dies without a TCP reset (a cable pulled, a switch port down, a host frozen) is
 * noticed only by pings left unanswered: with the client's defaults (every 2 min, stale at 2 out)
 * a process sat on a dead node for 4 to 6 minutes, its documents and heartbeats going nowhere
 * (test/e2e/multi-host.int.test.ts, deploy/multi-host.md). A ping every 2 s and stale at 3 out:
 * the connection moves to another node 6 to 8 s after the link died, while a live one may leave a
 * pong 6 s late (a busy event loop, a long queue ahead of it) before it counts as dead.
 */
const PING_INTERVAL_MS = 2_000;
const MAX_PINGS_OUT = 3;

export class Bus {
  private readonly js: JetStreamClient;
  private jsmPromise: Promise<JetStreamManager> | undefined;
  private kvm: Kvm | undefined;
  private readonly services: Service[] = [];
  private readonly link = new ConnectionLink();
  private up = true;
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  private readonly replies: ReplyRouter;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly logger: Logger,
    private readonly replicas: number | undefined,
    private readonly user: string | undefined,
    private readonly inbox: string,
  ) {
    this.js = jetstream(nc);
    this.replies = new ReplyRouter(nc, inbox);
    // A request still waiting when the connection closes for good gets no reply.
    void nc.closed().then(() => this.replies.failAll(new RequestError('connection closed')));
  }

  static async connect(options: BusOptions): Promise<Bus> {
    const logger = options.logger ?? silentLogger;
    const replicas = replicasOption(options.replicas);
    const user = options.user ?? (process.env['NATS_USER'] || undefined);
    const password = options.password ?? process.env['NATS_PASSWORD'] ?? '';
    let inbox: string;
    try {
      inbox = inboxPrefix(user);
    } catch (cause) {
      throw new InvalidArgumentError(`NATS user '${user}' must be one subject token (letters, digits, '_' or '-'): it names the user's reply inbox`, { cause });
    }
    let nc: NatsConnection;
    try {
      nc = await connect({
        servers: serverList(options.servers),
        name: options.name,
        ...(user === undefined ? {} : { user, pass: password }),
        inboxPrefix: inbox,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        pingInterval: PING_INTERVAL_MS,
        maxPingOut: MAX_PINGS_OUT,
        timeout: options.connectTimeoutMs ?? 5_000,
        // The client's async stack traces cost two Error objects per request (~15 µs of a 180 µs
        // round trip, bench/device.ts); our errors carry their subject and context instead.
        noAsyncTraces: true,
      });
    } catch (cause) {
      if (cause instanceof AuthorizationError) {
        const who = user ? `user '${user}'` : 'a connection without a user';
        throw new BrightlineError(ErrorCode.Unauthenticated, `NATS at ${String(options.servers)} refused ${who}: ${cause.message} (set NATS_USER and NATS_PASSWORD)`, { cause });
      }
      throw new BrightlineError(ErrorCode.Unavailable, `cannot reach NATS at ${String(options.servers)}: ${String(cause)}`, {
        retryable: true,
        cause,
      });
    }
    const bus = new Bus(nc, logger, replicas, user, inbox);
    // The series exist from the start at 0, so that increase() sees the first loss.
    natsDisconnects().add(0, { connection: options.name });
    natsReconnects().add(0, { connection: options.name });
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'disconnect' || status.type === 'reconnect') logger.warn(`NATS ${status.type}${'server' in status ? ` (${status.server})` : ''}`);
        // A refused publish or subscription arrives here too; requests also fail with NatsPermissionDeniedError.
        if (status.type === 'error') {
          logger.warn(`NATS: ${status.error.message}`);
          const refused = status.error;
          if (refused instanceof PermissionViolationError && refused.operation === 'publish') bus.replies.refusedPublish(refused.subject, refused);
        }
        if (status.type === 'disconnect') {
          bus.link.dropped();
          natsDisconnects().add(1, { connection: options.name });
          bus.setConnected(false);
        }
        if (status.type === 'reconnect') {
          bus.link.restored();
          natsReconnects().add(1, { connection: options.name });
          bus.setConnected(true);
        }
      }
      // The status iterator ends when the connection closes for good.
      bus.setConnected(false);
    })();
    return bus;
  }

  /** Whether the connection to NATS is up now: false from a disconnect until the reconnect, and after close. */
  get connected(): boolean {
    return this.up;
  }

  /**
   * Calls `listener` with the new state each time the connection drops (false), comes back (true)
   * or closes (false). Returns the unsubscribe.
   */
  onConnectionChange(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  private setConnected(connected: boolean): void {
    if (this.up === connected) return;
    this.up = connected;
    for (const listener of [...this.connectionListeners]) {
      // A failing listener must not end the status loop nor keep the others from hearing.
      try {
        listener(connected);
      } catch (error) {
        this.logger.warn(`NATS connection listener failed: ${String(error)}`);
      }
    }
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
      const deadline = Date.now() + options.timeoutMs;
      await this.link.connected(subject, options.timeoutMs, options.signal);
      const data = encodeMessage(requestType, request);
      const timeout = Math.max(1, deadline - Date.now());
      const hdrs = withHeaders(traceHeaders(), options.headers);
      const ordered = options.onReply ? this.requestInOrder(subject, data, timeout, hdrs, options.onReply) : undefined;
      const pending = ordered?.reply ?? this.replies.request(subject, data, { timeoutMs: timeout, headers: hdrs });
      let msg: Msg;
      try {
        msg = await this.link.guard(raceAbort(pending, options.signal, subject), subject);
      } catch (cause) {
        ordered?.cancel();
        throw toRequestError(cause, subject, options.timeoutMs, this.user);
      }
      const reply = decodeMessage(replyType, msg.data, subject);
      if (reply.error && reply.error.code) throw BrightlineError.fromWire(reply.error);
      return reply;
    });
  }

  /**
   * A request answered on an inbox of its own, whose subscription callback sees the reply in the
   * connection's order (what the shared inbox of nc.request hides behind a promise): `onReply` runs
   * there. What nc.request does for a request without its shared inbox, done by hand.
   */
  private requestInOrder(subject: string, data: Uint8Array, timeoutMs: number, hdrs: ReturnType<typeof traceHeaders>, onReply: () => void): { reply: Promise<Msg>; cancel(): void } {
    let sub: Subscription | undefined;
    const reply = new Promise<Msg>((resolve, reject) => {
      const inbox = createInbox(this.inbox);
      sub = this.nc.subscribe(inbox, {
        max: 1,
        timeout: timeoutMs,
        callback: (error, msg) => {
          const failure = error ?? (isNoRespondersStatus(msg) ? new NatsNoRespondersError(subject) : undefined);
          if (failure) {
            sub?.unsubscribe();
            reject(failure);
            return;
          }
          onReply();
          resolve(msg);
        },
      });
      // The client fails the subscription whose requestSubject a refused publish names, as for its own requests.
      (sub as Subscription & { requestSubject?: string }).requestSubject = subject;
      try {
        this.nc.publish(subject, data, { reply: inbox, ...(hdrs ? { headers: hdrs } : {}) });
      } catch (error) {
        sub.unsubscribe();
        reject(error);
      }
    });
    return { reply, cancel: () => sub?.unsubscribe() };
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
    const link = this.link;
    return {
      addEndpoint: (name, subject, requestType, replyType, handler) => {
        service.addEndpoint(name, {
          subject,
          handler: (error, msg) => {
            if (error) {
              logger.warn(`endpoint '${subject}' failed: ${error.message}`);
              return;
            }
            void serveOne(msg, requestType, replyType, handler, logger, link);
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
      num_replicas: config.replicas ?? this.replicas ?? 1,
      duplicate_window: 120 * 1_000_000_000,
    };
    try {
      const existing = await jsm.streams.info(config.name);
      // Without a replica count of its own, this process does not scale a stream an operator set up.
      if (config.replicas === undefined && this.replicas === undefined) wanted.num_replicas = existing.config.num_replicas;
      await jsm.streams.update(config.name, wanted);
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
      await jsm.streams.add(wanted);
    }
  }

  /** The stream's message count and, on a cluster, its leader and followers. */
  async streamInfo(name: string): Promise<StreamState> {
    const info = await (await this.jetstreamManager()).streams.info(name);
    return {
      messages: info.state.messages,
      consumers: info.state.consumer_count,
      replicas: info.config.num_replicas,
      leader: info.cluster?.leader || undefined,
      followers: (info.cluster?.replicas ?? []).map((peer) => ({ name: peer.name, current: peer.current, offline: peer.offline ?? false })),
    };
  }

  /** Makes the stream's leader hand over to another copy (what `nats stream cluster step-down` does). */
  async stepDownStreamLeader(name: string): Promise<void> {
    await this.jetstreamManager();
    const subject = jetstreamApi.streamLeaderStepDown(name);
    const msg = await this.link.guard(this.nc.request(subject, undefined, { timeout: 5_000 }), subject);
    const reply = msg.json<{ success?: boolean; error?: { description?: string } }>();
    if (!reply.success) {
      throw new BrightlineError(ErrorCode.Unavailable, `step-down of the leader of stream '${name}' failed: ${reply.error?.description ?? 'no reason given'}`, {
        retryable: true,
      });
    }
  }

  /** Publishes to JetStream; `msgId` makes a retried publish a no-op on the server. */
  async publishDurable<P>(subject: string, type: MessageType<unknown, P>, message: P, msgId: string): Promise<DurablePublishResult> {
    await this.link.connected(subject, JETSTREAM_TIMEOUT_MS);
    // What the client's JetStream publish sends (the message id as Nats-Msg-Id, the stream's
    // PubAck as reply), through our reply router instead of the client's request().
    const headers = traceHeaders() ?? natsHeaders();
    headers.set(MSG_ID_HEADER, msgId);
    const pending = this.replies.request(subject, encodeMessage(type, message), { timeoutMs: JETSTREAM_TIMEOUT_MS, headers });
    let reply: Msg;
    try {
      reply = await this.link.guard(pending, subject);
    } catch (cause) {
      const denied = permissionDenied(cause, this.user);
      if (denied) throw denied;
      if (cause instanceof NatsNoRespondersError) {
        throw new BrightlineError(ErrorCode.Unavailable, `no JetStream stream stored '${subject}': JetStream is off or no stream takes the subject`, { retryable: true, cause });
      }
      throw cause;
    }
    return parsePubAck(reply, subject);
  }

  /**
   * Reads a stream in order from `start`, calling `onMessage` for each decoded message. The reader
   * survives server restarts (ordered consumers recreate themselves) until `stop`. A handler that
   * returns a promise holds the next message back until it settles (a slow client downstream slows
   * the read, instead of piling messages up); one that throws or rejects ends the reader.
   */
  async readStream<T>(
    stream: string,
    filterSubject: string,
    type: MessageType<T, never>,
    start: StreamStart,
    onMessage: (message: T, info: StreamMessageInfo) => void | Promise<void>,
    options: ReadStreamOptions = {},
  ): Promise<StreamReader> {
    const { signal, onSkipped } = options;
    const consumer = await this.orderedConsumer(stream, { filter_subjects: filterSubject, ...deliverOptions(start) });
    let storedAtStart: number;
    let messages: Awaited<ReturnType<typeof consumer.consume>>;
    try {
      // Counted by the server when it made the consumer, before anything was delivered.
      storedAtStart = (await consumer.info(true)).num_pending;
      messages = await consumer.consume();
    } catch (error) {
      // Otherwise the server keeps it until its inactivity threshold (minutes): one per call adds up.
      await consumer.delete().catch(() => undefined);
      throw error;
    }
    const done = (async () => {
      for await (const jsMsg of messages) {
        const info = { subject: jsMsg.subject, seq: jsMsg.seq, pending: jsMsg.info.pending };
        let decoded: T;
        try {
          decoded = decodeMessage(type, jsMsg.data, jsMsg.subject);
        } catch (error) {
          this.logger.warn(String((error as Error).message));
          if (onSkipped) await onSkipped(info);
          continue;
        }
        const handled = onMessage(decoded, info);
        if (handled) await handled;
      }
    })();
    const ended = done.then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      signal?.removeEventListener('abort', onAbort);
      stopped ??= (async () => {
        await messages.close();
        await ended;
        await consumer.delete().catch(() => undefined);
      })();
      return stopped;
    };
    const onAbort = (): void => void stop();
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    return { storedAtStart, ended, stop };
  }

  /**
   * Every subject under `filter` that holds messages, with the sequence of its last one, oldest
   * first. Reads one header-only message per subject, however many messages each subject holds.
   */
  async lastSequencePerSubject(stream: string, filter: string, options: ReadOptions = {}): Promise<SubjectSequence[]> {
    const what = `listing the subjects of stream '${stream}'`;
    const bound = new ReadBound(what, options);
    try {
      bound.check();
      // Not raced with the bound: a consumer made after we stopped waiting could not be deleted.
      // Each of these steps is one JetStream API request, bounded by the client's own timeout.
      const consumer = await this.orderedConsumer(stream, { filter_subjects: filter, deliver_policy: DeliverPolicy.LastPerSubject, headers_only: true });
      try {
        const last = new Map<string, number>();
        if ((await consumer.info(true)).num_pending > 0) {
          bound.check();
          const messages = await consumer.consume();
          // The count may never reach 0 (the last message expired between info() and its
          // delivery, JetStream stalls): the bound ends the wait by closing the consumer.
          const unbind = bound.onEnd(() => void messages.close());
          try {
            for await (const jsMsg of messages) {
              // A consumer recreated after a reconnect goes on from a sequence, delivering later
              // messages of subjects already seen: the latest one of each still wins.
              last.set(jsMsg.subject, jsMsg.seq);
              if (jsMsg.info.pending === 0) break;
            }
          } finally {
            unbind();
            await messages.close();
          }
        }
        bound.check();
        return [...last].map(([subject, seq]) => ({ subject, seq })).sort((a, b) => a.seq - b.seq);
      } finally {
        // Otherwise the server keeps it until its inactivity threshold (minutes), whatever ended the read.
        await consumer.delete().catch(() => undefined);
      }
    } finally {
      bound.dispose();
    }
  }

  /** The first message stored under `subject`; undefined when it holds none. */
  firstStoredMessage<T>(stream: string, subject: string, type: MessageType<T, never>, options: ReadOptions = {}): Promise<StoredMessage<T> | undefined> {
    // The server's MSG.GET takes next_by_subj (nats-server >= 2.9); the client's type for it only lists seq and last_by_subj.
    const query: NextMsgRequest = { next_by_subj: subject, seq: 0 };
    return this.storedMessage(stream, query as unknown as MsgRequest, type, options);
  }

  /** The last message stored under `subject`; undefined when it holds none. */
  lastStoredMessage<T>(stream: string, subject: string, type: MessageType<T, never>, options: ReadOptions = {}): Promise<StoredMessage<T> | undefined> {
    return this.storedMessage(stream, { last_by_subj: subject }, type, options);
  }

  /**
   * A JetStream key-value bucket with protobuf values, created with `options` if it is missing (an
   * existing bucket keeps its configuration).
   */
  async kv(bucket: string, options: KvBucketOptions = {}): Promise<KvBucket> {
    this.kvm ??= new Kvm(this.js);
    return openKvBucket(this.kvm, bucket, { ...options, replicas: options.replicas ?? this.replicas ?? 1 }, this.logger, () => this.jetstreamManager(), (listener) =>
      this.onConnectionChange(listener),
    );
  }

  /** Resolves once the server has processed everything sent so far, new subscriptions included. */
  async flush(): Promise<void> {
    await this.nc.flush();
  }

  async close(): Promise<void> {
    for (const service of this.services.splice(0)) await service.stop().catch(() => undefined);
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
    this.setConnected(false);
  }

  /** Resolves when the connection is closed for good, with the error that closed it, if any. */
  closed(): Promise<void | Error> {
    return this.nc.closed();
  }

  private async storedMessage<T>(stream: string, query: MsgRequest, type: MessageType<T, never>, options: ReadOptions): Promise<StoredMessage<T> | undefined> {
    const bound = new ReadBound(`reading a stored message of stream '${stream}'`, options);
    let stored: StoredMsg | null;
    try {
      bound.check();
      const jsm = await this.jetstreamManager();
      // A lookup is one request: nothing is left behind when we stop waiting for it.
      stored = await bound.race(jsm.streams.getMessage(stream, query));
    } catch (error) {
      throw isStreamNotFound(error) ? new StreamNotFoundError(stream, { cause: error }) : error;
    } finally {
      bound.dispose();
    }
    if (!stored) return undefined;
    return { message: decodeMessage(type, stored.data, stored.subject), subject: stored.subject, seq: stored.seq };
  }

  /** An ordered consumer (ephemeral, in order, recreated after a reconnect); StreamNotFoundError when the stream is missing. */
  private async orderedConsumer(stream: string, options: Partial<OrderedConsumerOptions>) {
    try {
      return await this.js.consumers.get(stream, options);
    } catch (error) {
      throw isStreamNotFound(error) ? new StreamNotFoundError(stream, { cause: error }) : error;
    }
  }

  private jetstreamManager(): Promise<JetStreamManager> {
    // A manager that could not be had (JetStream not ready yet, e.g. no meta leader) is asked for again.
    this.jsmPromise ??= jetstreamManager(this.nc).catch((error: unknown) => {
      this.jsmPromise = undefined;
      throw error;
    });
    return this.jsmPromise;
  }
}

async function serveOne<Req, Rep extends Replyable>(
  msg: ServiceMsg,
  requestType: MessageType<Req, never>,
  replyType: MessageType<unknown, Rep>,
  handler: RequestHandler<Req, Rep>,
  logger: Logger,
  link: ConnectionLink,
): Promise<void> {
  const reply = await withServerSpan(msg.subject, msg.headers, async () => {
    try {
      const request = decodeMessage(requestType, msg.data, msg.subject);
      return await handler(request, msg.subject, requestHeaders(msg.headers));
    } catch (error) {
      const wire = BrightlineError.from(error).toWire();
      if (wire.code === ErrorCode.Internal) logger.error(`handler for '${msg.subject}' threw: ${wire.message}`);
      return { error: wire } as Rep;
    }
  });
  // The client drops what is written while it reconnects: a reply made then waits for the connection.
  await link.connected(msg.subject, REPLY_HOLD_MS).catch(() => undefined);
  try {
    msg.respond(encodeMessage(replyType, reply));
  } catch (error) {
    logger.warn(`could not reply on '${msg.subject}': ${String(error)}`);
  }
}

const NO_HEADERS: RequestHeaders = { get: () => undefined };

function requestHeaders(hdrs: ServiceMsg['headers']): RequestHeaders {
  if (!hdrs) return NO_HEADERS;
  return { get: (name) => (hdrs.has(name) ? hdrs.get(name) : undefined) };
}

function withHeaders(trace: ReturnType<typeof traceHeaders>, extra: Readonly<Record<string, string>> | undefined): ReturnType<typeof traceHeaders> {
  if (!extra) return trace;
  const target = trace ?? natsHeaders();
  for (const [key, value] of Object.entries(extra)) target.set(key, value);
  return target;
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

const natsDisconnects = lazyInstrument((meter) =>
  meter.createCounter(MetricName.NatsDisconnects, { description: 'Times this process lost its NATS connection' }),
);
const natsReconnects = lazyInstrument((meter) =>
  meter.createCounter(MetricName.NatsReconnects, { description: 'Times this process got its NATS connection back (possibly on another server of the cluster)' }),
);

/** How long a JetStream publish waits for its ack, and for a lost connection to come back first. */
const JETSTREAM_TIMEOUT_MS = 5_000;
/** The header JetStream deduplicates on (within the stream's duplicate window). */
const MSG_ID_HEADER = 'Nats-Msg-Id';

/** The stream's answer to a publish: where it stored the message, or the API error it refused it with. */
function parsePubAck(reply: Msg, subject: string): DurablePublishResult {
  let ack: { stream?: string; seq?: number; duplicate?: boolean; error?: ApiError };
  try {
    ack = JSON.parse(new TextDecoder().decode(reply.data)) as typeof ack;
  } catch (cause) {
    throw new JetStreamError(`the answer to a publish on '${subject}' is not a JetStream ack: ${String(cause)}`);
  }
  if (ack.error) throw new JetStreamApiError(ack.error);
  if (!ack.stream || typeof ack.seq !== 'number') throw new JetStreamError(`the answer to a publish on '${subject}' is not a JetStream ack`);
  return { seq: ack.seq, duplicate: ack.duplicate === true };
}
/** How long a reply made while the connection is down waits for it to come back. */
const REPLY_HOLD_MS = 30_000;
/** How long a request in flight when the connection dropped waits for its reply once it is back. */
const LATE_REPLY_GRACE_MS = 3_000;

/** Servers as NATS_URL gives them: one URL, a comma-separated list, or an array of either. */
export function serverList(servers: string | readonly string[]): string[] {
  return (typeof servers === 'string' ? [servers] : [...servers]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

function replicasOption(option: number | undefined): number | undefined {
  const raw = option ?? (process.env['BRIGHTLINE_JS_REPLICAS'] || undefined);
  if (raw === undefined) return undefined;
  const replicas = Number(raw);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) {
    throw new InvalidArgumentError(`JetStream replicas must be a whole number from 1 to 5, not '${raw}' (BRIGHTLINE_JS_REPLICAS)`);
  }
  return replicas;
}

/** A request in flight: whether the connection dropped since it was sent, and its grace timer. */
interface Guarded {
  lost: boolean;
  timer: NodeJS.Timeout | undefined;
  cutOff(): void;
}

/**
 * Whether the connection is up, from the client's status events. The client drops whatever is
 * written while it reconnects, so requests wait for the connection before they are sent. A request
 * in flight when it drops may still be answered once the connection is back on another node (its
 * reply inbox moves along), so it gets LATE_REPLY_GRACE_MS from then; after that its reply is
 * taken as lost and it is cut off with ConnectionLostError instead of waiting out its timeout.
 */
class ConnectionLink {
  private up = true;
  private readonly waiters = new Set<() => void>();
  private readonly inFlight = new Set<Guarded>();

  dropped(): void {
    this.up = false;
    for (const request of this.inFlight) {
      request.lost = true;
      clearTimeout(request.timer);
    }
  }

  restored(): void {
    this.up = true;
    for (const wake of [...this.waiters]) wake();
    this.waiters.clear();
    for (const request of this.inFlight) if (request.lost) request.timer = setTimeout(request.cutOff, LATE_REPLY_GRACE_MS);
  }

  /** Resolves at once while connected, else when the connection is back; TimeoutError after `timeoutMs`. */
  connected(subject: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.up) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiters.delete(wake);
        if (error) reject(error);
        else resolve();
      };
      const wake = (): void => done();
      const onAbort = (): void => done(signal ? abortError(signal, subject) : undefined);
      const timer = setTimeout(() => done(new TimeoutError(`waiting for the NATS connection to send on '${subject}'`, timeoutMs)), timeoutMs);
      this.waiters.add(wake);
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Settles as `pending` does, unless the connection drops and no reply comes in the grace after: ConnectionLostError. */
  guard<T>(pending: Promise<T>, subject: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const request: Guarded = { lost: false, timer: undefined, cutOff: () => reject(new ConnectionLostError(subject)) };
      this.inFlight.add(request);
      void pending.then(resolve, reject).finally(() => {
        clearTimeout(request.timer);
        this.inFlight.delete(request);
      });
    });
  }
}

/**
 * The end of a bounded read: its signal aborting or its time running out, whichever comes first.
 * `check` throws what ended it (Cancelled with the signal's reason as cause, or TimeoutError).
 */
class ReadBound {
  private ended: BrightlineError | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly onAbort = (): void => this.end(readAborted(this.options.signal, this.what));

  constructor(
    private readonly what: string,
    private readonly options: ReadOptions,
  ) {
    const { signal, timeoutMs } = options;
    if (timeoutMs !== undefined) this.timer = setTimeout(() => this.end(new TimeoutError(what, timeoutMs)), timeoutMs);
    if (signal?.aborted) this.onAbort();
    else signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  check(): void {
    if (this.ended) throw this.ended;
  }

  /** Calls `listener` once the read is to end; returns what stops listening. */
  onEnd(listener: () => void): () => void {
    if (this.ended) listener();
    else this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Settles as `pending` does, or rejects once the read is to end. */
  race<T>(pending: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const unbind = this.onEnd(() => reject(this.ended));
      pending.then(resolve, reject).finally(unbind);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.listeners.clear();
  }

  private end(error: BrightlineError): void {
    if (this.ended) return;
    this.ended = error;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }
}

function readAborted(signal: AbortSignal | undefined, what: string): BrightlineError {
  const reason = signal?.reason instanceof Error ? signal.reason.message : String(signal?.reason ?? 'cancelled');
  return new BrightlineError(ErrorCode.Cancelled, `${what} cancelled: ${reason}`, { cause: signal?.reason });
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && /stream not found/i.test(error.message);
}

function toRequestError(cause: unknown, subject: string, timeoutMs: number, user: string | undefined): BrightlineError {
  if (cause instanceof BrightlineError) return cause;
  const denied = permissionDenied(cause, user);
  if (denied) return denied;
  const inner = cause instanceof RequestError && cause.cause ? cause.cause : cause;
  if (inner instanceof NatsNoRespondersError || (cause instanceof RequestError && cause.isNoResponders())) {
    return new NoResponderError(subject, { cause });
  }
  if (inner instanceof NatsTimeoutError) return new TimeoutError(`request on '${subject}'`, timeoutMs, { cause });
  return new BrightlineError(ErrorCode.Unavailable, `request on '${subject}' failed: ${String(cause)}`, { retryable: true, cause });
}

/** The server's refusal behind a failed request or publish, as NatsPermissionDeniedError; undefined for any other failure. */
function permissionDenied(cause: unknown, user: string | undefined): NatsPermissionDeniedError | undefined {
  const inner = cause instanceof Error && cause.cause instanceof PermissionViolationError ? cause.cause : cause;
  if (!(inner instanceof PermissionViolationError)) return undefined;
  return new NatsPermissionDeniedError(inner.subject, inner.operation === 'subscription' ? 'subscription' : 'publish', user, { cause });
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
