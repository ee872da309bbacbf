/**
 * The durable state of one beamline's plan queue, in KV bucket `BL_QUEUE_<beamline>`:
 *  - `state` (QueueState): the items, whether the queue is started, the running item; every change
 *    is a compare-and-set retried on conflict, so two writers never lose each other's edits;
 *  - `running` (RunningRecord): the running item and the runs it opened, for a successor to close;
 *  - `history.<seq>` (HistoryEntry, seq zero-padded) with counter `history_seq`: the last entries;
 *  - `scan_id` (QueueCounter): the last scan id handed out.
 * A KV operation that fails for a passing reason (a lost NATS node, a bucket electing a new leader)
 * is retried for up to 30 s instead of failing the queue or the run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import {
  KvKeyExistsError,
  KvOperationError,
  KvRevisionMismatchError,
  MemoryKvBucket,
  encodeMessage,
  subjects,
  type Bus,
  type KvBucket,
  type KvChangeHandler,
  type KvValue,
  type KvWatch,
  type KvWatchOptions,
  type MessageType,
} from '../transport/mod.js';
import {
  emptyQueueState,
  historyEntryFrom,
  queueStateFrom,
  runningRecordFrom,
  type HistoryEntry,
  type QueueState,
  type RunningRecord,
} from './queue-types.js';

const v1 = brightline.v1;

/** What a change to the state decides: the new state (omitted: write nothing) and a result. */
export interface StateChange<R> {
  state?: QueueState;
  result: R;
}

export interface QueueStore {
  readonly beamline: string;
  getState(): Promise<QueueState>;
  /**
   * Applies `change` to the latest state atomically. `change` gets a copy it may modify, may run
   * again when another writer got there first, and may throw to refuse (nothing is written).
   */
  updateState<R>(change: (state: QueueState) => StateChange<R>): Promise<{ state: QueueState; result: R }>;
  /** Appends an entry, dropping the oldest beyond the kept number; returns its sequence number. */
  appendHistory(entry: HistoryEntry): Promise<number>;
  /** The newest `limit` entries (0: every kept one), oldest first. */
  history(limit?: number): Promise<HistoryEntry[]>;
  getRunning(): Promise<RunningRecord | undefined>;
  putRunning(record: RunningRecord): Promise<void>;
  /** Compare-and-set on the running record, like updateState; `change` may throw to refuse. */
  updateRunning(change: (record: RunningRecord | undefined) => RunningRecord): Promise<RunningRecord>;
  deleteRunning(): Promise<void>;
  /** The next scan id: one more than the last handed out, and more than `after` (default 0). */
  nextScanId(after?: number): Promise<number>;
  /** The last scan id handed out; undefined before the first. */
  lastScanId(): Promise<number | undefined>;
}

export interface KvQueueStoreOptions {
  /** Compare-and-set attempts before a conflict is thrown (KvRevisionMismatchError, retryable). */
  casAttempts?: number;
  /** History entries kept; 1,000 by default. */
  historyKept?: number;
  /** How long an operation failing for a passing reason (KvOperationError, retryable) is retried; 30 s by default. */
  transientRetryMs?: number;
}

export const QueueKey = {
  State: 'state',
  Running: 'running',
  HistorySeq: 'history_seq',
  ScanId: 'scan_id',
} as const;

const HISTORY_KEPT = 1_000;
const CAS_ATTEMPTS = 10;
const READ_BATCH = 100;
const TRANSIENT_RETRY_MS = 30_000;
const TRANSIENT_MAX_DELAY_MS = 2_000;

export function historyKey(seq: number): string {
  return `history.${String(seq).padStart(10, '0')}`;
}

/** The queue store over any KvBucket: NATS in production, MemoryKvBucket in unit tests. */
export class KvQueueStore implements QueueStore {
  private readonly casAttempts: number;
  private readonly historyKept: number;
  private readonly transientRetryMs: number;
  private readonly bucket: KvBucket;

