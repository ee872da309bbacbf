/**
 * The supervisor's health writes: a failed write is retried until it lands, latest wins (a newer
 * state of a key replaces a retry waiting, an older one never lands over it), one log line per key
 * while failing. Against the in-memory KV, made to time out as a new 3-replica BL_HEALTH did.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { brightline } from '../../gen/proto.js';
import { TimeoutError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { MemoryKvBucket, Role, type MessageType } from '../../actors/transport/mod.js';
import { assessBeating, assessSilent, nextRecord, processIdentity, type Assessment } from '../../actors/supervisor/health-model.js';
import { readHealthRecord, updateHealthRecord } from '../../actors/supervisor/health-store.js';
import { HealthWriter } from '../../actors/supervisor/health-writer.js';
import { eventually } from '../harness/waits.js';

const engine = { pid: 100, startedAt: 1_700_000_000 };
const identity = processIdentity(Role.RunEngine, 'BL01', '100@1700000000', 'supervisor/facility');
const hostIdentity = processIdentity(Role.DeviceHost, 'BL01', '200@1700000000', 'supervisor/facility');

/** Writes time out while `down` (or for the next `failures` writes); every write that lands is logged in order. */
class FlakyBucket extends MemoryKvBucket {
  down = false;
  failures = 0;
  attempts = 0;
  readonly landed: Array<{ key: string; state: string; reason: string }> = [];

  override async create<P>(key: string, type: MessageType<unknown, P>, value: P): Promise<number> {
    this.fail(key);
    const revision = await super.create(key, type, value);
    this.record(key, value);
    return revision;
  }

  override async update<P>(key: string, type: MessageType<unknown, P>, value: P, expectedRevision: number): Promise<number> {
    this.fail(key);
    const revision = await super.update(key, type, value, expectedRevision);
    this.record(key, value);
    return revision;
  }

  private fail(key: string): void {
    this.attempts += 1;
    if (this.down || this.failures > 0) {
      this.failures = Math.max(0, this.failures - 1);
      throw new TimeoutError(`writing '${key}' of ${this.name}`, 5_000);
    }
  }

  private record(key: string, value: unknown): void {
    const record = value as brightline.v1.IHealthRecord;
    this.landed.push({ key, state: record.state ?? '', reason: record.reason ?? '' });
  }
}

function setup(): { bucket: FlakyBucket; writer: HealthWriter; log: string[]; write: (id: typeof identity, assessment: Assessment) => Promise<boolean> } {
  const bucket = new FlakyBucket('BL_HEALTH');
  const log: string[] = [];
  const logger: Logger = { info: (m) => log.push(`info ${m}`), warn: (m) => log.push(`warn ${m}`), error: (m) => log.push(`error ${m}`) };
  const writer = new HealthWriter({ logger, initialBackoffMs: 2, maxBackoffMs: 10 });
  // As the supervisor writes: compare-and-set of the record the assessment makes.
  const write = (id: typeof identity, assessment: Assessment): Promise<boolean> =>
    writer.write(id.key, async () => (await updateHealthRecord(bucket, id.key, (stored) => nextRecord(stored, id, assessment, 1_700_000_010))).written, false);
  return { bucket, writer, log, write };
}

const stateOf = async (bucket: FlakyBucket, key: string): Promise<string | undefined> => (await readHealthRecord(bucket, key))?.record.state;

describe('HealthWriter', () => {
  it('retries a failed write until it lands, saying so once while it fails and once when it works again', async () => {
    const { bucket, log, write } = setup();
    bucket.failures = 3;
    assert.equal(await write(identity, assessBeating(engine)), true);
    assert.equal(await stateOf(bucket, identity.key), 'ok');
    assert.equal(bucket.attempts, 4, 'three timeouts, then the write');
    assert.deepEqual(log, [
      "warn health record 'proc.run-engine.BL01' not written (retrying until it is): writing 'proc.run-engine.BL01' of BL_HEALTH timed out after 5000 ms",
      "info health record 'proc.run-engine.BL01' written again after 3 failed attempts",
    ]);
  });

  it('lets a newer state of the key replace a retry waiting, and never writes the older one after it', async () => {
    const { bucket, write } = setup();
    bucket.down = true;
    const disconnected = write(identity, assessSilent(engine, 2.1));
    await eventually('the first attempt to fail', () => bucket.attempts >= 1);
    const ok = write(identity, assessBeating(engine, { silentS: 11.7 }));
    await eventually('a retry to fail too', () => bucket.attempts >= 3);
    bucket.down = false;
    assert.equal(await disconnected, false, 'the older write was superseded, not written');
    assert.equal(await ok, true);
    assert.deepEqual(bucket.landed.map((w) => w.state), ['ok'], 'only the newer state landed');
    assert.equal(await stateOf(bucket, identity.key), 'ok');
  });

  it('keeps the order of writes that work: the newer one lands last', async () => {
    const { bucket, write } = setup();
    const first = write(identity, assessSilent(engine, 2.1));
    const second = write(identity, assessBeating(engine, { silentS: 11.7 }));
    assert.deepEqual(await Promise.all([first, second]), [true, true]);
    assert.deepEqual(bucket.landed.map((w) => w.state), ['disconnected', 'ok']);
  });

  it('retries each key on its own: a failing key holds up no other', async () => {
    const { bucket, writer, log, write } = setup();
    const originalCreate = bucket.create.bind(bucket);
    let refused = 0;
    // Only the run engine's key times out.
    bucket.create = async (key, type, value) => {
      if (key !== identity.key) return originalCreate(key, type, value);
      refused += 1;
      throw new TimeoutError(`writing '${key}'`, 5_000);
    };
    const stuck = write(identity, assessBeating(engine));
    assert.equal(await write(hostIdentity, assessBeating({ pid: 200, startedAt: 1_700_000_000 })), true);
    assert.equal(await stateOf(bucket, hostIdentity.key), 'ok');
    await eventually('several retries of the failing key', () => refused >= 3);
    assert.equal(await writer.idle(50), false, 'a write still failing: not idle');
    assert.equal(log.filter((line) => line.startsWith('warn')).length, 1, 'one line for the failing key however often it is retried');
    // Closing stops the retries: the waiting write settles with its fallback.
    writer.close();
    assert.equal(await stuck, false);
    assert.equal(await writer.idle(1_000), true);
    assert.equal(await stateOf(bucket, identity.key), undefined);
  });

  it('writes nothing after it is closed', async () => {
    const { bucket, writer, write } = setup();
    writer.close();
    assert.equal(await write(identity, assessBeating(engine)), false);
    assert.equal(bucket.attempts, 0);
    assert.equal(await readHealthRecord(bucket, identity.key), undefined);
  });
});
