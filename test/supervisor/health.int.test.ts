/**
 * The facility health model against a real nats-server: a device host (in this process, on mock://
 * signals) writes its devices' records to BL_HEALTH only when they change; the supervisor records
 * processes from their heartbeats and marks the devices of a host that goes silent, without ever
 * overwriting a record a restarted host wrote.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, HEALTH_BUCKET, Role, subjects, type KvBucket } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { createSignalResolver } from '../../actors/device/signals/create-resolver.js';
import { MockSignalRegistry } from '../../actors/device/signals/mock-backend.js';
import { deviceIdentity, nextRecord, type HealthRecord } from '../../actors/supervisor/health-model.js';
import { readHealthRecord, type StoredRecord } from '../../actors/supervisor/health-store.js';
import { startSupervisor, type Supervisor } from '../../actors/supervisor/supervisor-host.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { eventuallyValue } from '../harness/waits.js';

const v1 = brightline.v1;
const BL = 'BL01';

const devices = parseDeviceConfigs(
  [
    { kind: 'signal', name: 'temp', pv: 'mock://H:temp' },
    { kind: 'signal', name: 'ghost', pv: 'mock://H:ghost', connect_timeout_s: 0.3 },
  ],
  BL,
);

describe('the health model on a real bus', () => {
  let nats: NatsServerHandle;
  let hostBus: Bus;
  let observer: Bus;
  let supervisorBus: Bus;
  let bucket: KvBucket;
  let dataDir: string;
  let host: DeviceHost | undefined;
  let supervisor: Supervisor | undefined;
  const registry = new MockSignalRegistry();
  registry.define('mock://H:ghost', { unreachable: true });
  const readings: number[] = [];

  const record = (key: string): Promise<StoredRecord | undefined> => readHealthRecord(bucket, key);
  const until = (key: string, what: string, test: (r: HealthRecord) => boolean): Promise<StoredRecord> =>
    eventuallyValue(`${key}: ${what}`, async () => {
      const stored = await record(key);
      return stored && test(stored.record) ? stored : undefined;
    });

  before(async () => {
    nats = await startNatsServer();
    hostBus = await Bus.connect({ servers: nats.url, name: 'device-host' });
    observer = await Bus.connect({ servers: nats.url, name: 'observer' });
    supervisorBus = await Bus.connect({ servers: nats.url, name: 'supervisor' });
    bucket = await observer.kv(HEALTH_BUCKET);
    observer.subscribe(subjects.reading(BL, 'temp'), v1.ReadingUpdate, (u) => readings.push(u.readings['temp']?.value?.number ?? Number.NaN));
    await observer.flush();
    dataDir = await mkdtemp(join(tmpdir(), 'bl-health-'));
    host = await startDeviceHost({
      bus: hostBus, beamline: BL, devices, signals: createSignalResolver({ mock: registry }), dataDir, heartbeatIntervalMs: 100, retryDelayMs: 60_000,
    });
  });

  after(async () => {
    await supervisor?.stop();
    await host?.stop();
    await supervisorBus?.close();
    await observer?.close();
    await hostBus?.close();
    await nats?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('writes one record per device: ready is ok, a device that cannot connect is a fault naming its PV', async () => {
    const temp = await until('BL01.temp', 'ok', (r) => r.state === 'ok');
    assert.deepEqual(
      { ...temp.record, since: 0, updated_at: 0 },
      {
        key: 'BL01.temp', kind: 'device', beamline: BL, name: 'temp', state: 'ok', since: 0, reason: '', alarm_severity: 'NO_ALARM',
        held_by: '', detail: 'idle', owner: 'device-host/BL01', updated_at: 0, incarnation: temp.record.incarnation,
      },
    );
    assert.match(temp.record.incarnation, new RegExp(`^${process.pid}@\\d+(\\.\\d+)?$`));
    const ghost = await until('BL01.ghost', 'fault', (r) => r.state === 'fault');
    assert.match(ghost.record.reason, /mock:\/\/H:ghost/);
  });

  it('shows an alarm with its reason, rewrites only on a change, and keeps `since` while the state stays', async () => {
    const signal = registry.existing('mock://H:temp');
    signal.setValue(42, { severity: 'MAJOR', status: 'HIHI' });
    const major = await until('BL01.temp', 'MAJOR', (r) => r.alarm_severity === 'MAJOR');
    assert.deepEqual([major.record.state, major.record.reason], ['degraded', 'alarm MAJOR (HIHI) on temp']);

    // More readings in the same alarm: published on the bus, not written to KV.
    for (const value of [43, 44, 45]) signal.setValue(value, { severity: 'MAJOR', status: 'HIHI' });
    await eventuallyValue('reading 45 published', async () => (readings.includes(45) ? true : undefined));
    await observer.flush();
    assert.equal((await record('BL01.temp'))?.revision, major.revision, 'no write for readings that change nothing');

    signal.setValue(46, { severity: 'MINOR', status: 'HIGH' });
    const minor = await until('BL01.temp', 'MINOR', (r) => r.alarm_severity === 'MINOR');
    assert.deepEqual([minor.record.state, minor.record.reason, minor.record.since], ['degraded', 'alarm MINOR (HIGH) on temp', major.record.since]);

    signal.setValue(47, { severity: 'INVALID', status: 'COMM' });
    const invalid = await until('BL01.temp', 'INVALID', (r) => r.alarm_severity === 'INVALID');
    assert.deepEqual([invalid.record.state, invalid.record.reason], ['fault', 'alarm INVALID (COMM) on temp: its value cannot be trusted']);

    signal.setValue(1);
    const ok = await until('BL01.temp', 'ok again', (r) => r.state === 'ok');
    assert.ok(ok.record.since >= invalid.record.since);
  });

  it('follows the device when its IOC goes away and comes back', async () => {
    const signal = registry.existing('mock://H:temp');
    signal.disconnect('IOC went away');
    const lost = await until('BL01.temp', 'disconnected', (r) => r.state === 'disconnected');
    assert.match(lost.record.reason, /IOC went away/);
    assert.equal(lost.record.detail, 'disconnected');
    signal.reconnect();
    await until('BL01.temp', 'ok', (r) => r.state === 'ok' && r.detail === 'idle');
  });

  it("keeps a lease holder's field, and puts right a record someone else overwrote while it lives", async () => {
    const stored = await until('BL01.temp', 'ok', (r) => r.state === 'ok');
    await bucket.update('BL01.temp', v1.HealthRecord, { ...stored.record, held_by: 'BL02' }, stored.revision);
    registry.existing('mock://H:temp').setValue(5, { severity: 'MINOR', status: 'HIGH' });
    const minor = await until('BL01.temp', 'MINOR', (r) => r.alarm_severity === 'MINOR');
    assert.equal(minor.record.held_by, 'BL02', 'the device host does not drop the lease holder');

    // A supervisor that took this (slow, but living) host for dead marks its device disconnected.
    const published: brightline.v1.DeviceHealth[] = [];
    const sub = observer.subscribe(subjects.health(BL, 'temp'), v1.DeviceHealth, (h) => published.push(h));
    await observer.flush();
    await bucket.update('BL01.temp', v1.HealthRecord, { ...minor.record, state: 'disconnected', reason: 'device host BL01 (pid 1) stopped responding' }, minor.revision);
    const fixed = await until('BL01.temp', 'put right', (r) => r.state === 'degraded');
    assert.deepEqual([fixed.record.reason, fixed.record.held_by], ['alarm MINOR (HIGH) on temp', 'BL02']);
    // Pub/sub watchers that heard "disconnected" from that supervisor hear the truth again.
    await eventuallyValue('the health published again', async () => (published.some((h) => h.state === 'idle') ? true : undefined));
    sub.unsubscribe();
    registry.existing('mock://H:temp').setValue(5);
    await until('BL01.temp', 'ok', (r) => r.state === 'ok');
  });

  it('records processes from heartbeats; a clean stop leaves every device and the host disconnected', async () => {
    supervisor = await startSupervisor({ bus: supervisorBus, adoptGraceMs: 1_000 });
    const proc = await until('proc.device-host.BL01', 'ok', (r) => r.state === 'ok');
    assert.match(proc.record.detail, new RegExp(`^pid ${process.pid}, up since \\d{4}-`));
    assert.deepEqual([proc.record.kind, proc.record.beamline, proc.record.name, proc.record.owner], ['process', BL, 'device-host', 'supervisor/facility']);
    const self = await until('proc.supervisor.facility', 'ok', (r) => r.state === 'ok');
    assert.deepEqual([self.record.beamline, self.record.name], ['', 'supervisor/facility']);

    await host?.stop();
    host = undefined;
    await until('proc.device-host.BL01', 'stopped', (r) => r.state === 'disconnected' && r.reason === 'stopped cleanly');
    for (const device of ['temp', 'ghost']) {
      const stopped = await until(`BL01.${device}`, 'disconnected', (r) => r.state === 'disconnected');
      assert.match(stopped.record.reason, /^device host (BL01 \(pid \d+\) )?stopped$/);
    }
  });

  it('marks the devices of a host that goes silent, but not a record a later incarnation wrote', async () => {
    assert.ok(supervisor, 'runs after the supervisor started');
    const beamline = 'BL05';
    const pid = 4_000_001;
    const startedAt = Date.now() / 1000;
    const incarnation = `${pid}@${startedAt}`;
    const write = async (device: string, by: string): Promise<void> => {
      const identity = deviceIdentity(beamline, device, by);
      await bucket.put(identity.key, v1.HealthRecord, nextRecord(undefined, identity, { state: 'ok', reason: '', alarm_severity: 'NO_ALARM', detail: 'idle' }, startedAt));
    };
    await write('x', incarnation);
    await write('y', incarnation);
    await write('later', `${pid + 1}@${startedAt + 10}`);
    await write('unlisted', incarnation);
    const health: brightline.v1.DeviceHealth[] = [];
    observer.subscribe(subjects.health(beamline, '*'), v1.DeviceHealth, (h) => health.push(h));
    await observer.flush();

    let beating = true;
    const beats = (async () => {
      for (let sequence = 1; beating; sequence++) {
        observer.publish(subjects.heartbeat(Role.DeviceHost, beamline), v1.Heartbeat, {
          role: Role.DeviceHost, instance: beamline, pid, started_at: startedAt, sequence, interval_ms: 100, devices: ['x', 'y', 'later'],
        });
        await sleep(100);
      }
    })();
    await until(`proc.device-host.${beamline}`, 'ok', (r) => r.state === 'ok');
    beating = false;
    await beats;
    const silentFrom = Date.now();

    const proc = await until(`proc.device-host.${beamline}`, 'disconnected', (r) => r.state === 'disconnected');
    assert.match(proc.record.reason, new RegExp(`^no heartbeat for \\d+\\.\\d s \\(pid ${pid}\\)$`));
    for (const device of ['x', 'y', 'unlisted']) {
      const marked = await until(`${beamline}.${device}`, 'marked', (r) => r.state === 'disconnected');
      assert.equal(marked.record.reason, `device host ${beamline} (pid ${pid}) stopped responding`);
      assert.equal(marked.record.incarnation, incarnation);
    }
    console.log(`# supervisor marked an in-process fake host's devices ${Date.now() - silentFrom} ms after its last beat (polled)`);
    assert.equal((await record(`${beamline}.later`))?.record.state, 'ok', 'a later incarnation wrote it: left alone');
    await eventuallyValue('DeviceHealth of x and y', async () =>
      ['x', 'y'].every((d) => health.some((h) => h.device === d && h.state === 'disconnected')) ? true : undefined,
    );
    assert.equal(health.some((h) => h.device === 'later'), false);
  });

  it('a supervisor started later builds its picture from heartbeats and the records it finds', async () => {
    await supervisor?.stop();
    await until('proc.supervisor.facility', 'stopped', (r) => r.state === 'disconnected' && r.reason === 'stopped cleanly');
    const startedAt = Date.now() / 1000 - 60;
    const put = async (record: HealthRecord): Promise<void> => void (await bucket.put(record.key, v1.HealthRecord, record));
    const ok = { state: 'ok', reason: '', alarm_severity: 'NO_ALARM', detail: 'idle' } as const;
    // BL07's host died while no supervisor ran: its records still say ok.
    await put(nextRecord(undefined, { key: 'proc.device-host.BL07', kind: 'process', beamline: 'BL07', name: 'device-host', owner: 'supervisor/facility', incarnation: `4000007@${startedAt}` }, ok, startedAt));
    await put(nextRecord(undefined, deviceIdentity('BL07', 'a', `4000007@${startedAt}`), ok, startedAt));
    // BL08's host never had a process record at all.
    await put(nextRecord(undefined, deviceIdentity('BL08', 'b', `4000008@${startedAt}`), ok, startedAt));
    // BL06's host lives and beats.
    await put(nextRecord(undefined, deviceIdentity('BL06', 'c', `4000006@${startedAt}`), ok, startedAt));
    let beating = true;
    const beats = (async () => {
      for (let sequence = 1; beating; sequence++) {
        observer.publish(subjects.heartbeat(Role.DeviceHost, 'BL06'), v1.Heartbeat, {
          role: Role.DeviceHost, instance: 'BL06', pid: 4000006, started_at: startedAt, sequence, interval_ms: 100, devices: ['c'],
        });
        await sleep(100);
      }
    })();
    try {
      supervisor = await startSupervisor({ bus: supervisorBus, adoptGraceMs: 1_000 });
      const unheard = await until('proc.device-host.BL07', 'disconnected', (r) => r.state === 'disconnected');
      assert.match(unheard.record.reason, /^no heartbeat in the \d+\.\d s since the supervisor started \(pid 4000007\)$/);
      const a = await until('BL07.a', 'disconnected', (r) => r.state === 'disconnected');
      assert.match(a.record.reason, /^device host BL07 \(pid 4000007\) (has not been heard from|sent no heartbeat in the .*) since the supervisor started$/);
      const b = await until('BL08.b', 'disconnected', (r) => r.state === 'disconnected');
      assert.match(b.record.reason, /^device host BL08 \(pid 4000008\) sent no heartbeat in the \d+\.\d s since the supervisor started$/);
      await until('proc.device-host.BL06', 'ok', (r) => r.state === 'ok');
      await until('proc.supervisor.facility', 'ok', (r) => r.state === 'ok');
      // The sweep that marked BL08.b looks at every record in one pass: give it time to reach BL06.c.
      await sleep(500);
      assert.equal((await record('BL06.c'))?.record.state, 'ok', 'a living host keeps its devices');
    } finally {
      beating = false;
      await beats;
    }
  });
});
