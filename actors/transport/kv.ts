/**
 * JetStream key-value buckets with protobuf values: reads carry the revision, writes can be
 * compare-and-set on it, and conflicts come back as typed, retryable errors.
 */
import { JetStreamApiCodes, JetStreamApiError, type JetStreamManager } from '@nats-io/jetstream';
import { KvWatchInclude, type KV, type KvEntry, type Kvm } from '@nats-io/kv';
import { setTimeout as sleep } from 'node:timers/promises';
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { decodeMessage, encodeMessage, type MessageType } from './codec.js';

export interface KvBucketOptions {
  /** Values kept per key (1..64); 1 by default. */
  history?: number;
  /** Values older than this are removed by the server; 0 (default) keeps them for ever. */
  ttlMs?: number;
  /** 1, 3 or 5; 1 by default. Only applies when this call creates the bucket. */
  replicas?: number;
}

export interface KvValue<T> {
  value: T;
  revision: number;
}

/** Called for every change of a watched key; `value` is undefined when the key was deleted. */
export type KvChangeHandler<T> = (key: string, value: T | undefined, revision: number) => void;

export interface KvWatchOptions {
  /** Deliver every kept value of the matching keys first, not only the latest. */
  includeHistory?: boolean;
  /** Deliver only changes made after the watch started. */
  updatesOnly?: boolean;
}

export interface KvWatch {
  stop(): Promise<void>;
}

export interface KvBucket {
  readonly name: string;
  /** The latest value and its revision; undefined when the key is missing or deleted. */
  get<T>(key: string, type: MessageType<T, never>): Promise<KvValue<T> | undefined>;
  /** Writes unconditionally; returns the new revision. */
  put<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number>;
  /** Writes only if the key is missing or deleted, else throws KvKeyExistsError. */
  create<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number>;
  /** Compare-and-set: writes only if the key is still at `expectedRevision`, else KvRevisionMismatchError. */
  update<P>(key: string, type: MessageType<unknown, P>, value: P, expectedRevision: number): Promise<number>;
  delete(key: string): Promise<void>;
  /** The keys that have a value, matching `filter` (NATS wildcards `*` and `>`), unordered. */
  keys(filter?: string): Promise<string[]>;
  /** The latest value of every key matching `filter` that has one, with its revision, unordered. */
  entries<T>(filter: string, type: MessageType<T, never>): Promise<Array<KvValue<T> & { key: string }>>;
  /**
   * Calls `onChange` with the latest value of every key matching `keyPattern`, then with every
   * change until `stop`. A value that does not decode is logged and skipped.
   */
  watch<T>(keyPattern: string, type: MessageType<T, never>, onChange: KvChangeHandler<T>, options?: KvWatchOptions): Promise<KvWatch>;
}

export class KvKeyExistsError extends BrightlineError {
  constructor(readonly bucket: string, readonly key: string, options?: ErrorOptions) {
    super(ErrorCode.AlreadyExists, `key '${key}' already exists in KV bucket '${bucket}'`, options);
  }
}

/** Another writer changed the key since it was read: read it again and retry. */
export class KvRevisionMismatchError extends BrightlineError {
  constructor(
    readonly bucket: string,
    readonly key: string,
    readonly expectedRevision: number,
    options?: ErrorOptions,
  ) {
    super(
      ErrorCode.Aborted,
      `key '${key}' of KV bucket '${bucket}' is no longer at revision ${expectedRevision}: another writer changed it`,
      { retryable: true, ...options },
    );
  }
}