  constructor(
    readonly beamline: string,
    bucket: KvBucket,
    options: KvQueueStoreOptions = {},
  ) {
    this.casAttempts = Math.max(1, options.casAttempts ?? CAS_ATTEMPTS);
    this.historyKept = Math.max(1, options.historyKept ?? HISTORY_KEPT);
    this.transientRetryMs = Math.max(0, options.transientRetryMs ?? TRANSIENT_RETRY_MS);
    this.bucket = new PersistentKvBucket(bucket, this.transientRetryMs);
  }

  /** Opens (creating if needed) the beamline's bucket `BL_QUEUE_<beamline>`. */
  static async open(bus: Bus, beamline: string, options: KvQueueStoreOptions & { replicas?: number } = {}): Promise<KvQueueStore> {
    // Without replicas of its own, the bus's (BRIGHTLINE_JS_REPLICAS on a cluster) apply.
    const bucket = await bus.kv(subjects.queueBucket(beamline), { history: 1, replicas: options.replicas });
    return new KvQueueStore(beamline, bucket, options);
  }

  async getState(): Promise<QueueState> {
    const found = await this.bucket.get(QueueKey.State, v1.QueueState);
    return found ? queueStateFrom(found.value) : emptyQueueState();
  }

  async updateState<R>(change: (state: QueueState) => StateChange<R>): Promise<{ state: QueueState; result: R }> {
    const { value, result } = await this.compareAndSet<brightline.v1.QueueState, QueueState, R>(QueueKey.State, v1.QueueState, (found) => {
      const current = found ? queueStateFrom(found) : emptyQueueState();
      const decided = change(current);
      return { next: decided.state, value: decided.state ?? current, result: decided.result };
    });
    return { state: value, result };
  }

  async appendHistory(entry: HistoryEntry): Promise<number> {
    const seq = await this.increment(QueueKey.HistorySeq, 0);
    await this.bucket.put(historyKey(seq), v1.HistoryEntry, entry);
    if (seq > this.historyKept) await this.bucket.delete(historyKey(seq - this.historyKept));
    return seq;
  }

  async history(limit = 0): Promise<HistoryEntry[]> {
    const last = (await this.bucket.get(QueueKey.HistorySeq, v1.QueueCounter))?.value.value ?? 0;
    const count = limit > 0 ? Math.min(limit, this.historyKept) : this.historyKept;
    const seqs: number[] = [];
    for (let seq = Math.max(1, last - count + 1); seq <= last; seq++) seqs.push(seq);
    const entries: HistoryEntry[] = [];
    for (let i = 0; i < seqs.length; i += READ_BATCH) {
      const batch = await Promise.all(seqs.slice(i, i + READ_BATCH).map((seq) => this.bucket.get(historyKey(seq), v1.HistoryEntry)));
      // A seq whose entry was never written (its writer died) is a gap, not an error.
      for (const found of batch) if (found) entries.push(historyEntryFrom(found.value));
    }
    return entries;
  }

  async getRunning(): Promise<RunningRecord | undefined> {
    const found = await this.bucket.get(QueueKey.Running, v1.RunningRecord);
    return found && runningRecordFrom(found.value);
  }

  async putRunning(record: RunningRecord): Promise<void> {
    await this.bucket.put(QueueKey.Running, v1.RunningRecord, record);
  }

  async updateRunning(change: (record: RunningRecord | undefined) => RunningRecord): Promise<RunningRecord> {
    const { value } = await this.compareAndSet<brightline.v1.RunningRecord, RunningRecord, undefined>(QueueKey.Running, v1.RunningRecord, (found) => {
      const next = change(found && runningRecordFrom(found));
      return { next, value: next, result: undefined };
    });
    return value;
  }

  async deleteRunning(): Promise<void> {
    await this.bucket.delete(QueueKey.Running);
  }

  nextScanId(after = 0): Promise<number> {
    return this.increment(QueueKey.ScanId, after);
  }

  async lastScanId(): Promise<number | undefined> {
    return (await this.bucket.get(QueueKey.ScanId, v1.QueueCounter))?.value.value ?? undefined;
  }

  private async increment(key: string, after: number): Promise<number> {
    const { value } = await this.compareAndSet<brightline.v1.QueueCounter, { value: number }, undefined>(key, v1.QueueCounter, (found) => {
      const next = { value: Math.max(found?.value ?? 0, after) + 1 };
      return { next, value: next, result: undefined };
    });
    return value.value;
  }

