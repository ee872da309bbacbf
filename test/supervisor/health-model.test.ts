import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessBeating, assessDevice, assessSilent, assessStopped, assessUnheard, deviceIdentity, fromWireRecord, incarnationOf, isLaterIncarnation,
  nextRecord, parseIncarnation, processIdentity, sameRecord, worstAlarm, type HealthRecord,
} from '../../actors/supervisor/health-model.js';
import { Role } from '../../actors/transport/mod.js';

const ok = { alarm_severity: 'NO_ALARM', alarm_status: '' };

describe('worstAlarm', () => {
  it('is undefined when every reading is without alarm, or of an unknown severity', () => {
    assert.equal(worstAlarm({}), undefined);
    assert.equal(worstAlarm({ m1: ok, m1_setpoint: ok, odd: { alarm_severity: 'WEIRD', alarm_status: '' } }), undefined);
  });

  it('names the first key at the worst severity and counts the others at it', () => {
    const readings = {
      a: { alarm_severity: 'MINOR', alarm_status: 'HIGH' },
      b: { alarm_severity: 'MAJOR', alarm_status: 'HIHI' },
      c: ok,
      d: { alarm_severity: 'MAJOR', alarm_status: 'LOLO' },
    };
    assert.deepEqual(worstAlarm(readings), { severity: 'MAJOR', status: 'HIHI', key: 'b', others: 1 });
  });

  it('leaves out a value not read yet (INVALID/UDF), but not an INVALID value that failed', () => {
    const udf = { alarm_severity: 'INVALID', alarm_status: 'UDF' };
    assert.equal(worstAlarm({ cam_image: udf, cam_stats_total: udf }), undefined);
    assert.deepEqual(worstAlarm({ cam_image: udf, det: { alarm_severity: 'INVALID', alarm_status: 'COMM' } }), { severity: 'INVALID', status: 'COMM', key: 'det', others: 0 });
  });
});

describe('assessDevice', () => {
  it('maps each machine state', () => {
    assert.deepEqual(assessDevice({ state: 'disconnected', reason: 'server went away' }, undefined), {
      state: 'disconnected', reason: 'server went away', alarm_severity: 'NO_ALARM', detail: 'disconnected',
    });
    assert.equal(assessDevice({ state: 'disconnected', reason: '' }, undefined).reason, 'not connected');
    assert.deepEqual(assessDevice({ state: 'connecting', reason: '' }, undefined), { state: 'degraded', reason: 'connecting…', alarm_severity: 'NO_ALARM', detail: 'connecting' });
    assert.equal(assessDevice({ state: 'connecting', reason: 'no answer' }, undefined).reason, 'connecting… (last: no answer)');
    assert.deepEqual(assessDevice({ state: 'fault', reason: 'ca://X:m1.RBV did not connect' }, undefined), {
      state: 'fault', reason: 'ca://X:m1.RBV did not connect', alarm_severity: 'NO_ALARM', detail: 'fault',
    });
    assert.deepEqual(assessDevice({ state: 'idle', reason: '' }, undefined), { state: 'ok', reason: '', alarm_severity: 'NO_ALARM', detail: 'idle' });
    assert.deepEqual(assessDevice({ state: 'staged', reason: '' }, undefined), { state: 'ok', reason: '', alarm_severity: 'NO_ALARM', detail: 'staged' });
  });

  it('is degraded by a MINOR or MAJOR alarm and in fault by an INVALID one, even while ready', () => {
    const major = assessDevice({ state: 'idle', reason: '' }, { severity: 'MAJOR', status: 'HIHI', key: 'm1_user_readback', others: 0 });
    assert.deepEqual(major, { state: 'degraded', reason: 'alarm MAJOR (HIHI) on m1_user_readback', alarm_severity: 'MAJOR', detail: 'idle' });
    const minor = assessDevice({ state: 'busy', reason: 'set m1 to 3' }, { severity: 'MINOR', status: '', key: 'm1', others: 2 }, 'staged');
    assert.deepEqual(minor, { state: 'degraded', reason: 'alarm MINOR on m1 and 2 more', alarm_severity: 'MINOR', detail: 'staged' });
    const invalid = assessDevice({ state: 'idle', reason: '' }, { severity: 'INVALID', status: 'COMM', key: 'det', others: 0 });
    assert.equal(invalid.state, 'fault');
    assert.match(invalid.reason, /^alarm INVALID \(COMM\) on det: its value cannot be trusted$/);
  });

  it('does not tell busy from the ready state it left, so a scan step changes nothing', () => {
    assert.deepEqual(assessDevice({ state: 'busy', reason: 'set m1 to 1' }, undefined, 'idle'), assessDevice({ state: 'idle', reason: '' }, undefined));
    assert.equal(assessDevice({ state: 'busy', reason: 'trigger det' }, undefined, 'staged').detail, 'staged');
    assert.equal(assessDevice({ state: 'busy', reason: '' }, undefined, 'connecting').detail, 'idle');
  });

  it('reads an unknown machine state as fault, never ok', () => {
    assert.deepEqual(assessDevice({ state: 'melted', reason: '' }, undefined).state, 'fault');
  });
});

