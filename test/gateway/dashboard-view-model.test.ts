/**
 * The dashboard's pure parts: which state is worst, what a tile says, the order of the alarm list,
 * when an acknowledgement stops counting, the points of a run's plot, and the per-viewer deltas.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HealthRecord, HealthState } from '../../actors/supervisor/health-model.js';
import { ackNeed, mayAcknowledge, parseAckRequest } from '../../gateway/dashboard/acknowledge.js';
import { AlarmAckMessage } from '../../gateway/dashboard/alarm-acks.js';
import { RunPlot } from '../../gateway/dashboard/run-plot.js';
import { ViewerState, viewSections } from '../../gateway/dashboard/view-sections.js';
import {
  ackCovers, alarmLevel, alarmList, buildView, worstState, type AlarmAck, type PlanStatusInput,
} from '../../gateway/dashboard/view-model.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';

function record(key: string, state: HealthState, since: number, extra: Partial<HealthRecord> = {}): HealthRecord {
  const [beamline = '', name = key] = key.startsWith('proc.') ? [key.split('.')[2] ?? '', key.split('.')[1] ?? ''] : key.split('.');
  return {
    key, kind: key.startsWith('proc.') ? 'process' : 'device', beamline, name, state, since, reason: state === 'ok' ? '' : `${name} is ${state}`,
    alarm_severity: 'NO_ALARM', held_by: '', detail: '', owner: '', updated_at: since, incarnation: '', ...extra,
  };
}

function plan(beamline: string, extra: Partial<PlanStatusInput> = {}): PlanStatusInput {
  return {
    beamline, state: 'idle', item_uid: '', plan_name: '', run_uids: [], step: 0, total_steps: 0, eta_s: 0, reason: '', last_exit_status: '',
    last_reason: '', queued: 0, queue_started: false, ...extra,
  };
}

const noAcks = new Map<string, AlarmAck>();

describe('worst state', () => {
  it('ranks fault over disconnected over degraded over ok', () => {
    assert.equal(worstState([]), 'ok');
    assert.equal(worstState(['ok', 'degraded']), 'degraded');
    assert.equal(worstState(['degraded', 'disconnected', 'ok']), 'disconnected');
    assert.equal(worstState(['disconnected', 'fault', 'degraded']), 'fault');
  });

  it('counts an alarm severity on the same scale: INVALID as bad as a fault, MINOR as degraded', () => {
    assert.equal(alarmLevel({ state: 'ok', alarm_severity: 'NO_ALARM' }), 0);
    assert.equal(alarmLevel({ state: 'ok', alarm_severity: 'MINOR' }), 1);
    assert.equal(alarmLevel({ state: 'degraded', alarm_severity: 'MAJOR' }), 2);
    assert.equal(alarmLevel({ state: 'fault', alarm_severity: 'INVALID' }), 3);
    assert.equal(alarmLevel({ state: 'disconnected', alarm_severity: 'NO_ALARM' }), 2);
  });
});

describe('tiles', () => {
  it('gives each beamline its worst state, since when, why, counts and the devices not ok, worst first', () => {
    const view = buildView({
      records: [
        record('BL01.m1', 'ok', 100),
        record('BL01.det', 'degraded', 200, { reason: 'alarm MAJOR (HIHI) on det' }),
        record('BL01.shutter', 'fault', 300, { reason: 'shutter did not open' }),
        record('BL01.slit', 'fault', 250, { reason: 'slit stalled' }),
        record('proc.run-engine.BL01', 'ok', 50),
        record('BL02.m1', 'ok', 10),
      ],
      beamlines: ['BL01', 'BL02', 'BL03', 'FAC'],
      plans: new Map([['BL01', plan('BL01', { state: 'running', plan_name: 'scan', step: 3, total_steps: 10, eta_s: 7 })]]),
      acks: noAcks,
    });
    assert.deepEqual(view.tiles.map((t) => `${t.id} ${t.state}`), ['BL01 fault', 'BL02 ok', 'BL03 disconnected', 'FAC disconnected']);
    const bl01 = view.tiles[0];
    assert.ok(bl01);
    assert.equal(bl01.since, 250, 'since the first of its worst records went bad');
    assert.equal(bl01.reason, 'slit: slit stalled (and 1 more)');
    assert.deepEqual(bl01.counts, { ok: 1, degraded: 1, fault: 2, disconnected: 0 });
    assert.deepEqual(bl01.problems.map((p) => p.name), ['slit', 'shutter', 'det']);
    assert.deepEqual(bl01.processes.map((p) => `${p.name} ${p.state}`), ['run engine ok']);
    assert.deepEqual([bl01.plan?.state, bl01.plan?.step, bl01.plan?.total_steps, bl01.plan?.engine_reporting], ['running', 3, 10, true]);
    assert.equal(view.tiles[2]?.reason, 'nothing has reported for it yet', 'a beamline nobody reports for is not shown as fine');
    assert.equal(view.summary.state, 'fault');
  });

  it("puts the facility's own processes in a tile of their own, and marks a silent run engine's plan as stale", () => {
    const view = buildView({
      records: [
        record('BL01.m1', 'ok', 1),
        record('proc.run-engine.BL01', 'disconnected', 5, { reason: 'no heartbeat for 0.9 s (pid 42)' }),
        { ...record('proc.supervisor.facility', 'ok', 1), beamline: '', name: 'supervisor/facility' },
      ],
      beamlines: ['BL01'],
      plans: new Map([['BL01', plan('BL01', { state: 'running', plan_name: 'scan', step: 2, total_steps: 5 })]]),
      acks: noAcks,
    });
    assert.deepEqual(view.tiles.map((t) => `${t.id} ${t.state}`), ['BL01 disconnected', 'facility ok']);
    assert.equal(view.tiles[0]?.plan?.engine_reporting, false);
    assert.equal(view.tiles[0]?.plan?.reason, 'run engine disconnected: no heartbeat for 0.9 s (pid 42)');
    assert.equal(view.tiles[1]?.title, 'Facility services');
  });
});

describe('alarm list', () => {
  const records = [
    record('BL01.a', 'degraded', 100, { alarm_severity: 'MINOR' }),
    record('BL01.b', 'fault', 50, { alarm_severity: 'INVALID' }),
    record('BL02.c', 'degraded', 300, { alarm_severity: 'MAJOR' }),
    record('BL02.d', 'fault', 200),
    record('BL03.e', 'ok', 10),
    record('BL03.f', 'ok', 10, { alarm_severity: 'MINOR' }),
  ];

  it('lists every record not ok or in alarm, worst first and newest first among equals', () => {
    assert.deepEqual(alarmList(records, noAcks).map((a) => a.key), ['BL02.d', 'BL01.b', 'BL02.c', 'BL01.a', 'BL03.f']);
  });

  it('puts acknowledged alarms after every unacknowledged one, saying who acknowledged', () => {
    const acks = new Map([['BL02.d', { key: 'BL02.d', since: 200, level: 3, user: 'alice', at: 400 }]]);
    const list = alarmList(records, acks);
    assert.deepEqual(list.map((a) => a.key), ['BL01.b', 'BL02.c', 'BL01.a', 'BL03.f', 'BL02.d']);
    assert.deepEqual(list.at(-1)?.ack, { user: 'alice', at: 400 });
    assert.equal(buildView({ records, beamlines: [], plans: new Map(), acks }).summary.unacknowledged, 4);
  });
});

describe('alarm rows', () => {
  const hostGone = { reason: 'no heartbeat from device host BL07 for 1.2 s' };
  const records = [
    record('BL07.m1', 'disconnected', 100, hostGone),
    record('BL07.det', 'disconnected', 90, hostGone),
    record('BL07.slit', 'disconnected', 95, { reason: 'IOC BL07:slit went away' }),
    record('BL08.m1', 'disconnected', 100, hostGone),
  ];

  it("share one row for one beamline's records in one state for one reason (a dead host is one row, not a flood)", () => {
    const list = alarmList(records, noAcks);
    assert.deepEqual(list.map((a) => `${a.key} ${a.name} ${a.since}`), ['BL08.m1 m1 100', 'BL07.slit slit 95', 'BL07.det det, m1 90']);
    assert.deepEqual(list[2]?.members.map((m) => `${m.key}@${m.since}`), ['BL07.det@90', 'BL07.m1@100']);
  });

  it('are acknowledged when every member is, and split when only some are', () => {
    const ack = (key: string, since: number, at: number): [string, AlarmAck] => [key, { key, since, level: 2, user: 'sam', at }];
    const both = alarmList(records, new Map([ack('BL07.det', 90, 500), ack('BL07.m1', 100, 501)]));
    assert.deepEqual(both.at(-1)?.members.length, 2);
    assert.deepEqual(both.at(-1)?.ack, { user: 'sam', at: 501 });
    const one = alarmList(records, new Map([ack('BL07.det', 90, 500)]));
    assert.deepEqual(one.map((a) => `${a.name}${a.ack ? ' (acked)' : ''}`), ['m1', 'm1', 'slit', 'det (acked)']);
  });
});

describe('acknowledgements', () => {
  const ack: AlarmAck = { key: 'BL01.m1', since: 100, level: 2, user: 'alice', at: 110 };

  it('cover the occurrence they were given for, no worse than it was', () => {
    assert.equal(ackCovers(ack, { since: 100, state: 'degraded', alarm_severity: 'MAJOR' }), true);
    assert.equal(ackCovers(ack, { since: 100, state: 'degraded', alarm_severity: 'MINOR' }), true, 'better is still covered');
  });

  it('are cleared by a new occurrence (its since changes), by getting worse, and by the alarm clearing', () => {
    assert.equal(ackCovers(ack, { since: 150, state: 'degraded', alarm_severity: 'MAJOR' }), false);
    assert.equal(ackCovers(ack, { since: 100, state: 'degraded', alarm_severity: 'INVALID' }), false);
    assert.equal(ackCovers(ack, { since: 100, state: 'ok', alarm_severity: 'NO_ALARM' }), false);
    assert.equal(ackCovers(undefined, { since: 100, state: 'fault', alarm_severity: 'NO_ALARM' }), false);
  });

  it('may be given by staff on the beamline, or the operator for the shared devices and the facility', () => {
    const staff: Identity = { user: 'sam', operator: false, roles: new Map([['BL01', BeamlineRole.Staff]]) };
    const user: Identity = { user: 'ursula', operator: false, roles: new Map([['BL01', BeamlineRole.User]]) };
    const op: Identity = { user: 'ops', operator: true, roles: new Map() };
    assert.deepEqual([mayAcknowledge(staff, { beamline: 'BL01' }), mayAcknowledge(user, { beamline: 'BL01' }), mayAcknowledge(staff, { beamline: 'BL02' })], [true, false, false]);
    assert.deepEqual([mayAcknowledge(staff, { beamline: 'FAC' }), mayAcknowledge(op, { beamline: 'FAC' }), mayAcknowledge(staff, { beamline: '' })], [false, true, false]);
    assert.deepEqual(ackNeed({ beamline: '' }), { kind: 'operator', action: 'acknowledge an alarm' });
    assert.deepEqual(parseAckRequest({ key: 'BL01.m1', since: 1.5 }), { key: 'BL01.m1', since: 1.5 });
    assert.throws(() => parseAckRequest({ key: 'BL01.m1' }), /since/);
  });

  it('travel as protobuf and come back with every field', () => {
    const bytes = AlarmAckMessage.encode(ack).finish();
    assert.deepEqual(AlarmAckMessage.decode(bytes), ack);
    assert.deepEqual(AlarmAckMessage.decode(new Uint8Array()), { key: '', since: 0, level: 0, user: '', at: 0 });
  });
});

describe('run plot', () => {
  const start = { uid: 'r1', plan_name: 'scan', scan_id: 7, detectors: ['det'], motors: ['m1'], hints: { dimensions: [[['m1'], 'primary']] } };
  const descriptor = {
    uid: 'd1', name: 'primary', run_start: 'r1',
    data_keys: { m1: { units: 'mm' }, m1_user_setpoint: {}, det: { units: 'counts' } },
    hints: { m1: { fields: ['m1'] }, det: { fields: ['det'] } },
  };

  it('plots the hinted detector against the scanned motor, once per seq_num, from events and event pages', () => {
    const plot = new RunPlot('BL01', 'r1');
    plot.add('start', start);
    plot.add('descriptor', descriptor);
    plot.add('descriptor', { ...descriptor, uid: 'd2', name: 'baseline' });
    assert.deepEqual([plot.meta.x_field, plot.meta.y_field, plot.meta.x_units, plot.meta.y_units, plot.meta.scan_id], ['m1', 'det', 'mm', 'counts', 7]);
    assert.equal(plot.add('event', { descriptor: 'd1', seq_num: 1, data: { m1: 0, det: 10 } }), true);
    assert.equal(plot.add('event', { descriptor: 'd1', seq_num: 1, data: { m1: 0, det: 10 } }), false, 'a repeated event is not drawn twice');
    assert.equal(plot.add('event', { descriptor: 'd2', seq_num: 2, data: { m1: 5, det: 99 } }), false, 'not the primary stream');
    plot.add('event_page', { descriptor: 'd1', seq_num: [2, 3], data: { m1: [0.5, 1], det: [20, 1010] } });
    assert.deepEqual(plot.points, [[0, 10], [0.5, 20], [1, 1010]]);
    assert.equal(plot.stopped, false);
    plot.add('stop', { exit_status: 'success' });
    assert.deepEqual([plot.stopped, plot.meta.exit_status], [true, 'success']);
  });

  it('uses seq_num as x for a run without dimensions (a count)', () => {
    const plot = new RunPlot('BL01', 'r2');
    plot.add('start', { ...start, hints: {}, motors: [] });
    plot.add('descriptor', { ...descriptor, hints: { det: { fields: ['det'] } } });
    plot.add('event', { descriptor: 'd1', seq_num: 4, data: { det: 3 } });
    assert.deepEqual([plot.meta.x_field, plot.points], ['seq_num', [[4, 3]]]);
  });
});

describe('viewer deltas', () => {
  const who: Identity = { user: 'ops', operator: true, roles: new Map() };

  it('sends everything first, then only the sections that changed and the points that were added', () => {
    const viewer = new ViewerState();
    const records = [record('BL01.m1', 'ok', 1), record('BL02.m1', 'ok', 1)];
    const plot = new RunPlot('BL01', 'r1');
    plot.add('start', { hints: { dimensions: [[['m1'], 'primary']] }, detectors: ['det'] });
    plot.add('descriptor', { uid: 'd', name: 'primary', data_keys: { m1: {}, det: {} }, hints: { det: { fields: ['det'] } } });
    plot.add('event', { descriptor: 'd', seq_num: 1, data: { m1: 0, det: 1 } });
    const sections = (list: HealthRecord[]): Map<string, unknown> =>
      viewSections(buildView({ records: list, beamlines: ['BL01', 'BL02'], plans: new Map(), acks: noAcks }), [plot], who, () => true);

    const first = viewer.next(sections(records), [plot], 1);
    assert.equal(first?.reset, true);
    assert.ok(first && 'tile:BL01' in first.sections && 'tile:BL02' in first.sections && 'alarms' in first.sections);
    assert.deepEqual(first?.points, [{ beamline: 'BL01', run_uid: 'r1', from: 0, points: [[0, 1]] }]);
    assert.equal(viewer.next(sections(records), [plot], 2), undefined, 'nothing changed: nothing to send');

    plot.add('event', { descriptor: 'd', seq_num: 2, data: { m1: 1, det: 5 } });
    const next = viewer.next(sections([record('BL01.m1', 'fault', 3), records[1] as HealthRecord]), [plot], 3);
    assert.equal(next?.reset, false);
    assert.deepEqual(Object.keys(next?.sections ?? {}).sort(), ['alarms', 'plot:BL01', 'summary', 'tile:BL01']);
    assert.deepEqual(next?.points, [{ beamline: 'BL01', run_uid: 'r1', from: 1, points: [[1, 5]] }]);
  });

  it('sends the bus section alone when the gateway loses NATS and when it is back', () => {
    const viewer = new ViewerState();
    const records = [record('BL01.m1', 'ok', 1)];
    const sections = (bus?: { connected: boolean; since: number }): Map<string, unknown> =>
      viewSections(buildView({ records, beamlines: ['BL01'], plans: new Map(), acks: noAcks, ...(bus ? { bus } : {}) }), [], who, () => true);

    const first = viewer.next(sections(), [], 1);
    assert.deepEqual(first?.sections['bus'], { connected: true, since: 0 }, 'connected unless told otherwise');
    const lost = viewer.next(sections({ connected: false, since: 100 }), [], 2);
    assert.deepEqual(lost?.sections, { bus: { connected: false, since: 100 } });
    assert.equal(viewer.next(sections({ connected: false, since: 100 }), [], 3), undefined, 'still lost: nothing to send');
    const back = viewer.next(sections({ connected: true, since: 160 }), [], 4);
    assert.deepEqual(back?.sections, { bus: { connected: true, since: 160 } });
  });
});
