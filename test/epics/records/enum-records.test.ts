import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AlarmSeverity, AlarmStatus, EventMask, PutRejectReason } from '../../../epics/server/records/mod.js';
import { database, first, record } from './record-helpers.js';

describe('bi and bo', () => {
  it('serve ZNAM/ONAM as enum strings and take a put by index or by name', async () => {
    const { pv } = database([{ type: 'bo', name: 'shutter', znam: 'Closed', onam: 'Open', value: 'Closed' }]);
    const shutter = pv('shutter');
    assert.equal(shutter.nativeType, 'enum');
    assert.deepEqual(shutter.snapshot().enumStrings, ['Closed', 'Open']);
    assert.deepEqual(shutter.snapshot().value, [0]);
    await shutter.put(['Open']);
    assert.equal(first(shutter), 1);
    await shutter.put([0]);
    assert.equal(first(shutter), 0);
    await shutter.put(['1']);
    assert.equal(first(shutter), 1, 'a numeric string is an index');
  });

  it('refuses an index or a name that is not a state', async () => {
    const { pv } = database([{ type: 'bo', name: 's', znam: 'Off', onam: 'On', value: 0 }]);
    await assert.rejects(pv('s').put([2]), { reason: PutRejectReason.BadEnumIndex });
    await assert.rejects(pv('s').put([-1]), { reason: PutRejectReason.BadEnumIndex });
    await assert.rejects(pv('s').put([0.5]), { reason: PutRejectReason.BadEnumIndex });
    await assert.rejects(pv('s').put(['Ajar']), { reason: PutRejectReason.BadEnumIndex });
    assert.equal(first(pv('s')), 0);
  });

  it('raises a STATE alarm at the severity of the state it is in', async () => {
    const { pv } = database([{ type: 'bi', name: 'ilk', znam: 'OK', onam: 'Tripped', osv: 'MAJOR', value: 0 }]);
    const events = record(pv('ilk'));
    await pv('ilk').put([1]);
    assert.deepEqual([pv('ilk').snapshot().status, pv('ilk').snapshot().severity], [AlarmStatus.State, AlarmSeverity.Major]);
    await pv('ilk').put([0]);
    assert.equal(pv('ilk').snapshot().severity, AlarmSeverity.NoAlarm);
    assert.deepEqual(events.masks(), [EventMask.Value | EventMask.Log | EventMask.Alarm, EventMask.Value | EventMask.Log | EventMask.Alarm]);
  });

  it('posts DBE_PROPERTY when a state is renamed', async () => {
    const { pv } = database([{ type: 'bo', name: 's', znam: 'Off', onam: 'On', value: 0 }]);
    const events = record(pv('s'));
    await pv('s.ONAM').put(['Running']);
    assert.deepEqual(events.masks(), [EventMask.Property]);
    assert.deepEqual(events.events[0]?.snapshot.enumStrings, ['Off', 'Running']);
    await assert.rejects(pv('s.ZNAM').put(['x'.repeat(26)]), { reason: PutRejectReason.StringTooLong });
  });

  it('starts UDF without a value', () => {
    const { pv } = database([{ type: 'bi', name: 's' }]);
    assert.equal(pv('s').snapshot().status, AlarmStatus.UDF);
  });
});

describe('mbbi and mbbo', () => {
  it('serve the defined states and take puts by index or name', async () => {
    const { pv } = database([{ type: 'mbbo', name: 'mode', states: ['Idle', 'Scan', 'Fly'], value: 'Scan' }]);
    const mode = pv('mode');
    assert.deepEqual(mode.snapshot().enumStrings, ['Idle', 'Scan', 'Fly']);
    assert.equal(first(mode), 1);
    await mode.put(['Fly']);
    assert.equal(first(mode), 2);
    await assert.rejects(mode.put([3]), { reason: PutRejectReason.BadEnumIndex });
    assert.equal(first(pv('mode.ZRST')), 'Idle');
    assert.equal(first(pv('mode.TWST')), 'Fly');
  });

  it('grows its enum strings when a further state is named', async () => {
    const { pv } = database([{ type: 'mbbi', name: 'm', states: ['A', 'B'], value: 0 }]);
    const events = record(pv('m'));
    await pv('m.FRST').put(['E']);
    assert.deepEqual(pv('m').snapshot().enumStrings, ['A', 'B', '', '', 'E']);
    assert.deepEqual(events.masks(), [EventMask.Property]);
    await pv('m').put([4]);
    assert.equal(first(pv('m')), 4);
  });

  it('alarms with per-state severities', async () => {
    const { pv } = database([{ type: 'mbbi', name: 'm', states: ['Ok', 'Warm', 'Hot'], severities: ['NO_ALARM', 'MINOR', 'MAJOR'], value: 0 }]);
    await pv('m').put(['Hot']);
    assert.deepEqual([pv('m').snapshot().status, pv('m').snapshot().severity], [AlarmStatus.State, AlarmSeverity.Major]);
    await pv('m').put(['Warm']);
    assert.equal(pv('m').snapshot().severity, AlarmSeverity.Minor);
  });
});
