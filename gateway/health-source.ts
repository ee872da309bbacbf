/**
 * The gateway's read access to the facility health model (KV bucket BL_HEALTH): opened on first
 * use and again after a failure, so a gateway started before JetStream was ready recovers.
 */
import type { Bus, KvBucket } from '../actors/transport/mod.js';
import { openHealthBucket, readHealthRecords, type StoredRecord } from '../actors/supervisor/health-store.js';
import type { HealthRecord } from '../actors/supervisor/health-model.js';

export class HealthSource {
  private opening: Promise<KvBucket> | undefined;

  constructor(private readonly bus: Bus) {}

  bucket(): Promise<KvBucket> {
    this.opening ??= openHealthBucket(this.bus).catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  /** Every record, bounded by `timeoutMs`. */
  async records(timeoutMs: number): Promise<HealthRecord[]> {
    return (await this.stored(timeoutMs)).map((stored) => stored.record);
  }

  /** Every record with its revision, bounded by `timeoutMs`. */
  async stored(timeoutMs: number): Promise<StoredRecord[]> {
    return readHealthRecords(await this.bucket(), '>', timeoutMs);
  }
}
