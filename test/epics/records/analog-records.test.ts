import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AlarmSeverity, AlarmStatus, EventMask, PutRejectedError, PutRejectReason } from '../../../epics/server/records/mod.js';
import { database, first, record } from './record-helpers.js';

const alarmOf = (snapshot: { status: number; severity: number }) => [snapshot.status, snapshot.severity];

describe('ai and longin', () => {
  it('starts UDF/INVALID without a value, and clears it with the first one', async () => {
    const { pv } = database([{ type: 'ai', name: 'temp', egu: 'C' }]);
    assert.deepEqual(alarmOf(pv('temp').snapshot()), [AlarmStatus.UDF, AlarmSeverity.Invalid]);
    assert.equal(first(pv('temp.UDF')), 1);
    const events = record(pv('temp'));
    await pv('temp').put([21.5]);
    assert.deepEqual(alarmOf(pv('temp').snapshot()), [AlarmStatus.NoAlarm, AlarmSeverity.NoAlarm]);
    assert.equal(first(pv('temp.UDF')), 0);
    assert.equal(events.masks()[0], EventMask.Value | EventMask.Log | EventMask.Alarm);
  });

  it('starts with NO_ALARM when given a value, and serves the metadata a DBR_CTRL needs', () => {
    const { pv } = database([{ type: 'ai', name: 'temp', value: 20, egu: 'C', prec: 2, hopr: 100, lopr: -20, hihi: 80, high: 60, low: 5, lolo: 0 }]);
    const snapshot = pv('temp').snapshot();
    assert.deepEqual(snapshot.value, [20]);
    assert.deepEqual(alarmOf(snapshot), [0, 0]);
    assert.equal(snapshot.units, 'C');
    assert.equal(snapshot.precision, 2);
    assert.deepEqual(snapshot.display, { low: -20, high: 100 });
    assert.deepEqual(snapshot.control, { low: -20, high: 100 });
    assert.deepEqual(snapshot.alarm, { low: 0, high: 80 });
    assert.deepEqual(snapshot.warning, { low: 5, high: 60 });
    assert.equal(pv('temp').nativeType, 'double');
    assert.equal(pv('temp').count, 1);
  });

  it('raises HIGH/HIHI/LOW/LOLO with default severities and the right status', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 20, hihi: 80, high: 60, low: 5, lolo: 0 }]);
    const cases: [number, number, number][] = [
      [60, AlarmStatus.High, AlarmSeverity.Minor],
      [85, AlarmStatus.HiHi, AlarmSeverity.Major],
      [3, AlarmStatus.Low, AlarmSeverity.Minor],
      [-1, AlarmStatus.LoLo, AlarmSeverity.Major],
      [30, AlarmStatus.NoAlarm, AlarmSeverity.NoAlarm],
    ];
    for (const [value, status, severity] of cases) {
      await pv('t').put([value]);
      assert.deepEqual(alarmOf(pv('t').snapshot()), [status, severity], `at ${value}`);
      assert.deepEqual([first(pv('t.STAT')), first(pv('t.SEVR'))], [status, severity]);
    }
  });

  it('leaves an alarm only once the value is HYST inside the limit', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 20, high: 60, hsv: 'MAJOR', hyst: 2 }]);
    const t = pv('t');
    const alarms = record(t);
    await t.put([61]);
    await t.put([59]);
    assert.equal(t.snapshot().severity, AlarmSeverity.Major, 'within HYST: still in alarm');
    await t.put([57.5]);
    assert.equal(t.snapshot().severity, AlarmSeverity.NoAlarm);
    await t.put([59]);
    assert.equal(t.snapshot().severity, AlarmSeverity.NoAlarm, 'entering needs the limit itself');
    const alarmEvents = alarms.events.filter((event) => event.mask & EventMask.Alarm).map((event) => event.snapshot.value[0]);
    assert.deepEqual(alarmEvents, [61, 57.5], 'DBE_ALARM only when severity or status changed');
  });

  it('does not alarm on a limit whose severity is NO_ALARM; a put to HHSV turns it on', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 90, hihi: 80, hhsv: 'NO_ALARM' }]);
    assert.equal(pv('t').snapshot().severity, 0);
    const events = record(pv('t'));
    await pv('t.HHSV').put(['MAJOR']);
    assert.deepEqual(alarmOf(pv('t').snapshot()), [AlarmStatus.HiHi, AlarmSeverity.Major]);
    assert.deepEqual(events.masks(), [EventMask.Alarm]);
  });

  it('posts DBE_VALUE past MDEL and DBE_LOG past ADEL, each against its own last post', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 0, mdel: 1, adel: 5 }]);
    const t = pv('t');
    const events = record(t);
    await t.put([0.5]);
    await t.put([1.5]);
    await t.put([2]);
    await t.put([5.5]);
    await t.put([5.5]);
    assert.deepEqual(events.events.map((event) => [event.snapshot.value[0], event.mask]), [
      [1.5, EventMask.Value],
      [5.5, EventMask.Value | EventMask.Log],
    ]);
    assert.equal(first(t), 5.5, 'the value itself is always current');
  });

  it('posts every change with MDEL 0 and nothing for an unchanged value', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 0 }]);
    const events = record(pv('t'));
    await pv('t').put([0]);
    await pv('t').put([0.001]);
    assert.deepEqual(events.masks(), [EventMask.Value | EventMask.Log]);
  });

  it('posts DBE_PROPERTY when EGU, PREC or a limit changes', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 0, egu: 'C' }]);
    const events = record(pv('t'));
    await pv('t.EGU').put(['K']);
    await pv('t.EGU').put(['K']);
    await pv('t.HOPR').put([500]);
    assert.deepEqual(events.masks(), [EventMask.Property, EventMask.Property]);
    assert.equal(events.events[0]?.snapshot.units, 'K');
    assert.deepEqual(events.events[1]?.snapshot.display, { low: 0, high: 500 });
  });

  it('processes with changed settings from the next value on: limits, deadbands and metadata', async () => {
    const { pv } = database([{ type: 'ai', name: 't', value: 0, high: 10, hsv: 'MINOR', mdel: 5 }]);
    const t = pv('t');
    await t.put([8]);
    assert.deepEqual(alarmOf(t.snapshot()), [0, 0]);
    await pv('t.HIGH').put([7]);
    assert.deepEqual(alarmOf(t.snapshot()), [AlarmStatus.High, AlarmSeverity.Minor], 'a limit change reprocesses');
    await pv('t.HIGH').put([20]);
    await pv('t.MDEL').put([0]);
    const events = record(t);
    await t.put([8.5]);
    assert.deepEqual(events.masks(), [EventMask.Value | EventMask.Log], 'the new MDEL applies');
    await pv('t.PREC').put([4]);
    await t.put([9]);
    assert.equal(t.snapshot().precision, 4);
    assert.deepEqual(alarmOf(t.snapshot()), [0, 0]);
  });

  it('stamps each processing with the scheduler time', async () => {
    const { clock, pv } = database([{ type: 'ai', name: 't', value: 0 }]);
    const start = clock.now();
    clock.advance(1500);
    await pv('t').put([1]);
    assert.equal(pv('t').snapshot().timestampMs, start + 1500);
    assert.equal(pv('t.EGU').snapshot().timestampMs, start + 1500, 'fields share the record time');
  });

  it('is read-only with writable: false, while a driver can still set it', async () => {
    const { db, pv } = database([{ type: 'ai', name: 't', writable: false }]);
    assert.equal(pv('t').writable, false);
    await assert.rejects(pv('t').put([1]), { reason: PutRejectReason.ReadOnly });
    db.record('t')?.setValue([42]);
    assert.equal(first(pv('t')), 42);
    assert.equal(pv('t').snapshot().severity, 0);
  });

  it('longin holds 32-bit integers: truncates fractions, refuses what does not fit', async () => {
    const { pv } = database([{ type: 'longin', name: 'n', value: 1, high: 10 }]);
    assert.equal(pv('n').nativeType, 'long');
    await pv('n').put([2.7]);
    assert.equal(first(pv('n')), 2);
    await pv('n').put(['12']);
    assert.equal(first(pv('n')), 12);
    assert.equal(pv('n').snapshot().severity, AlarmSeverity.Minor);
    await assert.rejects(pv('n').put([2 ** 31]), { reason: PutRejectReason.OutOfRange });
    await assert.rejects(pv('n').put(['lots']), { reason: PutRejectReason.NotANumber });
    await assert.rejects(pv('n').put([1, 2]), { reason: PutRejectReason.WrongCount });
    await assert.rejects(pv('n').put([]), { reason: PutRejectReason.WrongCount });
  });
});

