/**
 * The device methods of the gateway against a real nats-server and a real device host (on the
 * simulated IOC's records): list, describe, read and set through gRPC; deadlines and cancellation
 * stop the device; roles are enforced with the policy's reason; readings and progress stream.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { brightline } from '../../gen/proto.js';
import { Bus, DeviceVerb, LEASE_TOKEN_HEADER, subjects } from '../../actors/transport/mod.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { isGrpcError, startTestGateway, type FacilityClient, type TestGateway } from '../harness/gateway.js';
import { eventually, eventuallyValue } from '../harness/waits.js';
import { startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const BL = 'BL01';
/** A beamline whose device host a test takes away mid-move. */
const DOOMED = 'BL03';
/** A beamline whose device host (a child process, `--signals sim`) a test freezes mid-move. */
const FROZEN = 'BL02';
const CLI = fileURLToPath(new URL('../../bin/brightline.js', import.meta.url));

const tokens = new Map<string, Identity>([
  ['t-user', { user: 'alice', operator: false, roles: new Map([[BL, BeamlineRole.User], [DOOMED, BeamlineRole.User], [FROZEN, BeamlineRole.User]]) }],
  ['t-observer', { user: 'bob', operator: false, roles: new Map([[BL, BeamlineRole.Observer]]) }],
  ['t-operator', { user: 'olga', operator: true, roles: new Map() }],
]);

interface WireReading {
  value?: { number?: number };
  timestamp: number;
}
type Readings = Record<string, WireReading>;

const number = (readings: Readings, key: string): number => readings[key]?.value?.number ?? Number.NaN;