/** Any other failure of a KV operation (bucket unreachable, invalid key, server error). */
export class KvOperationError extends BrightlineError {
  constructor(
    readonly bucket: string,
    readonly operation: string,
    readonly key: string,
    cause: unknown,
  ) {
    const invalid = cause instanceof Error && /invalid (key|bucket)/i.test(cause.message);
    super(
      invalid ? ErrorCode.InvalidArgument : ErrorCode.Unavailable,
      `KV ${operation} of '${key}' in bucket '${bucket}' failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { retryable: !invalid, cause },
    );
  }
}

/** Creates the bucket if it is missing (keeping an existing bucket's configuration) and binds to it. */
export async function openKvBucket(
  kvm: Kvm,
  name: string,
  options: KvBucketOptions,
  logger: Logger,
  jsm: () => Promise<JetStreamManager>,
  onConnectionChange?: (listener: (connected: boolean) => void) => () => void,
): Promise<KvBucket> {
  let kv: KV;
  try {
    kv = await kvm.create(name, {
      history: options.history ?? 1,
      ttl: options.ttlMs ?? 0,
      replicas: options.replicas ?? 1,
    });
  } catch (cause) {
    throw new KvOperationError(name, 'open', '*', cause);
  }
  return new NatsKvBucket(name, kv, logger, jsm, onConnectionChange);
}

/** How long a read waits for a copy of the bucket that holds this process's own last write of the key. */
const CATCH_UP_MS = 2_000;

class NatsKvBucket implements KvBucket {
  /**
   * The revision of this process's last write of each key. A replicated bucket answers reads from
   * any of its copies (direct get), and a follower may not yet have applied a write the leader has
   * just acknowledged: a run engine reading its queue right after adding a plan could miss the plan,
   * which then waited for the next submission (seen with 3 replicas, test/e2e/multi-host.int.test.ts).
   * A read older than our own last write is made again until an up-to-date copy answers. The same
   * holds for a revision a refused compare-and-set named ("wrong last sequence: N"): the key is
   * known to be at N, and reading an older copy again would only lose the next compare-and-set too
   * (a queue update failed ten times in a row while a node that had come back caught up).
   */
  private readonly written = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly kv: KV,
    private readonly logger: Logger,
    private readonly jsm: () => Promise<JetStreamManager>,
    /** Calls the listener when the connection drops (false) and when it is back (true); returns the unsubscribe. */
    private readonly onConnectionChange?: (listener: (connected: boolean) => void) => () => void,
  ) {}

  async get<T>(key: string, type: MessageType<T, never>): Promise<KvValue<T> | undefined> {
    const entry = await this.latest(key);
    if (!entry || entry.operation !== 'PUT') return undefined;
    return { value: decodeMessage(type, entry.value, this.where(key)), revision: entry.revision };
  }

  /** The key's latest entry, never older than what this process last wrote to it (KvOperationError after CATCH_UP_MS). */
  private async latest(key: string): Promise<KvEntry | null> {
    const deadline = Date.now() + CATCH_UP_MS;
    for (let attempt = 0; ; attempt++) {
      const entry = await this.attempt('get', key, () => this.kv.get(key));
      const own = this.written.get(key);
      if (own === undefined || (entry?.revision ?? 0) >= own) return entry;
      if (Date.now() >= deadline) {
        // Once only: if our write is gone for good (the bucket purged or made anew), later reads take what is there.
        this.written.delete(key);
        throw new KvOperationError(this.name, 'get', key, new Error(`the copy that answered holds revision ${entry?.revision ?? 'none'}, older than revision ${own} this process wrote or was told of`));
      }
      await sleep(Math.min(5 * 2 ** attempt, 100));
    }
  }

  /** A refused compare-and-set names the key's revision: reads of the key wait for a copy that has it. */
  private toldOf(key: string, refusal: unknown): void {
    const match = /wrong last sequence: (\d+)/.exec(refusal instanceof Error ? refusal.message : '');
    const revision = Number(match?.[1]);
    if (Number.isInteger(revision) && revision > 0) this.wrote(key, revision);
  }

  private wrote(key: string, revision: number): number {
    this.written.set(key, Math.max(revision, this.written.get(key) ?? 0));
    return revision;
  }

  async put<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    return this.wrote(key, await this.attempt('put', key, () => this.kv.put(key, encodeMessage(type, value))));
  }

  async create<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    try {
      return this.wrote(key, await this.kv.create(key, encodeMessage(type, value)));
    } catch (cause) {
      if (isWrongLastSequence(cause)) {
        this.toldOf(key, cause);
        throw new KvKeyExistsError(this.name, key, { cause });
      }
      throw new KvOperationError(this.name, 'create', key, cause);
    }
  }

  async update<P>(key: string, type: MessageType<unknown, P>, value: P, expectedRevision: number): Promise<number> {
    if (!Number.isInteger(expectedRevision) || expectedRevision <= 0) {
      throw new KvRevisionMismatchError(this.name, key, expectedRevision);
    }
    try {
      return this.wrote(key, await this.kv.update(key, encodeMessage(type, value), expectedRevision));
    } catch (cause) {
      if (isWrongLastSequence(cause)) {
        this.toldOf(key, cause);
        throw new KvRevisionMismatchError(this.name, key, expectedRevision, { cause });
      }
      throw new KvOperationError(this.name, 'update', key, cause);
    }
  }

  delete(key: string): Promise<void> {
    // The client does not say at which revision the delete marker landed: no floor for this key.
    this.written.delete(key);
    return this.attempt('delete', key, () => this.kv.delete(key));
  }

  async keys(filter = '>'): Promise<string[]> {
    return (await this.latestValues(filter)).map((entry) => entry.key);
  }

  async entries<T>(filter: string, type: MessageType<T, never>): Promise<Array<KvValue<T> & { key: string }>> {
    return (await this.latestValues(filter)).map((entry) => ({
      key: entry.key,
      value: decodeMessage(type, entry.value, this.where(entry.key)),
      revision: entry.revision,
    }));
  }

  private latestValues(filter: string): Promise<KvEntry[]> {
    return this.attempt('keys', filter, async () => {
      // From the stream's subjects, in one request: the client's own listing reads a consumer until
      // nothing is pending, which a bucket written to all the time (health) may never reach.
      const prefix = `$KV.${this.name}.`;
      const info = await (await this.jsm()).streams.info(`KV_${this.name}`, { subjects_filter: `${prefix}${filter}` });
      const candidates = Object.keys(info.state.subjects ?? {}).map((subject) => subject.slice(prefix.length));
      // A deleted key keeps its delete marker in the stream: only keys whose latest entry is a value count.
      const latest = await Promise.all(candidates.map((key) => this.latest(key)));
      return latest.filter((entry): entry is KvEntry => entry?.operation === 'PUT');
    });
  }

  async watch<T>(
    keyPattern: string,
    type: MessageType<T, never>,
    onChange: KvChangeHandler<T>,
    options: KvWatchOptions = {},
  ): Promise<KvWatch> {
    const include = options.includeHistory
      ? KvWatchInclude.AllHistory
      : options.updatesOnly
        ? KvWatchInclude.UpdatesOnly
        : KvWatchInclude.LastValue;
    // What the client's watcher was sent while the connection was down is lost to it: after a
    // reconnect it goes on with the next change (test/transport/bus-silent-link.int.test.ts). So
    // after each reconnect the watch starts again after the last revision it delivered.
    // Updates only: every change after the bucket's last revision now, so that a resumed watch knows where it began.
    let delivered = include === KvWatchInclude.UpdatesOnly ? await this.lastRevision(keyPattern) : 0;
    /** Nothing at or below it is news to an updates-only watch. */
    const floor = delivered;
    const deliveredPerKey = new Map<string, number>();
    const resumable = (): boolean => delivered > 0 || include === KvWatchInclude.UpdatesOnly;
    let stopped = false;
    const open = async (): Promise<{ stop(): void; done: Promise<void> }> => {
      const fromNext = resumable();
      const entries = await this.attempt('watch', keyPattern, () =>
        this.kv.watch({ key: keyPattern, include: fromNext ? KvWatchInclude.AllHistory : include, ...(fromNext ? { resumeFromRevision: delivered + 1 } : {}) }),
      );
      const done = (async () => {
        for await (const entry of entries) {
          // A resumed watch may send again what the one before it delivered: skipped per key, so
          // that a change to one key is never dropped for a later change to another.
          if (entry.revision <= floor || entry.revision <= (deliveredPerKey.get(entry.key) ?? 0)) continue;
          deliveredPerKey.set(entry.key, entry.revision);
          delivered = Math.max(delivered, entry.revision);
          let value: T | undefined;
          if (entry.operation === 'PUT') {
            try {
              value = decodeMessage(type, entry.value, this.where(entry.key));
            } catch (error) {
              this.logger.warn((error as Error).message);
              continue;
            }
          }
          try {
            onChange(entry.key, value, entry.revision);
          } catch (error) {
            this.logger.warn(`watcher of '${keyPattern}' in KV bucket '${this.name}' threw: ${String(error)}`);
          }
        }
      })();
      return { stop: () => entries.stop(), done };
    };
    let current = await open();
    let resuming: Promise<void> = Promise.resolve();
    const resume = async (): Promise<void> => {
      current.stop();
      await current.done.catch(() => undefined);
      for (let attempt = 0; !stopped; attempt++) {
        try {
          current = await open();
          if (stopped) current.stop();
          return;
        } catch (error) {
          this.logger.warn(`watch of '${keyPattern}' in KV bucket '${this.name}' not resumed after a reconnect yet: ${describeError(error)}`);
          await sleep(Math.min(250 * 2 ** attempt, 5_000));
        }
      }
    };
    const unlisten = this.onConnectionChange?.((connected) => {
      if (stopped) return;
      // Stopped as the link drops, so that nothing the client's own watcher sends after the
      // reconnect (it carries on with the next change) moves `delivered` past what was missed.
      if (!connected) current.stop();
      else resuming = resuming.then(resume);
    });
    return {
      stop: async () => {
        stopped = true;
        unlisten?.();
        current.stop();
        await resuming;
        await current.done.catch(() => undefined);
      },
    };
  }

  /** The bucket's last revision, any key (0 while it is empty). */
  private async lastRevision(keyPattern: string): Promise<number> {
    return this.attempt('watch', keyPattern, async () => (await (await this.jsm()).streams.info(`KV_${this.name}`)).state.last_seq);
  }

  private where(key: string): string {
    return `kv://${this.name}/${key}`;
  }

  private async attempt<R>(operation: string, key: string, run: () => Promise<R>): Promise<R> {
    try {
      return await run();
    } catch (cause) {
      if (cause instanceof BrightlineError) throw cause;
      throw new KvOperationError(this.name, operation, key, cause);
    }
  }
}

function isWrongLastSequence(error: unknown): boolean {
  return (
    error instanceof JetStreamApiError &&
    (error.code === JetStreamApiCodes.StreamWrongLastSequence || error.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}

interface MemoryRevision {
  /** Undefined for a delete marker. */
  bytes: Uint8Array | undefined;
  revision: number;
}

interface MemoryWatcher {
  pattern: string;
  deliver: (key: string, bytes: Uint8Array | undefined, revision: number) => void;
}

/** NATS's rule for KV keys: subject-safe tokens separated by dots. */
const KV_KEY = /^[-/=\w]+(\.[-/=\w]+)*$/;

/**
 * A KvBucket in memory with the semantics of the NATS one (bucket-wide revisions, compare-and-set,
 * delete markers, wildcard keys and watches), for unit tests of code written against KvBucket.
 * Watchers are called synchronously, inside the write.
 */
export class MemoryKvBucket implements KvBucket {
  private lastRevision = 0;
  private readonly byKey = new Map<string, MemoryRevision[]>();
  private readonly watchers = new Set<MemoryWatcher>();

  constructor(
    readonly name: string,
    private readonly options: KvBucketOptions = {},
  ) {}

  async get<T>(key: string, type: MessageType<T, never>): Promise<KvValue<T> | undefined> {
    const last = this.latest(this.checked('get', key));
    if (!last?.bytes) return undefined;
    return { value: decodeMessage(type, last.bytes, `kv://${this.name}/${key}`), revision: last.revision };
  }

  async put<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    return this.write(this.checked('put', key), encodeMessage(type, value));
  }

  async create<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    if (this.latest(this.checked('create', key))?.bytes) throw new KvKeyExistsError(this.name, key);
    return this.write(key, encodeMessage(type, value));
  }

  async update<P>(key: string, type: MessageType<unknown, P>, value: P, expectedRevision: number): Promise<number> {
    if (this.latest(this.checked('update', key))?.revision !== expectedRevision) {
      throw new KvRevisionMismatchError(this.name, key, expectedRevision);
    }
    return this.write(key, encodeMessage(type, value));
  }

  async delete(key: string): Promise<void> {
    this.write(this.checked('delete', key), undefined);
  }

  async keys(filter = '>'): Promise<string[]> {
    return [...this.byKey.keys()].filter((key) => matchesKey(filter, key) && this.latest(key)?.bytes !== undefined);
  }

  async entries<T>(filter: string, type: MessageType<T, never>): Promise<Array<KvValue<T> & { key: string }>> {
    const found = await Promise.all((await this.keys(filter)).map(async (key) => ({ key, stored: await this.get(key, type) })));
    return found.flatMap(({ key, stored }) => (stored ? [{ key, ...stored }] : []));
  }

  async watch<T>(
    keyPattern: string,
    type: MessageType<T, never>,
    onChange: KvChangeHandler<T>,
    options: KvWatchOptions = {},
  ): Promise<KvWatch> {
    const deliver = (key: string, bytes: Uint8Array | undefined, revision: number): void => {
      onChange(key, bytes && decodeMessage(type, bytes, `kv://${this.name}/${key}`), revision);
    };
    if (!options.updatesOnly) {
      const kept: Array<MemoryRevision & { key: string }> = [];
      for (const [key, revisions] of this.byKey) {
        if (!matchesKey(keyPattern, key)) continue;
        const shown = options.includeHistory ? revisions : revisions.slice(-1);
        for (const revision of shown) kept.push({ key, ...revision });
      }
      kept.sort((a, b) => a.revision - b.revision);
      for (const entry of kept) deliver(entry.key, entry.bytes, entry.revision);
    }
    const watcher: MemoryWatcher = { pattern: keyPattern, deliver };
    this.watchers.add(watcher);
    return { stop: async () => void this.watchers.delete(watcher) };
  }

  private write(key: string, bytes: Uint8Array | undefined): number {
    const revision = ++this.lastRevision;
    const revisions = this.byKey.get(key) ?? [];
    revisions.push({ bytes, revision });
    revisions.splice(0, Math.max(0, revisions.length - (this.options.history ?? 1)));
    this.byKey.set(key, revisions);
    for (const watcher of this.watchers) {
      if (!matchesKey(watcher.pattern, key)) continue;
      try {
        watcher.deliver(key, bytes, revision);
      } catch (error) {
        // As on NATS, a failing watcher does not fail the write; it surfaces as an uncaught error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    return revision;
  }

  private latest(key: string): MemoryRevision | undefined {
    return this.byKey.get(key)?.at(-1);
  }

  private checked(operation: string, key: string): string {
    if (!KV_KEY.test(key)) throw new KvOperationError(this.name, operation, key, new Error(`invalid key: ${key}`));
    return key;
  }
}

/** NATS subject matching: `*` is one token, a final `>` one or more. */
function matchesKey(pattern: string, key: string): boolean {
  const wanted = pattern.split('.');
  const tokens = key.split('.');
  for (let i = 0; i < wanted.length; i++) {
    const token = wanted[i];
    if (token === '>') return tokens.length > i;
    if (i >= tokens.length || (token !== '*' && token !== tokens[i])) return false;
  }
  return wanted.length === tokens.length;
}