describe('ao and longout', () => {
  it('clamps a put into DRVL..DRVH, as EPICS does, and reports those as control limits', async () => {
    const { pv } = database([{ type: 'ao', name: 'v', value: 0, drvl: -5, drvh: 5, hopr: 10, lopr: -10 }]);
    await pv('v').put([7]);
    assert.equal(first(pv('v')), 5);
    await pv('v').put([-7]);
    assert.equal(first(pv('v')), -5);
    assert.deepEqual(pv('v').snapshot().control, { low: -5, high: 5 });
    assert.deepEqual(pv('v').snapshot().display, { low: -10, high: 10 });
  });

  it("refuses a put outside DRVL..DRVH with outOfLimits: 'reject'", async () => {
    const { pv } = database([{ type: 'longout', name: 'n', value: 0, drvl: 0, drvh: 100, outOfLimits: 'reject' }]);
    await assert.rejects(pv('n').put([101]), (error: unknown) => {
      assert.ok(error instanceof PutRejectedError);
      assert.equal(error.reason, PutRejectReason.OutOfLimits);
      assert.equal(error.pv, 'SIM:n.VAL');
      return true;
    });
    assert.equal(first(pv('n')), 0);
    await pv('n').put([100]);
    assert.equal(first(pv('n')), 100);
  });

  it('ignores drive limits while DRVH <= DRVL (the default 0, 0)', async () => {
    const { pv } = database([{ type: 'ao', name: 'v' }]);
    await pv('v').put([1e6]);
    assert.equal(first(pv('v')), 1e6);
  });

  it('converts a put of a numeric string and refuses a read-only field', async () => {
    const { pv } = database([{ type: 'ao', name: 'v', value: 1 }]);
    await pv('v').put([' 2.5 ']);
    assert.equal(first(pv('v')), 2.5);
    await assert.rejects(pv('v.RTYP').put(['ai']), { reason: PutRejectReason.ReadOnly });
    assert.equal(first(pv('v.RTYP')), 'ao');
  });
});
