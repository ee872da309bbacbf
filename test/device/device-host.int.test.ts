import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, DeviceVerb, Role, subjects } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, seededRandom, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const v1 = brightline.v1;
const BL = 'BL01';
const TIMEOUT = { timeoutMs: 5000 };

const devices = parseDeviceConfigs(
  [
    { kind: 'sim-motor', name: 'm1', velocity: 10, limits: [-5, 5], initial: 0, tick_ms: 20 },
    { kind: 'sim-detector', name: 'det', follows: 'm1', center: 1, width: 0.5, amplitude: 1000, background: 10, exposure_s: 0.02 },
  ],
  BL,
);

async function eventually(what: string, predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function isError(code: ErrorCode, pattern: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof BrightlineError, `expected a BrightlineError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, pattern);
    return true;
  };
}

function sequenceOf(heartbeat: brightline.v1.Heartbeat): number {
  const s = heartbeat.sequence;
  return typeof s === 'number' ? s : s.toNumber();
}

describe('device host against a real nats-server', () => {
  let server: NatsServerHandle;
  let serving: Bus;
  let calling: Bus;
  let host: DeviceHost;
  const updates: Array<{ device: string; value: number }> = [];
  const health: Array<{ device: string; state: string; reason: string }> = [];
  const heartbeats: brightline.v1.Heartbeat[] = [];

  const request = {
    describe: (device: string) => calling.request(subjects.deviceCommand(BL, device, DeviceVerb.Describe), v1.DescribeRequest, {}, v1.DescribeReply, TIMEOUT),
    read: async (device: string) => {
      const reply = await calling.request(subjects.deviceCommand(BL, device, DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, TIMEOUT);
      return reply.readings[device];
    },
    set: (device: string, value: number, timeout_s = 0) =>
      calling.request(subjects.deviceCommand(BL, device, DeviceVerb.Set), v1.SetRequest, { value: { number: value }, timeout_s }, v1.StatusReply, TIMEOUT),
    trigger: (device: string) =>
      calling.request(subjects.deviceCommand(BL, device, DeviceVerb.Trigger), v1.TriggerRequest, {}, v1.StatusReply, TIMEOUT),
    stop: (device: string) =>
      calling.request(subjects.deviceCommand(BL, device, DeviceVerb.Stop), v1.StopRequest, { success: false }, v1.CommandReply, TIMEOUT),
  };

  before(async () => {
    server = await startNatsServer();
    serving = await Bus.connect({ servers: server.url, name: 'device-host' });
    calling = await Bus.connect({ servers: server.url, name: 'caller' });
    calling.subscribe(subjects.reading(BL, '*'), v1.ReadingUpdate, (u) => {
      for (const [key, r] of Object.entries(u.readings)) updates.push({ device: key, value: r.value?.number ?? NaN });
    });
    calling.subscribe(subjects.health(BL, '*'), v1.DeviceHealth, (h) => health.push({ device: h.device, state: h.state, reason: h.reason }));
    calling.subscribe(subjects.heartbeat(Role.DeviceHost, BL), v1.Heartbeat, (hb) => heartbeats.push(hb));
    // A round trip on the calling connection: its subscriptions are registered once it returns.
    await calling.request('bl.v1.flush', v1.Empty, {}, v1.CommandReply, { timeoutMs: 1000 }).catch(() => undefined);
    host = await startDeviceHost({ bus: serving, beamline: BL, devices, heartbeatIntervalMs: 100, random: seededRandom(1) });
  });

  after(async () => {
    await host.stop();
    await calling.close();
    await serving.close();
    await server.stop();
  });

  it('lists its devices', () => {
    assert.deepEqual(host.devices, ['m1', 'det']);
  });

  it('describes motor and detector Ophyd-style', async () => {
    const motor = await request.describe('m1');
    assert.equal(motor.device_class, 'SimMotor');
    assert.deepEqual(motor.hinted_fields, ['m1']);
    const key = motor.data_keys['m1'];
    assert.ok(key);
    assert.equal(key.source, 'sim://BL01.m1.readback');
    assert.equal(key.dtype, 'number');
    assert.deepEqual(key.shape, []);
    assert.equal(key.units, 'mm');
    assert.equal(key.precision, 3);
    assert.deepEqual({ low: key.limits?.low, high: key.limits?.high }, { low: -5, high: 5 });

    const detector = await request.describe('det');
    assert.equal(detector.device_class, 'SimDetector');
    assert.deepEqual(detector.hinted_fields, ['det']);
    assert.equal(detector.data_keys['det']?.units, 'counts');
  });

  it('sets the motor, publishing readings along the way', async () => {
    const before = updates.length;
    const reply = await request.set('m1', 1);
    assert.equal(reply.success, true);
    assert.ok(reply.elapsed_s >= 0.09 && reply.elapsed_s < 1, `elapsed ${reply.elapsed_s}`);
    const reading = await request.read('m1');
    assert.equal(reading?.value?.number, 1);
    assert.equal(reading?.alarm_severity, 'NO_ALARM');
    assert.ok(Math.abs((reading?.timestamp ?? 0) - Date.now() / 1000) < 5);
    await eventually('the final reading update', () => updates.slice(before).some((u) => u.device === 'm1' && u.value === 1));
    const intermediate = updates.slice(before).filter((u) => u.device === 'm1' && u.value > 0 && u.value < 1);
    assert.ok(intermediate.length >= 3, `intermediate updates: ${JSON.stringify(intermediate)}`);
  });

  it('publishes health on every state change', async () => {
    await eventually('health of both devices', () => health.filter((h) => h.state === 'idle').length >= 2);
    const m1 = health.filter((h) => h.device === 'm1').map((h) => h.state);
    assert.deepEqual(m1.slice(0, 5), ['disconnected', 'connecting', 'idle', 'busy', 'idle']);
    assert.equal(health.find((h) => h.device === 'm1' && h.state === 'busy')?.reason, 'moving to 1 mm');
  });

  it('triggers the detector: the peak is highest at its center', async () => {
    const atCenter = await request.trigger('det');
    assert.equal(atCenter.success, true);
    const peak = (await request.read('det'))?.value?.number ?? NaN;
    assert.equal(peak, 1010);
    await request.set('m1', 3);
    await request.trigger('det');
    const off = (await request.read('det'))?.value?.number ?? NaN;
    assert.ok(off < peak && off >= 10, `off-center ${off}`);
    await eventually('a detector reading update', () => updates.some((u) => u.device === 'det' && u.value === peak));
  });

  it('rejects a set outside the limits with OutOfRange and the reason', async () => {
    await assert.rejects(request.set('m1', 7), isError(ErrorCode.OutOfRange, /cannot set m1 to 7 mm: outside its limits \[-5, 5\] mm/));
  });

  it('refuses a set while moving, and a stop fails the pending set', async () => {
    const pending = request.set('m1', -5);
    await eventually('the move to start', () => health.at(-1)?.state === 'busy');
    await assert.rejects(request.set('m1', 0), isError(ErrorCode.FailedPrecondition, /m1 is busy moving to -5 mm/));
    await request.stop('m1');
    await assert.rejects(pending, isError(ErrorCode.Aborted, /set to -5 mm on m1 stopped at/));
    const where = (await request.read('m1'))?.value?.number ?? NaN;
    assert.ok(where > -5 && where <= 3, `stopped at ${where}`);
  });

  it('fails a set whose timeout elapses with DeadlineExceeded', async () => {
    await assert.rejects(request.set('m1', 5, 0.05), isError(ErrorCode.DeadlineExceeded, /set m1 to 5 timed out after 50 ms/));
    await request.stop('m1');
  });

  it('answers a malformed request with an error and keeps serving', async () => {
    const garbage = { encode: () => ({ finish: () => new Uint8Array([0x0f, 0xff, 0xff]) }), decode: v1.SetRequest.decode };
    const subject = subjects.deviceCommand(BL, 'm1', DeviceVerb.Set);
    await assert.rejects(calling.request(subject, garbage, {}, v1.StatusReply, TIMEOUT), isError(ErrorCode.InvalidArgument, /malformed/));
    await assert.rejects(
      calling.request(subject, v1.SetRequest, { value: { text: 'up' } }, v1.StatusReply, TIMEOUT),
      isError(ErrorCode.InvalidArgument, /finite number, got "up"/),
    );
    const reply = await request.set('m1', 0);
    assert.equal(reply.success, true);
  });

  it('beats regularly, and says goodbye on stop', async () => {
    await eventually('three heartbeats', () => heartbeats.length >= 3);
    const [first, second] = heartbeats;
    assert.ok(first && second);
    assert.equal(first.role, 'device-host');
    assert.equal(first.instance, BL);
    assert.equal(first.pid, process.pid);
    assert.equal(first.interval_ms, 100);
    assert.deepEqual(first.devices, ['m1', 'det']);
    assert.equal(sequenceOf(second), sequenceOf(first) + 1);
    assert.equal(first.stopping, false);

    await host.stop();
    await eventually('the stopping heartbeat', () => heartbeats.some((hb) => hb.stopping));
    const count = heartbeats.length;
    await sleep(250);
    assert.equal(heartbeats.length, count, 'no heartbeat after stop');
    await assert.rejects(request.read('m1'), isError(ErrorCode.Unavailable, /nobody serves/));
  });
});
