import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProcessWatch, type ObservedHeartbeat, type WatchOutput } from '../../actors/supervisor/process-watch.js';
import { nextRecord, type HealthRecord } from '../../actors/supervisor/health-model.js';

const OWNER = 'supervisor/facility';

function beat(overrides: Partial<ObservedHeartbeat> = {}): ObservedHeartbeat {
  return { role: 'device-host', instance: 'BL01', pid: 100, startedAt: 1_700_000_000, intervalMs: 250, devices: ['m1', 'det'], stopping: false, ...overrides };
}

/** The record each update would write, as the supervisor writes them (one per key, in order). */
function summarize(out: WatchOutput): Array<[string, string, string]> {
  return out.updates.map((u) => [u.identity.key, u.assessment.state, u.assessment.reason]);
}

function events(out: WatchOutput): string[] {
  return out.events.map((e) => (e.type === 'up' ? `up ${e.process.pid}${e.previous ? ` after ${e.previous.pid}` : ''}` : `lost ${e.process.pid} ${e.how}`));
}

describe('ProcessWatch', () => {
  it('records a beating process once, not at every beat', () => {
    const watch = new ProcessWatch({ owner: OWNER });
    const first = watch.heartbeat(beat(), 0);
    assert.deepEqual(summarize(first), [['proc.device-host.BL01', 'ok', '']]);
    assert.equal(first.updates[0]?.assessment.detail, 'pid 100, up since 2023-11-14T22:13:20.000Z');
    assert.deepEqual(first.updates[0]?.identity.owner, OWNER);
    assert.deepEqual(events(first), ['up 100']);
    for (let t = 250; t <= 2000; t += 250) {
      assert.deepEqual(watch.heartbeat(beat(), t), { updates: [], events: [] });
      assert.deepEqual(watch.check(t + 100), { updates: [], events: [] });
    }
    assert.deepEqual(watch.alive().map((p) => p.devices), [['m1', 'det']]);
  });

  it('loses a process silent for more than three of its own intervals, and notices when it comes back', () => {
    const watch = new ProcessWatch({ owner: OWNER });
    watch.heartbeat(beat(), 0);
    assert.deepEqual(watch.check(750), { updates: [], events: [] }, 'three intervals is still alive');
    const lost = watch.check(800);
    assert.deepEqual(summarize(lost), [['proc.device-host.BL01', 'disconnected', 'no heartbeat for 0.8 s (pid 100)']]);
    assert.deepEqual(events(lost), ['lost 100 silent']);
    assert.equal(lost.events[0]?.type === 'lost' && lost.events[0].silentMs, 800);
    assert.deepEqual(lost.events[0]?.process.devices, ['m1', 'det'], 'the devices it served, for the supervisor to mark');
    assert.deepEqual(watch.check(5000), { updates: [], events: [] }, 'lost once, not at every check');
    assert.equal(watch.isAlive('device-host', 'BL01'), false);

    const back = watch.heartbeat(beat(), 2000);
    assert.deepEqual(summarize(back), [['proc.device-host.BL01', 'ok', 'heartbeat back after 2.0 s of silence']]);
    assert.deepEqual(events(back), ['up 100']);
    assert.equal(watch.isAlive('device-host', 'BL01'), true);
  });

  it('uses each process its own interval', () => {
    const watch = new ProcessWatch({ owner: OWNER, missedBeats: 2 });
    watch.heartbeat(beat({ role: 'sim-ioc', intervalMs: 1000, devices: [] }), 0);
    watch.heartbeat(beat({ intervalMs: 100 }), 0);
    assert.deepEqual(events(watch.check(300)), ['lost 100 silent']);
    assert.deepEqual(events(watch.check(2001)), ['lost 100 silent']);
    assert.deepEqual(watch.alive(), []);
  });

  it('records a goodbye as a clean stop, once', () => {
    const watch = new ProcessWatch({ owner: OWNER });
    watch.heartbeat(beat(), 0);
    const bye = watch.heartbeat(beat({ stopping: true }), 100);
    assert.deepEqual(summarize(bye), [['proc.device-host.BL01', 'disconnected', 'stopped cleanly']]);
    assert.deepEqual(events(bye), ['lost 100 stopped']);
    assert.deepEqual(watch.heartbeat(beat({ stopping: true }), 120), { updates: [], events: [] });
    assert.deepEqual(watch.check(10_000), { updates: [], events: [] }, 'a stopped process is not also silent');
  });

  it('notes a restart in the reason, and loses the old process if it never said goodbye', () => {
    const watch = new ProcessWatch({ owner: OWNER });
    watch.heartbeat(beat(), 0);
    const restarted = watch.heartbeat(beat({ pid: 200, startedAt: 1_700_000_100 }), 300);
    assert.deepEqual(events(restarted), ['lost 100 replaced', 'up 200 after 100']);
    assert.deepEqual(summarize(restarted), [['proc.device-host.BL01', 'ok', 'restarted (was pid 100)']]);
    assert.equal(restarted.updates[0]?.identity.incarnation, '200@1700000100');

    // After a silence and a goodbye the old one is already lost: only the new one comes up.
    watch.heartbeat(beat({ pid: 200, startedAt: 1_700_000_100, stopping: true }), 400);
    assert.deepEqual(events(watch.heartbeat(beat({ pid: 300, startedAt: 1_700_000_200 }), 500)), ['up 300 after 200']);
  });

  it('confirms a process an earlier supervisor recorded, or loses it after the grace period', () => {
    const record = (instance: string, state: HealthRecord['state'], pid: number): HealthRecord =>
      nextRecord(undefined, { key: `proc.device-host.${instance}`, kind: 'process', beamline: instance, name: 'device-host', owner: OWNER, incarnation: `${pid}@1700000000` },
        { state, reason: '', alarm_severity: 'NO_ALARM', detail: '' }, 1_700_000_000);
    const watch = new ProcessWatch({ owner: OWNER, adoptGraceMs: 3000 });
    watch.adopt(record('BL01', 'ok', 100), 0);
    watch.adopt(record('BL02', 'ok', 101), 0);
    watch.adopt(record('BL03', 'disconnected', 102), 0);
    watch.adopt({ ...record('BL04', 'ok', 103), key: 'BL04.m1', kind: 'device' }, 0);

    const confirmed = watch.heartbeat(beat({ pid: 100, startedAt: 1_700_000_000 }), 500);
    assert.deepEqual(summarize(confirmed), [], 'the same process: its record (and reason) stays as it is');
    assert.deepEqual(events(confirmed), ['up 100']);
    const restarted = watch.heartbeat(beat({ instance: 'BL03', pid: 300 }), 600);
    assert.deepEqual(summarize(restarted), [['proc.device-host.BL03', 'ok', 'restarted (was pid 102)']]);

    const keepBeating = (t: number): void => {
      watch.heartbeat(beat({ pid: 100, startedAt: 1_700_000_000 }), t);
      watch.heartbeat(beat({ instance: 'BL03', pid: 300 }), t);
    };
    keepBeating(2800);
    assert.deepEqual(watch.check(2900), { updates: [], events: [] });
    keepBeating(3000);
    const unheard = watch.check(3100);
    assert.deepEqual(summarize(unheard), [['proc.device-host.BL02', 'disconnected', 'no heartbeat in the 3.1 s since the supervisor started (pid 101)']]);
    assert.deepEqual(events(unheard), ['lost 101 unheard']);
    assert.deepEqual(watch.alive().map((p) => p.instance).sort(), ['BL01', 'BL03']);
  });
});