describe('process assessments', () => {
  const process = { pid: 4242, startedAt: 1_700_000_000 };

  it('says what happened to the process, with its pid and start in the detail', () => {
    assert.deepEqual(assessBeating(process), { state: 'ok', reason: '', alarm_severity: 'NO_ALARM', detail: 'pid 4242, up since 2023-11-14T22:13:20.000Z' });
    assert.equal(assessBeating(process, { previousPid: 17 }).reason, 'restarted (was pid 17)');
    assert.equal(assessBeating(process, { silentS: 1.23 }).reason, 'heartbeat back after 1.2 s of silence');
    assert.deepEqual(assessStopped(process), { ...assessBeating(process), state: 'disconnected', reason: 'stopped cleanly' });
    assert.equal(assessSilent(process, 0.94).reason, 'no heartbeat for 0.9 s (pid 4242)');
    assert.equal(assessSilent(process, 12.6).reason, 'no heartbeat for 13 s (pid 4242)');
    assert.equal(assessUnheard(process, 3).reason, 'no heartbeat in the 3.0 s since the supervisor started (pid 4242)');
  });

  it('keys and names per-beamline processes by beamline, facility-wide ones by role and instance', () => {
    assert.deepEqual(processIdentity(Role.DeviceHost, 'BL01', '1@2', 'supervisor/facility'), {
      key: 'proc.device-host.BL01', kind: 'process', beamline: 'BL01', name: 'device-host', owner: 'supervisor/facility', incarnation: '1@2',
    });
    const supervisor = processIdentity(Role.Supervisor, 'facility', '1@2', 'supervisor/facility');
    assert.equal(supervisor.beamline, '');
    assert.equal(supervisor.name, 'supervisor/facility');
  });
});

describe('incarnations', () => {
  it('round-trip and order by start time', () => {
    const text = incarnationOf({ pid: 12, startedAt: 1_700_000_000.125 });
    assert.equal(text, '12@1700000000.125');
    assert.deepEqual(parseIncarnation(text), { pid: 12, startedAt: 1_700_000_000.125 });
    assert.equal(parseIncarnation('nonsense'), undefined);
    assert.equal(isLaterIncarnation('99@1700000001', text), true);
    assert.equal(isLaterIncarnation(text, '99@1700000001'), false);
    assert.equal(isLaterIncarnation(text, text), false);
    assert.equal(isLaterIncarnation('', text), false);
  });
});

describe('nextRecord', () => {
  const identity = deviceIdentity('BL01', 'm1', '7@100');
  const first = nextRecord(undefined, identity, assessDevice({ state: 'connecting', reason: '' }, undefined), 1000);

  it('fills every field of a first record', () => {
    assert.deepEqual(first, {
      key: 'BL01.m1', kind: 'device', beamline: 'BL01', name: 'm1', owner: 'device-host/BL01', incarnation: '7@100',
      state: 'degraded', reason: 'connecting…', alarm_severity: 'NO_ALARM', detail: 'connecting', held_by: '', since: 1000, updated_at: 1000,
    });
  });

  it('moves `since` only when the state changes, and keeps the lease holder', () => {
    const held: HealthRecord = { ...first, held_by: 'BL02' };
    const idle = nextRecord(held, identity, assessDevice({ state: 'idle', reason: '' }, undefined), 1001);
    assert.equal(idle.since, 1001);
    assert.equal(idle.held_by, 'BL02');
    const minor = nextRecord(idle, identity, assessDevice({ state: 'idle', reason: '' }, { severity: 'MINOR', status: 'HIGH', key: 'm1', others: 0 }), 1002);
    const major = nextRecord(minor, identity, assessDevice({ state: 'idle', reason: '' }, { severity: 'MAJOR', status: 'HIHI', key: 'm1', others: 0 }), 1003);
    assert.deepEqual([minor.state, minor.since, major.state, major.since, major.updated_at], ['degraded', 1002, 'degraded', 1002, 1003]);
  });

  it('tells a change from a rewrite of the same thing', () => {
    const again = nextRecord(first, identity, assessDevice({ state: 'connecting', reason: '' }, undefined), 2000);
    assert.equal(sameRecord(first, again), true);
    assert.equal(sameRecord(first, { ...again, reason: 'other' }), false);
    assert.equal(sameRecord(first, { ...again, incarnation: '8@200' }), false);
  });

  it('reads a wire record with missing fields as defaults, and an unknown state as fault', () => {
    const wire = fromWireRecord({ key: 'BL01.m1', state: 'exploded' });
    assert.equal(wire.state, 'fault');
    assert.equal(wire.kind, 'device');
    assert.equal(wire.since, 0);
    assert.equal(fromWireRecord({ key: 'proc.x.y', kind: 'process', state: 'ok' }).kind, 'process');
  });
});
