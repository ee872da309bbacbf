import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brightline } from '../../gen/proto.js';
import { Bus, DeviceVerb, Role, subjects } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { createSignalResolver } from '../../actors/device/signals/create-resolver.js';
import { CaClient } from '../../epics/client/mod.js';
import { ErrorCode } from '../../lib/errors.js';
import { freeUdpPort } from '../../lib/free-port.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { startSimIoc, type SimIoc } from '../harness/sim-ioc.js';
import { eventually, isBrightlineError } from '../harness/waits.js';

const v1 = brightline.v1;
const BL = 'BL01';
const TIMEOUT = { timeoutMs: 8000 };

const RECORDS = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 2, accl: 0.1, llm: -5, hlm: 5, prec: 3, value: 0, tickMs: 20 },
  { type: 'motor', name: 'slow', egu: 'mm', velo: 0.01, accl: 0.1, llm: -100, hlm: 100, prec: 3, value: 0, tickMs: 20 },
  { type: 'calc', name: 'det', calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 1, D: 0.5, E: 10 }, egu: 'counts', prec: 1 },
  { type: 'bo', name: 'shutter', znam: 'closed', onam: 'open', value: 0 },
];

const devices = parseDeviceConfigs(
  [
    { kind: 'motor', name: 'm1', pv: 'ca://T1:m1', stage: { velocity: 4 } },
    { kind: 'motor', name: 'slow', pv: 'ca://T1:slow' },
    { kind: 'point-detector', name: 'det', pv: 'ca://T1:det', exposure_s: 0.02 },
    { kind: 'shutter', name: 'shutter', pv: 'ca://T1:shutter' },
    { kind: 'motor', name: 'ghost', pv: 'ca://T9:ghost', connect_timeout_s: 0.5 },
    { kind: 'xyz-stage', name: 'lost', x: 'ca://T8:x', y: 'ca://T8:y', z: 'ca://T8:z', connect_timeout_s: 0.5 },
  ],
  BL,
);

