/**
 * Health records in the KV bucket BL_HEALTH, read and written with compare-and-set: device hosts,
 * the supervisor and the lease manager write the same keys, and none may lose another's change.
 */
import { brightline } from '../../gen/proto.js';
import { BrightlineError, ErrorCode, TimeoutError } from '../../lib/errors.js';
import { HEALTH_BUCKET, KvKeyExistsError, KvRevisionMismatchError, type Bus, type KvBucket } from '../transport/mod.js';
import { fromWireRecord, type HealthRecord } from './health-model.js';

const v1 = brightline.v1;
const DEFAULT_ATTEMPTS = 5;
const DEFAULT_LIST_TIMEOUT_MS = 10_000;

export interface HealthBucketOptions {
  /** 1 on a single server; 3 on the production cluster. Only used when this call creates the bucket. */
  replicas?: number;
}

/** Opens BL_HEALTH, creating it (one value per key, kept for ever) if it is missing. */
export function openHealthBucket(bus: Bus, options: HealthBucketOptions = {}): Promise<KvBucket> {
  return bus.kv(HEALTH_BUCKET, { history: 1, ...(options.replicas ? { replicas: options.replicas } : {}) });
}

export interface StoredRecord {
  readonly record: HealthRecord;
  readonly revision: number;
}

export async function readHealthRecord(bucket: KvBucket, key: string): Promise<StoredRecord | undefined> {
  const stored = await bucket.get(key, v1.HealthRecord);
  return stored && { record: fromWireRecord(stored.value), revision: stored.revision };
}

/**
 * Every record whose key matches `filter` (NATS wildcards), in no particular order. Bounded by
 * `timeoutMs`, so a command or a supervisor never hangs on a JetStream that is electing a leader.
 */
export async function readHealthRecords(bucket: KvBucket, filter = '>', timeoutMs = DEFAULT_LIST_TIMEOUT_MS): Promise<StoredRecord[]> {
  const listing = (async () => {
    const entries = await bucket.entries(filter, v1.HealthRecord);
    return entries.map((entry) => ({ record: fromWireRecord(entry.value), revision: entry.revision }));
  })();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`listing the health records '${filter}' of ${bucket.name}`, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([listing, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Given what is stored (undefined: nothing), the record to write, or undefined to leave it as it is. */
export type DecideRecord = (stored: HealthRecord | undefined) => HealthRecord | undefined;

export interface UpdateOutcome {
  readonly written: boolean;
  /** What the key holds now, as far as this writer knows. */
  readonly stored: StoredRecord | undefined;
}

/** Too many writers changed the key between our read and our write. */
export class HealthRecordContendedError extends BrightlineError {
  constructor(readonly key: string, attempts: number) {
    super(ErrorCode.Aborted, `health record '${key}' changed under us ${attempts} times in a row; giving up this write`, { retryable: true });
  }
}

/**
 * Compare-and-set: `decide` sees the stored record and returns the one to write; if another writer
 * got there first, the key is read again and `decide` asked again. `known` (what this writer last
 * wrote or read) saves the first read; a stale one only costs a retry.
 */
export async function updateHealthRecord(
  bucket: KvBucket,
  key: string,
  decide: DecideRecord,
  options: { known?: StoredRecord | undefined; attempts?: number } = {},
): Promise<UpdateOutcome> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  let current = options.known ?? (await readHealthRecord(bucket, key));
  for (let attempt = 0; attempt < attempts; attempt++) {
    const next = decide(current?.record);
    if (!next) return { written: false, stored: current };
    try {
      const revision = current
        ? await bucket.update(key, v1.HealthRecord, next, current.revision)
        : await bucket.create(key, v1.HealthRecord, next);
      return { written: true, stored: { record: next, revision } };
    } catch (error) {
      if (!(error instanceof KvRevisionMismatchError || error instanceof KvKeyExistsError)) throw error;
      current = await readHealthRecord(bucket, key);
    }
  }
  throw new HealthRecordContendedError(key, attempts);
}

/**
 * Sets who holds the lease on a device (`held_by`, the lease manager's field; `''` when nobody),
 * keeping the rest of the record as its device host wrote it. Writes nothing when the device has
 * no record yet or already says so; true when it wrote.
 */
export async function setHealthHeldBy(bucket: KvBucket, key: string, heldBy: string, nowS: number): Promise<boolean> {
  const outcome = await updateHealthRecord(bucket, key, (stored) =>
    stored && stored.held_by !== heldBy ? { ...stored, held_by: heldBy, updated_at: nowS } : undefined,
  );
  return outcome.written;
}