describe('device methods of the gateway', () => {
  let nats: NatsServerHandle;
  const buses: Bus[] = [];
  let beamline: SimBeamline;
  let doomed: SimBeamline | undefined;
  let gw: TestGateway;
  let user: FacilityClient;
  let observer: FacilityClient;

  const connect = async (name: string): Promise<Bus> => {
    const bus = await Bus.connect({ servers: nats.url, name });
    buses.push(bus);
    return bus;
  };
  /** The motor is at rest (DMOV = 1) well short of `target`: something stopped it on the way. */
  const stoppedShortOf = async (sim: SimBeamline, target: number): Promise<void> => {
    await eventually(`m1 at rest short of ${target}`, () => sim.value('m1.DMOV') === 1 && Number(sim.value('m1.RBV')) < target - 1, 15_000);
  };
  const moveBack = async (): Promise<void> => {
    await user.unary('Set', { beamline: BL, device: 'm1', value: { number: 0 } }, { deadlineMs: 30_000 });
  };

  before(async () => {
    nats = await startNatsServer();
    beamline = await startSimBeamline({ bus: await connect('device-host'), beamline: BL, prefix: 'GW1:' });
    doomed = await startSimBeamline({ bus: await connect('doomed-host'), beamline: DOOMED, prefix: 'GW3:' });
    gw = await startTestGateway({ bus: await connect('gateway'), tokens });
    user = gw.client('t-user');
    observer = gw.client('t-observer');
  });

  after(async () => {
    await gw?.stop();
    await doomed?.close();
    await beamline?.close();
    for (const bus of buses) await bus.close();
    await nats?.stop();
  });

  it('lists the devices each device host serves, with their class and health, and names a beamline nobody serves', async () => {
    const all = await observer.unary<{ devices: Array<{ beamline: string; device: string; device_class: string; state: string; shared: boolean }>; silent_beamlines: string[] }>('ListDevices', {});
    const bl01 = all.devices.filter((d) => d.beamline === BL);
    assert.deepEqual(bl01.map((d) => d.device), ['m1', 'det', 'shutter', 'ring_current']);
    assert.ok(bl01.every((d) => d.device_class !== ''), `every device has a class: ${JSON.stringify(bl01)}`);
    assert.ok(all.devices.some((d) => d.beamline === DOOMED), 'the other beamline is listed too');
    // The device host writes its devices' health records once they connected: m1 reads ok.
    const one = await eventuallyValue('m1 listed ok', async () => {
      const reply = await observer.unary<{ devices: Array<{ device: string; state: string }>; silent_beamlines: string[] }>('ListDevices', { beamline: BL });
      return reply.devices.find((d) => d.device === 'm1')?.state === 'ok' ? reply : undefined;
    });
    assert.deepEqual(one.devices.map((d) => d.device), ['m1', 'det', 'shutter', 'ring_current']);
    assert.deepEqual(one.silent_beamlines, []);
    const none = await observer.unary<{ devices: unknown[]; silent_beamlines: string[] }>('ListDevices', { beamline: 'BL07' }, { deadlineMs: 10_000 });
    assert.deepEqual(none.devices, []);
    assert.deepEqual(none.silent_beamlines, ['BL07']);
  });

  it('describes and reads a device for an observer, and says NOT_FOUND for a device the host does not serve', async () => {
    const description = await observer.unary<{ device_class: string; data_keys: Record<string, { units: string }> }>('Describe', { beamline: BL, device: 'm1' });
    assert.ok(description.device_class);
    assert.equal(description.data_keys['m1']?.units, 'mm');
    const reading = await observer.unary<{ readings: Readings }>('Read', { beamline: BL, device: 'm1' });
    assert.ok(Number.isFinite(number(reading.readings, 'm1')));
    await assert.rejects(observer.unary('Read', { beamline: BL, device: 'nope' }), isGrpcError(grpc.status.NOT_FOUND, /no device 'nope' on beamline BL01/));
  });

  it('refuses an observer a set with the policy reason, and anyone without a token', async () => {
    await assert.rejects(
      observer.unary('Set', { beamline: BL, device: 'm1', value: { number: 1 } }),
      isGrpcError(grpc.status.PERMISSION_DENIED, /set m1 on BL01 needs the user role; bob is an observer there/),
    );
    await assert.rejects(
      user.unary('Set', { beamline: 'FAC', device: 'mono', value: { number: 1 } }),
      isGrpcError(grpc.status.PERMISSION_DENIED, /shared devices of FAC needs the facility operator role/),
    );
    await assert.rejects(gw.client().unary('Read', { beamline: BL, device: 'm1' }), isGrpcError(grpc.status.UNAUTHENTICATED, /no bearer token/));
    assert.equal(beamline.value('m1.DMOV'), 1, 'nothing moved');
  });

  it('sets a motor through gRPC and streams its readings and progress while it moves', async () => {
    const readings = observer.stream<{ readings: Readings }>('WatchReadings', { beamline: BL, device: 'm1' });
    const progress = observer.stream<{ status_id: string; fraction: number }>('WatchProgress', { beamline: BL, device: 'm1', status_id: 'gw-move-1' });
    const first = await readings.next('the current readings', () => true);
    const start = number(first.readings, 'm1');
    const reply = await user.unary<{ success: boolean; readings: Readings }>('Set', { beamline: BL, device: 'm1', value: { number: start + 1 }, status_id: 'gw-move-1' }, { deadlineMs: 30_000 });
    assert.equal(reply.success, true);
    assert.ok(Math.abs(number(reply.readings, 'm1') - (start + 1)) < 0.01, `arrived: ${number(reply.readings, 'm1')}`);
    // Updates in between the start and the end of the move: the watcher saw it move, not only arrive.
    await readings.next('the arrival', (m) => Math.abs(number(m.readings, 'm1') - (start + 1)) < 0.01);
    assert.ok(readings.messages.some((m) => { const x = number(m.readings, 'm1'); return x > start + 0.01 && x < start + 0.99; }), 'a reading on the way');
    await progress.next('progress of the move', (p) => p.status_id === 'gw-move-1');
    readings.call.cancel();
    progress.call.cancel();
    assert.equal((await readings.ended).code, grpc.status.CANCELLED);
    await moveBack();
  });

  it('answers DEADLINE_EXCEEDED for a set that outlives its deadline, and stops the motor', async () => {
    await assert.rejects(
      user.unary('Set', { beamline: BL, device: 'm1', value: { number: 9 } }, { deadlineMs: 400 }),
      isGrpcError(grpc.status.DEADLINE_EXCEEDED),
    );
    await stoppedShortOf(beamline, 9);
    await moveBack();
  });

  it('stops the motor when the client cancels its set', async () => {
    const watch = observer.stream<{ readings: Readings }>('WatchReadings', { beamline: BL, device: 'm1' });
    await watch.next('the current readings', () => true);
    const { call, result } = user.start('Set', { beamline: BL, device: 'm1', value: { number: 9 } });
    await watch.next('the motor moving', (m) => number(m.readings, 'm1') > 0.2);
    call.cancel();
    await assert.rejects(result, isGrpcError(grpc.status.CANCELLED));
    await stoppedShortOf(beamline, 9);
    watch.call.cancel();
    await moveBack();
  });

  it('fails a set with UNAVAILABLE when the device host goes away during the move', async () => {
    assert.ok(doomed);
    const sim = doomed;
    const { result } = user.start('Set', { beamline: DOOMED, device: 'm1', value: { number: 9 } });
    await eventually('the doomed motor moving', () => Number(sim.value('m1.RBV')) > 0.2);
    await sim.host.stop();
    await assert.rejects(result, isGrpcError(grpc.status.UNAVAILABLE, /device host for BL03 is shutting down/));
    await sim.close();
    doomed = undefined;
    await assert.rejects(user.unary('Read', { beamline: DOOMED, device: 'm1' }), isGrpcError(grpc.status.UNAVAILABLE, /no device host for BL03 is running/));
  });

  it('fails a set with UNAVAILABLE when the device host goes silent during the move, rather than wait for ever', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bl-gw-frozen-'));
    const child: ChildProcess = spawn(process.execPath, [CLI, 'device-host', '--beamline', FROZEN, '--signals', 'sim', '--data-dir', dataDir], {
      env: { ...process.env, NATS_URL: nats.url },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await eventuallyValue('the BL02 device host', async () => {
        const reply = await user.unary<{ devices: Array<{ device: string }> }>('ListDevices', { beamline: FROZEN });
        return reply.devices.some((d) => d.device === 'mono_energy') ? true : undefined;
      }, 60_000);
      // 8979 eV to 20000 eV at 200 eV/s: about a minute, far longer than the silence it takes to notice.
      const { result } = user.start('Set', { beamline: FROZEN, device: 'mono_energy', value: { number: 20000 } });
      await eventuallyValue('the mono moving', async () => {
        const reading = await user.unary<{ readings: Readings }>('Read', { beamline: FROZEN, device: 'mono_energy' });
        return number(reading.readings, 'mono_energy') > 9000 ? true : undefined;
      });
      child.kill('SIGSTOP');
      await assert.rejects(result, isGrpcError(grpc.status.UNAVAILABLE, /device host for BL02 has been silent for \d+\.\d s; check its devices/));
    } finally {
      child.kill('SIGKILL');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('forwards the bl-lease-token metadata to the device host as its lease header', async () => {
    // The FAC device host's stop endpoint, stood in for by one that reports the header it got.
    const seen: Array<string | undefined> = [];
    const facBus = await connect('fake-fac-host');
    const service = await facBus.addService({ name: 'fake-fac', version: '0.0.1' });
    service.addEndpoint('stop', subjects.deviceCommand('FAC', 'mono', DeviceVerb.Stop), brightline.v1.StopRequest, brightline.v1.CommandReply, async (_request, _subject, headers) => {
      seen.push(headers.get(LEASE_TOKEN_HEADER));
      return {};
    });
    await facBus.flush();
    const operator = gw.client('t-operator');
    await operator.unary('Stop', { beamline: 'FAC', device: 'mono' }, { metadata: { 'bl-lease-token': 'lease-123' } });
    await operator.unary('Stop', { beamline: 'FAC', device: 'mono' });
    assert.deepEqual(seen, ['lease-123', undefined]);
    await service.stop();
  });
});