  /**
   * Reads `key`, lets `decide` compute the next value (undefined: write nothing), and writes it only
   * if nobody wrote in between; on a conflict reads again, after a short random pause.
   */
  private async compareAndSet<W, V, R>(
    key: string,
    type: MessageType<W, V>,
    decide: (found: W | undefined) => { next: V | undefined; value: V; result: R },
  ): Promise<{ value: V; result: R }> {
    for (let attempt = 1; ; attempt++) {
      const found = await this.bucket.get<W>(key, type);
      const decided = decide(found?.value);
      if (decided.next === undefined) return decided;
      try {
        if (found) await this.bucket.update(key, type, decided.next, found.revision);
        else await this.bucket.create(key, type, decided.next);
        return decided;
      } catch (error) {
        const conflict = error instanceof KvRevisionMismatchError || error instanceof KvKeyExistsError;
        if (!conflict || attempt >= this.casAttempts) throw error;
        await sleep(Math.random() * Math.min(2 ** attempt, 50));
      }
    }
  }
}

/**
 * A KvBucket whose every operation is retried, for up to `retryForMs`, while it fails for a passing reason
 * (KvOperationError, retryable): a NATS node lost, a bucket electing a new leader. A write whose
 * ack was lost may have landed: when the key then holds exactly what was written, at a newer
 * revision, the write counts as done instead of being made twice.
 */
export class PersistentKvBucket implements KvBucket {
  constructor(
    private readonly bucket: KvBucket,
    private readonly retryForMs: number,
  ) {}

  get name(): string {
    return this.bucket.name;
  }

  get<T>(key: string, type: MessageType<T, never>): Promise<KvValue<T> | undefined> {
    return this.retry(() => this.bucket.get(key, type));
  }

  put<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    return this.retry(() => this.bucket.put(key, type, value));
  }

  create<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    return this.retry(() => this.bucket.create(key, type, value), () => this.holds(key, type, value, 0));
  }

  update<P>(key: string, type: MessageType<unknown, P>, value: P, expectedRevision: number): Promise<number> {
    return this.retry(() => this.bucket.update(key, type, value, expectedRevision), () => this.holds(key, type, value, expectedRevision));
  }

  delete(key: string): Promise<void> {
    return this.retry(() => this.bucket.delete(key));
  }

  keys(filter?: string): Promise<string[]> {
    return this.retry(() => this.bucket.keys(filter));
  }

  entries<T>(filter: string, type: MessageType<T, never>): Promise<Array<KvValue<T> & { key: string }>> {
    return this.retry(() => this.bucket.entries(filter, type));
  }

  watch<T>(keyPattern: string, type: MessageType<T, never>, onChange: KvChangeHandler<T>, options?: KvWatchOptions): Promise<KvWatch> {
    return this.retry(() => this.bucket.watch(keyPattern, type, onChange, options));
  }

  /** Runs `run` again while it fails for a passing reason; `landed` may find a write already done. */
  private async retry<R>(run: () => Promise<R>, landed?: () => Promise<R | undefined>): Promise<R> {
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof KvOperationError && error.retryable) || Date.now() - startedAt >= this.retryForMs) throw error;
        await sleep(Math.min(50 * 2 ** attempt, TRANSIENT_MAX_DELAY_MS));
        const done = await landed?.().catch(() => undefined);
        if (done !== undefined) return done;
      }
    }
  }

  /** The key's revision if it holds `value` at a revision after `after`; undefined otherwise. */
  private async holds<P>(key: string, type: MessageType<unknown, P>, value: P, after: number): Promise<number | undefined> {
    const found = await this.bucket.get(key, type as MessageType<P, never>);
    if (!found || found.revision <= after) return undefined;
    return sameBytes(encodeMessage(type, found.value), encodeMessage(type, value)) ? found.revision : undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The queue store in memory, with the KV store's code over a MemoryKvBucket: for unit tests. */
export class MemoryQueueStore extends KvQueueStore {
  constructor(beamline = 'BL01', options: KvQueueStoreOptions = {}, bucket: KvBucket = new MemoryKvBucket(subjects.queueBucket(beamline))) {
    super(beamline, bucket, options);
  }
}
