// The device verbs of the CLI (devices, read, describe, config, mv, stop, trigger, stage, unstage,
// configure), run as real `brightline` processes through a gateway to BL01's device host on a
// private nats-server, its devices on the beamline's simulated IOC records in-process (`--signals sim`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bus } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { beamlineSignals, SignalMode } from '../../cli/device-host-signals.js';
import { findBeamline, loadFacilityConfig } from '../../deploy/facility-config.js';
import { silentLogger } from '../../lib/log.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { CliToken, runCli, startCli, startCliGateway, type CliGateway } from '../harness/cli-process.js';

interface JsonReading {
  value: unknown;
  timestamp: number;
  alarm_severity: string;
}

describe('device commands of the CLI against a device host', () => {
  let nats: NatsServerHandle;
  let bus: Bus;
  let dataDir: string;
  let host: DeviceHost;
  let gateway: CliGateway;
  let env: Record<string, string>;

  const cli = (...args: string[]) => runCli(args, env);
  const output = (result: { stdout: string; stderr: string }): string => `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
  const readJson = async (...devices: string[]): Promise<Record<string, { readings?: Record<string, JsonReading>; error?: { message: string } }>> => {
    const result = await cli('read', ...devices, '--json');
    return JSON.parse(result.stdout) as Record<string, { readings?: Record<string, JsonReading>; error?: { message: string } }>;
  };
  const position = async (device: string): Promise<number> => Number((await readJson(device))[device]?.readings?.[device]?.value);

  before(async () => {
    nats = await startNatsServer();
    bus = await Bus.connect({ servers: nats.url, name: 'device-commands-test' });
    dataDir = await mkdtemp(join(tmpdir(), 'bl-device-commands-'));
    const config = await loadFacilityConfig();
    const beamline = findBeamline(config, 'BL01');
    const { signals, close } = await beamlineSignals(config, beamline, SignalMode.Sim, silentLogger);
    // One device whose IOC record does not exist: it stays in fault, and the commands must say so.
    const broken = { name: 'broken', kind: 'motor', pv: 'ca://BL01:nothere', connect_timeout_s: 0.5 };
    const devices = parseDeviceConfigs([...beamline.devices, broken], 'BL01');
    host = await startDeviceHost({ bus, beamline: 'BL01', devices, signals, dataDir, heartbeatIntervalMs: 500, onStopped: close });
    gateway = await startCliGateway({ bus });
    // NATS_URL points where nothing listens: a command that still went to the bus instead of the gateway fails.
    env = { ...gateway.env(CliToken.Staff), NATS_URL: 'nats://127.0.0.1:1', BRIGHTLINE_BEAMLINE: 'BL01' };
  });

  after(async () => {
    await gateway?.stop();
    await host?.stop();
    await bus?.close();
    await nats?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('lists the devices of the beamline with their class, fields and units', async () => {
    const result = await cli('devices');
    assert.equal(result.code, 0, output(result));
    for (const name of ['m1', 'det', 'shutter', 'sample', 'ring_current']) assert.match(result.stdout, new RegExp(`^${name}\\s`, 'm'), output(result));
    assert.match(result.stdout, /^m1\s+EpicsMotor\s+m1\s+mm$/m);

    const json = await cli('devices', '--json');
    assert.equal(json.code, 0, output(json));
    const parsed = JSON.parse(json.stdout) as { beamline: string; devices: Array<{ name: string; device_class?: string; units?: string }> };
    assert.equal(parsed.beamline, 'BL01');
    assert.deepEqual(parsed.devices.map((d) => d.name), host.devices);
    assert.deepEqual(parsed.devices.find((d) => d.name === 'm1'), { name: 'm1', device_class: 'EpicsMotor', hinted_fields: ['m1'], units: 'mm' });
  });

  it('shows why a device in fault cannot be described, on its own line, and refuses to move it', async () => {
    const result = await cli('devices');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, new RegExp(`^BL01: ${host.devices.length} devices, 1 cannot be described$`, 'm'));
    assert.match(result.stdout, /^broken\s+UNAVAILABLE broken is in fault \(broken did not connect.*→ brightline describe broken$/m, output(result));
    const json = JSON.parse((await cli('devices', '--json')).stdout) as { devices: Array<{ name: string; error?: { message: string } }> };
    assert.match(json.devices.find((d) => d.name === 'broken')?.error?.message ?? '', /broken is in fault/);

    const read = await cli('read', 'broken');
    assert.equal(read.code, 1, output(read));
    assert.match(read.stdout, /^broken\s+error: cannot read broken: broken is in fault/m);
    const mv = await cli('mv', 'broken', '1');
    assert.equal(mv.code, 1, output(mv));
    assert.match(mv.stderr, /broken is in fault[\s\S]*nothing was moved/);
  });

  it('exits 3 with a clear message when the beamline has no device host', async () => {
    // The operator, who may read every beamline: anyone else would be refused BL09 before it is looked for.
    const operator = { ...env, ...gateway.env(CliToken.Operator) };
    const result = await runCli(['devices', '--beamline', 'BL09'], operator);
    assert.equal(result.code, 3, output(result));
    assert.match(result.stderr, /no device host for BL09 is running; start the facility with \.\/brightline up/);
    const read = await runCli(['read', 'm1', '--beamline', 'BL09'], operator);
    assert.equal(read.code, 3, output(read));
    assert.match(read.stderr, /no device host for BL09 is running/);
  });

  it('reads several devices into one table, and as JSON', async () => {
    const result = await cli('read', 'm1', 'det');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^KEY\s+VALUE\s+UNITS\s+ALARM\s+TIMESTAMP$/m);
    assert.match(result.stdout, /^m1\s+-?\d+\.\d{3}\s+mm\s+\S+\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/m, output(result));
    assert.match(result.stdout, /^m1_setpoint\s/m);
    assert.match(result.stdout, /^det\s+\d+\.\d\s+counts\s/m);

    const json = await readJson('m1', 'det');
    assert.equal(typeof json['m1']?.readings?.['m1']?.value, 'number');
    assert.equal(typeof json['det']?.readings?.['det']?.timestamp, 'number');
  });

  it('shows an unknown device inline with the served devices, reads the rest, and exits 1', async () => {
    const result = await cli('read', 'm1', 'nosuch');
    assert.equal(result.code, 1, output(result));
    assert.match(result.stdout, /^nosuch\s+error: no device 'nosuch' on beamline BL01; it serves: m1, det, shutter/m);
    assert.match(result.stdout, /^m1\s/m);
    const json = await cli('read', 'nosuch', '--json');
    assert.equal(json.code, 1);
    const parsed = JSON.parse(json.stdout) as Record<string, { error?: { message: string } }>;
    assert.match(parsed['nosuch']?.error?.message ?? '', /no device 'nosuch'/);
  });

  it('describes data keys and reads the configuration', async () => {
    const result = await cli('describe', 'm1', 'shutter');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^m1: EpicsMotor; hinted: m1$/m);
    assert.match(result.stdout, /^m1\s+sim:\/\/BL01:m1\.RBV\s+number\s+\[\]\s+mm\s+3\s+\[-10, 10\]\s+-$/m, output(result));
    assert.match(result.stdout, /^shutter\s.*closed, open$/m);
    const json = JSON.parse((await cli('describe', 'm1', '--json')).stdout) as Record<string, { data_keys: Record<string, { limits?: unknown; units: string }> }>;
    assert.deepEqual(json['m1']?.data_keys['m1']?.limits, { low: -10, high: 10 });

    const config = await cli('config', 'm1');
    assert.equal(config.code, 0, output(config));
    assert.match(config.stdout, /^m1_velocity\s/m);
  });

  it('moves a motor, prints where it ended, and read shows the new position', async () => {
    const result = await cli('mv', 'm1', '0.5');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^m1\s+done in /m);
    assert.match(result.stdout, /^m1\s+0\.500\s+mm\s/m);
    assert.equal(await position('m1'), 0.5);
    assert.match((await cli('read', 'm1')).stdout, /^m1\s+0\.500\s+mm\s/m);
  });

  it('opens the shutter with a text value, and moves several devices at once with --json', async () => {
    const open = await cli('mv', 'shutter', 'open');
    assert.equal(open.code, 0, output(open));
    assert.equal((await readJson('shutter'))['shutter']?.readings?.['shutter']?.value, 'open');

    const both = await cli('mv', 'm1', '-0.25', 'shutter', 'closed', '--json');
    assert.equal(both.code, 0, output(both));
    const parsed = JSON.parse(both.stdout) as { status: Record<string, { success: boolean }>; readings: Record<string, Record<string, JsonReading>> };
    assert.deepEqual(Object.keys(parsed.status).sort(), ['m1', 'shutter']);
    assert.ok(Object.values(parsed.status).every((s) => s.success));
    assert.equal(parsed.readings['m1']?.['m1']?.value, -0.25);
    assert.equal(parsed.readings['shutter']?.['shutter']?.value, 'closed');
  });

  it('refuses a move outside the limits with the device message and exits 1, leaving the motor where it was', async () => {
    const before = await position('m1');
    const result = await cli('mv', 'm1', '99');
    assert.equal(result.code, 1, output(result));
    assert.match(`${result.stdout}${result.stderr}`, /cannot set m1 to 99 mm: outside its limits \[-10, 10\] mm/);
    assert.equal(await position('m1'), before);
  });

  it('moves nothing when one of the devices does not exist', async () => {
    const before = await position('m1');
    const result = await cli('mv', 'm1', '1', 'nosuch', '2');
    assert.equal(result.code, 1, output(result));
    assert.match(result.stderr, /no device 'nosuch'/);
    assert.match(result.stderr, /nothing was moved/);
    assert.equal(await position('m1'), before);
  });

  it('configures a field and prints old → new', async () => {
    const result = await cli('configure', 'm1', 'velocity=3');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^m1_velocity\s+5(\.0+)?\s+→\s+3(\.0+)?/m, output(result));
    const config = JSON.parse((await cli('config', 'm1', '--json')).stdout) as Record<string, { readings: Record<string, JsonReading> }>;
    assert.equal(config['m1']?.readings['m1_velocity']?.value, 3);
    const bad = await cli('configure', 'm1', 'bogus=1');
    assert.equal(bad.code, 1, output(bad));
    assert.match(bad.stderr, /not configuration fields: bogus \(it has: velocity, acceleration\)/);
  });

  it('triggers a detector, stages and unstages, and stops', async () => {
    const trigger = await cli('trigger', 'det');
    assert.equal(trigger.code, 0, output(trigger));
    assert.match(trigger.stdout, /^det\s+\d+\.\d\s+counts\s/m);
    for (const [verb, past] of [['stage', 'staged'], ['unstage', 'unstaged'], ['stop', 'stopped']] as const) {
      const result = await cli(verb, 'm1');
      assert.equal(result.code, 0, output(result));
      assert.equal(result.stdout, `${past} m1\n`);
    }
    const json = await cli('stop', 'm1', 'det', '--json');
    assert.deepEqual(JSON.parse(json.stdout), { m1: { stopped: true }, det: { stopped: true } });
  });

  it('stops the move on Ctrl-C and exits 130', async () => {
    assert.equal((await cli('configure', 'm1', 'velocity=0.5')).code, 0);
    try {
      const moving = startCli(['mv', 'm1', '-9'], env);
      await moving.waitFor(/^m1\s+\[/);
      moving.child.kill('SIGINT');
      const { code } = await moving.exited;
      assert.equal(code, 130, `${moving.stdout}\n${moving.stderr}`);
      assert.match(moving.stdout, /^interrupted: stopping m1/m);
      assert.match(moving.stdout, /^m1\s+error: .*stop/m);
      assert.ok((await position('m1')) > -9, 'the motor stopped before its target');
    } finally {
      await cli('configure', 'm1', 'velocity=5');
    }
  });

  it('explains a wrong command line with exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['mv', 'm1'], /give each device a value/],
      [['mv', 'm1', '1', 'm1', '2'], /m1 is given twice/],
      [['mv', 'm1', '[1,'], /is not a JSON list/],
      [['mv', 'm1', '1', '--timeout', 'soon'], /--timeout must be a number of seconds/],
      [['read'], /name at least one device/],
      [['read', 'm1.RBV'], /'m1\.RBV' is not a device name/],
      [['configure', 'm1', 'velocity'], /'velocity' is not FIELD=VALUE/],
      [['devices', 'extra'], /devices takes no arguments/],
      [['read', 'm1', '--bogus'], /unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      assert.equal(result.code, 2, `${args.join(' ')}\n${output(result)}`);
      assert.match(result.stderr, message);
    }
  });
});