describe('device host on ca:// signals against a simulated IOC', () => {
  let nats: NatsServerHandle;
  let serving: Bus;
  let calling: Bus;
  let ioc: SimIoc;
  let ghostIoc: SimIoc | undefined;
  let ghostPort: number;
  let client: CaClient;
  let host: DeviceHost;
  const health: Array<{ device: string; state: string; reason: string }> = [];
  const progress: brightline.v1.StatusProgress[] = [];
  const heartbeats: brightline.v1.Heartbeat[] = [];
  const latestHealth = (device: string): string | undefined => health.filter((h) => h.device === device).at(-1)?.state;

  const command = <Rep>(device: string, verb: DeviceVerb, type: { encode: unknown; decode: unknown }, body: object, reply: { decode(b: Uint8Array): Rep }) =>
    calling.request(subjects.deviceCommand(BL, device, verb), type as never, body as never, reply as never, TIMEOUT) as Promise<Rep>;
  const request = {
    describe: (device: string) => command(device, DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply),
    read: async (device: string) => (await command(device, DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply)).readings,
    set: (device: string, value: brightline.v1.Value.$Properties, timeout_s = 0, status_id = '') =>
      command(device, DeviceVerb.Set, v1.SetRequest, { value, timeout_s, status_id }, v1.StatusReply),
    trigger: (device: string) => command(device, DeviceVerb.Trigger, v1.TriggerRequest, {}, v1.StatusReply),
    stage: (device: string) => command(device, DeviceVerb.Stage, v1.StageRequest, {}, v1.CommandReply),
    unstage: (device: string) => command(device, DeviceVerb.Unstage, v1.UnstageRequest, {}, v1.CommandReply),
    readConfiguration: async (device: string) => (await command(device, DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, {}, v1.ReadReply)).readings,
    locate: (device: string) => command(device, DeviceVerb.Locate, v1.LocateRequest, {}, v1.LocateReply),
  };
  const numberOf = (readings: Record<string, brightline.v1.IReading>, key: string): number => readings[key]?.value?.number ?? Number.NaN;

  before(async () => {
    nats = await startNatsServer();
    ioc = await startSimIoc('T1:', RECORDS);
    ghostPort = await freeUdpPort();
    serving = await Bus.connect({ servers: nats.url, name: 'device-host' });
    calling = await Bus.connect({ servers: nats.url, name: 'caller' });
    calling.subscribe(subjects.health(BL, '*'), v1.DeviceHealth, (h) => health.push({ device: h.device, state: h.state, reason: h.reason }));
    calling.subscribe(subjects.statusProgress(BL, '*'), v1.StatusProgress, (p) => progress.push(p));
    calling.subscribe(subjects.heartbeat(Role.DeviceHost, BL), v1.Heartbeat, (hb) => heartbeats.push(hb));
    await calling.flush();
    client = new CaClient({
      addrList: [ioc.address, `127.0.0.1:${ghostPort}`], autoAddrList: false, listenForBeacons: false, env: {}, maxSearchPeriodMs: 200,
    });
    host = await startDeviceHost({
      bus: serving, beamline: BL, devices, signals: createSignalResolver({ ca: client }), dataDir: await mkdtemp(join(tmpdir(), 'bl-data-')),
      heartbeatIntervalMs: 200, retryDelayMs: 200,
    });
  });

  after(async () => {
    await host?.stop();
    await client?.close();
    await ghostIoc?.stop();
    await ioc?.stop().catch(() => undefined);
    await calling?.close();
    await serving?.close();
    await nats?.stop();
  });

  it('serves every device while one cannot connect; that one is in fault and says which PV', async () => {
    assert.deepEqual(host.devices, ['m1', 'slow', 'det', 'shutter', 'ghost', 'lost_x', 'lost_y', 'lost_z', 'lost']);
    await eventually('ghost in fault', () => latestHealth('ghost') === 'fault');
    assert.match(health.filter((h) => h.device === 'ghost').at(-1)?.reason ?? '', /ca:\/\/T9:ghost\.RBV/);
    assert.ok(Number.isFinite(numberOf(await request.read('m1'), 'm1')));
    await assert.rejects(request.read('ghost'), isBrightlineError(ErrorCode.FailedPrecondition, /ghost is in fault .*T9:ghost/));
    await assert.rejects(request.read('nosuch'), isBrightlineError(ErrorCode.NotFound, /no device 'nosuch' on beamline BL01; it serves: m1, slow, det, shutter, ghost, lost_x/));
  });

  it("a composite's failed connect names every failed child", async () => {
    await eventually('the stage in fault', () => latestHealth('lost') === 'fault');
    const reason = health.filter((h) => h.device === 'lost').at(-1)?.reason ?? '';
    assert.match(reason, /lost did not connect \(3 failed\): lost_x: .*T8:x.*; lost_y: .*T8:y.*; lost_z: .*T8:z/);
  });

  it('describes an EPICS motor from its record', async () => {
    const reply = await request.describe('m1');
    const key = reply.data_keys['m1'];
    assert.equal(key?.source, 'ca://T1:m1.RBV');
    assert.equal(key?.units, 'mm');
    assert.equal(key?.precision, 3);
    assert.deepEqual({ low: key?.limits?.low, high: key?.limits?.high }, { low: -5, high: 5 });
    assert.deepEqual(reply.hinted_fields, ['m1']);
  });

  it('moves the motor with put-callback and publishes progress under the caller status id', async () => {
    const reply = await request.set('m1', { number: 1 }, 0, 'move-1');
    assert.equal(reply.success, true);
    assert.equal(numberOf(await request.read('m1'), 'm1'), 1);
    const located = await request.locate('m1');
    assert.equal(located.setpoint?.number, 1);
    await eventually('progress of the move', () => progress.some((p) => p.status_id === 'move-1' && p.target === 1));
  });

  it('rejects a set outside the motor limits before moving', async () => {
    await assert.rejects(request.set('m1', { number: 7 }), isBrightlineError(ErrorCode.OutOfRange, /cannot set m1 to 7 mm: outside its limits \[-5, 5\] mm/));
    await assert.rejects(request.set('m1', { text: 'up' }), isBrightlineError(ErrorCode.InvalidArgument, /cannot set m1 to "up"/));
  });

  it('fails a put that does not complete in time with DeadlineExceeded, and halts the motor', async () => {
    await assert.rejects(request.set('slow', { number: 50 }, 0.5), isBrightlineError(ErrorCode.DeadlineExceeded, /set slow to 50/));
    await eventually('slow idle again', () => latestHealth('slow') === 'idle');
    const dmov = ioc.database.find('T1:slow.DMOV');
    await eventually('the motor stopped', () => dmov?.snapshot().value[0] === 1);
    assert.ok(numberOf(await request.read('slow'), 'slow') < 1);
  });

  it('triggers a point detector and reads the peak where the motor is', async () => {
    assert.equal((await request.trigger('det')).success, true);
    assert.equal(numberOf(await request.read('det'), 'det'), 1010);
  });

  it('opens and closes a shutter by name, and refuses other values', async () => {
    await request.set('shutter', { text: 'open' });
    assert.equal((await request.read('shutter'))['shutter']?.value?.text, 'open');
    await request.set('shutter', { number: 0 });
    assert.equal((await request.read('shutter'))['shutter']?.value?.text, 'closed');
    await assert.rejects(request.set('shutter', { text: 'sideways' }), isBrightlineError(ErrorCode.InvalidArgument, /sideways/));
  });

  it('stage applies the configured settings and unstage restores them', async () => {
    await request.stage('m1');
    assert.equal(latestHealth('m1'), 'staged');
    assert.equal(numberOf(await request.readConfiguration('m1'), 'm1_velocity'), 4);
    await request.unstage('m1');
    assert.equal(numberOf(await request.readConfiguration('m1'), 'm1_velocity'), 2);
    await eventually('m1 idle', () => latestHealth('m1') === 'idle');
  });

  it('survives the IOC being killed mid-move and reconnects by itself when it restarts', async () => {
    const moving = request.set('m1', { number: -5 });
    await eventually('m1 busy', () => latestHealth('m1') === 'busy');
    const { udpPort, tcpPort } = ioc;
    await ioc.stop();
    await assert.rejects(moving, isBrightlineError(ErrorCode.Aborted, /set m1 to -5 failed: connection lost: ca:\/\/T1:m1/));
    await eventually('m1 disconnected', () => latestHealth('m1') === 'disconnected');
    await assert.rejects(request.read('m1'), isBrightlineError(ErrorCode.Unavailable, /m1 is disconnected/));
    ioc = await startSimIoc('T1:', RECORDS, { udpPort, tcpPort });
    await eventually('m1 idle again', () => latestHealth('m1') === 'idle', 15_000);
    const states = health.filter((h) => h.device === 'm1').map((h) => h.state);
    assert.deepEqual(states.slice(-4), ['busy', 'disconnected', 'connecting', 'idle']);
    assert.equal((await request.set('m1', { number: 0.5 })).success, true);
    assert.equal(numberOf(await request.read('m1'), 'm1'), 0.5);
  });

  it('a device in fault connects once its IOC appears, with no manual step', async () => {
    ghostIoc = await startSimIoc('T9:', [{ type: 'motor', name: 'ghost', egu: 'deg', velo: 10, llm: -90, hlm: 90, value: 3 }], { udpPort: ghostPort });
    await eventually('ghost idle', () => latestHealth('ghost') === 'idle', 15_000);
    assert.equal(numberOf(await request.read('ghost'), 'ghost'), 3);
  });

  it('answers a malformed request with an error and keeps serving', async () => {
    const garbage = { encode: () => ({ finish: () => new Uint8Array([0x0f, 0xff, 0xff]) }), decode: v1.SetRequest.decode };
    await assert.rejects(calling.request(subjects.deviceCommand(BL, 'm1', DeviceVerb.Set), garbage, {}, v1.StatusReply, TIMEOUT), isBrightlineError(ErrorCode.InvalidArgument, /malformed/));
    assert.ok(Number.isFinite(numberOf(await request.read('m1'), 'm1')));
  });

  it('beats with its device list and says goodbye on stop', async () => {
    await eventually('a heartbeat', () => heartbeats.length >= 1);
    assert.deepEqual(heartbeats[0]?.devices, host.devices);
    await host.stop();
    await eventually('the stopping heartbeat', () => heartbeats.some((hb) => hb.stopping));
    await assert.rejects(request.read('m1'), isBrightlineError(ErrorCode.Unavailable, /nobody serves|no responders/i));
  });
});
