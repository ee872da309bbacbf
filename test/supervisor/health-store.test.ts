import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { MemoryKvBucket } from '../../actors/transport/mod.js';
import { assessDevice, deviceIdentity, nextRecord, type HealthRecord } from '../../actors/supervisor/health-model.js';
import { HealthRecordContendedError, readHealthRecord, readHealthRecords, setHealthHeldBy, updateHealthRecord } from '../../actors/supervisor/health-store.js';

const v1 = brightline.v1;
const identity = deviceIdentity('BL01', 'm1', '1@100');
const idle = nextRecord(undefined, identity, assessDevice({ state: 'idle', reason: '' }, undefined), 1000);

describe('updateHealthRecord', () => {
  it('creates, then updates on the revision it read, and leaves the key alone when told to', async () => {
    const bucket = new MemoryKvBucket('BL_HEALTH');
    const created = await updateHealthRecord(bucket, idle.key, () => idle);
    assert.equal(created.written, true);
    assert.deepEqual((await readHealthRecord(bucket, idle.key))?.record, idle);

    const seen: Array<HealthRecord | undefined> = [];
    const untouched = await updateHealthRecord(bucket, idle.key, (stored) => {
      seen.push(stored);
      return undefined;
    });
    assert.deepEqual({ written: untouched.written, revision: untouched.stored?.revision }, { written: false, revision: created.stored?.revision });
    assert.deepEqual(seen, [idle]);
  });

  it('asks again with what another writer stored in between, and keeps its field', async () => {
    const bucket = new MemoryKvBucket('BL_HEALTH');
    const first = await updateHealthRecord(bucket, idle.key, () => idle);
    // The lease manager writes held_by after our read: our stale revision is refused, we read again.
    await bucket.update(idle.key, v1.HealthRecord, { ...idle, held_by: 'BL02' }, first.stored?.revision ?? 0);
    const calls: string[] = [];
    const fault = assessDevice({ state: 'fault', reason: 'broken' }, undefined);
    const outcome = await updateHealthRecord(bucket, idle.key, (stored) => {
      calls.push(stored?.held_by ?? 'none');
      return nextRecord(stored, identity, fault, 1001);
    }, { known: first.stored });
    assert.deepEqual(calls, ['', 'BL02']);
    const stored = await readHealthRecord(bucket, idle.key);
    assert.deepEqual([stored?.record.state, stored?.record.held_by, stored?.revision], ['fault', 'BL02', outcome.stored?.revision]);
  });

  it('gives up with a clear error when the key keeps changing under it', async () => {
    const bucket = new MemoryKvBucket('BL_HEALTH');
    await updateHealthRecord(bucket, idle.key, () => idle);
    let n = 0;
    const meddle = (stored: HealthRecord | undefined): HealthRecord => {
      // Someone else writes between every read and write.
      void bucket.put(idle.key, v1.HealthRecord, { ...idle, reason: `meddled ${++n}` });
      return { ...(stored ?? idle), reason: 'mine' };
    };
    await assert.rejects(updateHealthRecord(bucket, idle.key, meddle, { attempts: 3 }), (error: unknown) => {
      assert.ok(error instanceof HealthRecordContendedError);
      assert.match(error.message, /'BL01\.m1' changed under us 3 times/);
      return true;
    });
  });

  it('reads records by key filter', async () => {
    const bucket = new MemoryKvBucket('BL_HEALTH');
    await updateHealthRecord(bucket, idle.key, () => idle);
    const other = { ...idle, key: 'BL02.m1', beamline: 'BL02' };
    await updateHealthRecord(bucket, other.key, () => other);
    await bucket.put('proc.device-host.BL01', v1.HealthRecord, { key: 'proc.device-host.BL01', kind: 'process', state: 'ok' });
    assert.deepEqual((await readHealthRecords(bucket, '*.*')).map((r) => r.record.key).sort(), ['BL01.m1', 'BL02.m1']);
    assert.deepEqual((await readHealthRecords(bucket, 'BL01.*')).map((r) => r.record.key), ['BL01.m1']);
    assert.equal((await readHealthRecords(bucket)).length, 3);
  });

  it("sets the lease holder on an existing record only, keeping the device host's fields", async () => {
    const bucket = new MemoryKvBucket('BL_HEALTH');
    assert.equal(await setHealthHeldBy(bucket, idle.key, 'BL02', 1001), false, 'no record yet: nothing written');
    assert.equal(await readHealthRecord(bucket, idle.key), undefined);
    await updateHealthRecord(bucket, idle.key, () => idle);
    assert.equal(await setHealthHeldBy(bucket, idle.key, 'BL02', 1001), true);
    assert.equal(await setHealthHeldBy(bucket, idle.key, 'BL02', 1002), false, 'already says so');
    const stored = await readHealthRecord(bucket, idle.key);
    assert.deepEqual(stored?.record, { ...idle, held_by: 'BL02', updated_at: 1001 });
    assert.equal(await setHealthHeldBy(bucket, idle.key, '', 1003), true);
    assert.equal((await readHealthRecord(bucket, idle.key))?.record.held_by, '');
  });
});
