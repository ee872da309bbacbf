// Every device kind of deploy/facility.yaml, served over a real nats-server from the beamlines'
// simulated IOC records in-process (`--signals sim`), driven with the Ophyd verbs over NATS.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, DeviceVerb, subjects } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { beamlineSignals, SignalMode } from '../../cli/device-host-signals.js';
import { findBeamline, loadFacilityConfig } from '../../deploy/facility-config.js';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';
import { silentLogger } from '../../lib/log.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const v1 = brightline.v1;
const TIMEOUT = { timeoutMs: 15_000 };

describe('the facility device kinds over NATS, on the simulated IOC records', () => {
  let nats: NatsServerHandle;
  let bus: Bus;
  let dataDir: string;
  const hosts = new Map<string, DeviceHost>();
  const closers: Array<() => Promise<void>> = [];

  const command = <Rep>(beamline: string, device: string, verb: DeviceVerb, type: unknown, body: object, reply: unknown) =>
    bus.request(subjects.deviceCommand(beamline, device, verb), type as never, body as never, reply as never, TIMEOUT) as Promise<Rep>;
  const read = async (beamline: string, device: string) =>
    command<brightline.v1.ReadReply>(beamline, device, DeviceVerb.Read, v1.ReadRequest, {}, v1.ReadReply);
  const set = (beamline: string, device: string, value: brightline.v1.Value.$Properties) =>
    command<brightline.v1.StatusReply>(beamline, device, DeviceVerb.Set, v1.SetRequest, { value }, v1.StatusReply);
  const num = (reply: brightline.v1.ReadReply, key: string): number => reply.readings[key]?.value?.number ?? Number.NaN;

  before(async () => {
    nats = await startNatsServer();
    bus = await Bus.connect({ servers: nats.url, name: 'facility-devices' });
    dataDir = await mkdtemp(join(tmpdir(), 'bl-facility-'));
    const config = await loadFacilityConfig();
    for (const id of ['BL01', 'BL02', 'BL03', 'BL04', 'BL05', 'BL06', 'BL07', 'BL08']) {
      const beamline = findBeamline(config, id);
      const { signals, close } = await beamlineSignals(config, beamline, SignalMode.Sim, silentLogger);
      closers.push(close);
      const devices = parseDeviceConfigs(beamline.devices, id);
      hosts.set(id, await startDeviceHost({ bus, beamline: id, devices, signals, dataDir: join(dataDir, id), heartbeatIntervalMs: 500 }));
    }
  });

  after(async () => {
    for (const host of hosts.values()) await host.stop();
    for (const close of closers) await close();
    await bus?.close();
    await nats?.stop();
  });

  it('brings every device of the eight beamlines to ready', () => {
    for (const [id, host] of hosts) {
      for (const name of host.devices) assert.notEqual(host.device(name).health().state, 'fault', `${id}.${name}: ${host.device(name).health().reason}`);
    }
  });

  it('moves an XYZ stage as one, while a direct move of one of its axes is refused as busy', async () => {
    const moving = set('BL06', 'stage', { list: { items: [{ number: 100 }, { number: -200 }, { number: 50 }] } });
    await sleep(50);
    await assert.rejects(set('BL06', 'stage_x', { number: 0 }), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.FailedPrecondition && /busy/.test(e.message));
    assert.equal((await moving).success, true);
    const reply = await read('BL06', 'stage');
    assert.deepEqual(['stage_x', 'stage_y', 'stage_z'].map((k) => num(reply, k)), [100, -200, 50]);
    await assert.rejects(set('BL06', 'stage', { number: 3 }), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.InvalidArgument && /\[x, y, z\]/.test(e.message));
  });

  it('moves a coarse+fine axis with the fine motor alone when it can reach, and both otherwise', async () => {
    await set('BL08', 'mirror_pitch', { number: 0.02 });
    let reply = await read('BL08', 'mirror_pitch');
    assert.equal(num(reply, 'mirror_pitch_coarse'), 0);
    assert.ok(Math.abs(num(reply, 'mirror_pitch') - 0.02) < 1e-6, `at ${num(reply, 'mirror_pitch')}`);
    await set('BL08', 'mirror_pitch', { number: 0.5 });
    reply = await read('BL08', 'mirror_pitch');
    assert.ok(Math.abs(num(reply, 'mirror_pitch_coarse') - 0.5) < 1e-6);
    assert.ok(Math.abs(num(reply, 'mirror_pitch') - 0.5) < 1e-6, `at ${num(reply, 'mirror_pitch')}`);
  });

  it('a temperature controller completes its set once the readback has settled', async () => {
    assert.equal((await set('BL03', 'sample_temp', { number: 26 })).success, true);
    const reply = await read('BL03', 'sample_temp');
    assert.ok(Math.abs(num(reply, 'sample_temp') - 26) <= 0.2, `temperature ${num(reply, 'sample_temp')}`);
    assert.equal(num(reply, 'sample_temp_setpoint'), 26);
  });

  it('a scaler counts for its staged preset time, and unstage restores the preset', async () => {
    await command('BL02', 'sc', DeviceVerb.Stage, v1.StageRequest, {}, v1.CommandReply);
    assert.equal((await command<brightline.v1.StatusReply>('BL02', 'sc', DeviceVerb.Trigger, v1.TriggerRequest, {}, v1.StatusReply)).success, true);
    const reply = await read('BL02', 'sc');
    assert.ok(num(reply, 'sc_i0') > 0 && num(reply, 'sc_it') > 0, JSON.stringify(reply.readings));
    assert.ok(Math.abs(num(reply, 'sc_time') - 0.1) < 1e-9);
    const configure = await command<brightline.v1.ConfigureReply>('BL02', 'sc', DeviceVerb.Configure, v1.ConfigureRequest, { values: { preset_time: { number: 0.2 } } }, v1.ConfigureReply);
    assert.equal(configure.new['sc_preset_time']?.value?.number, 0.2);
    await command('BL02', 'sc', DeviceVerb.Unstage, v1.UnstageRequest, {}, v1.CommandReply);
    const config = await command<brightline.v1.ReadReply>('BL02', 'sc', DeviceVerb.ReadConfiguration, v1.ReadConfigurationRequest, {}, v1.ReadReply);
    assert.equal(config.readings['sc_preset_time']?.value?.number, 0.1);
  });

  it('an area detector writes a frame file and reads as a datum id with its Resource and Datum', async () => {
    await command('BL04', 'cam', DeviceVerb.Trigger, v1.TriggerRequest, {}, v1.StatusReply);
    const reply = await read('BL04', 'cam');
    const datumId = reply.readings['cam_image']?.value?.text ?? '';
    const docs = reply.asset_docs.map((a) => ({ name: a.name, doc: JSON.parse(a.json ?? '{}') as Record<string, unknown> }));
    assert.deepEqual(docs.map((d) => d.name), ['resource', 'datum']);
    assert.equal(docs[1]?.doc['datum_id'], datumId);
    const resource = docs[0]?.doc ?? {};
    await access(join(String(resource['root']), `${String(resource['resource_path'])}_0.npy`));
    const describe = await command<brightline.v1.DescribeReply>('BL04', 'cam', DeviceVerb.Describe, v1.DescribeRequest, {}, v1.DescribeReply);
    assert.equal(describe.data_keys['cam_image']?.external, 'FILESTORE:');

    // Staging (once per run) starts a new Resource, so two runs never share one.
    await command('BL04', 'cam', DeviceVerb.Stage, v1.StageRequest, {}, v1.CommandReply);
    await command('BL04', 'cam', DeviceVerb.Trigger, v1.TriggerRequest, {}, v1.StatusReply);
    const staged = await read('BL04', 'cam');
    const newResource = JSON.parse(staged.asset_docs[0]?.json ?? '{}') as Record<string, unknown>;
    assert.notEqual(newResource['uid'], resource['uid']);
    await command('BL04', 'cam', DeviceVerb.Unstage, v1.UnstageRequest, {}, v1.CommandReply);
  });

  it('flies a motor: kickoff, complete, then collect the points recorded on the way', async () => {
    await command('BL01', 'fly_m1', DeviceVerb.Kickoff, v1.KickoffRequest, { params: { start: { number: -3 }, stop: { number: 3 } } }, v1.StatusReply);
    await command('BL01', 'fly_m1', DeviceVerb.Complete, v1.CompleteRequest, {}, v1.StatusReply);
    const collected = await command<brightline.v1.CollectReply>('BL01', 'fly_m1', DeviceVerb.Collect, v1.CollectRequest, {}, v1.CollectReply);
    assert.ok(collected.events.length >= 5, `collected ${collected.events.length}`);
    assert.ok(collected.data_keys['m1'] && collected.data_keys['det']);
    const positions = collected.events.map((e) => e.data?.['m1']?.number ?? Number.NaN);
    assert.ok(positions.every((p, i) => i === 0 || p >= (positions[i - 1] ?? -Infinity)), 'positions rise through the fly');
  });

  it('reads the ring current and a named sample; a ring current cannot be set', async () => {
    const ring = await read('BL01', 'ring_current');
    assert.ok(num(ring, 'ring_current') > 190, JSON.stringify(ring.readings));
    await assert.rejects(set('BL01', 'ring_current', { number: 1 }), (e: unknown) => e instanceof BrightlineError && e.code === ErrorCode.Unimplemented);
    await set('BL01', 'sample', { text: 'lysozyme-07' });
    assert.equal((await read('BL01', 'sample')).readings['sample']?.value?.text, 'lysozyme-07');
  });
});
