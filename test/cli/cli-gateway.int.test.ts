// The CLI as a client of the gateway, run as real `brightline` processes: where it finds the
// gateway and its token, what it says (and exits with) when the gateway is not there or refuses the
// caller, JSON for scripts, and Ctrl-C reaching the gateway as a cancelled call.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { Bus } from '../../actors/transport/mod.js';
import { openHealthBucket, readHealthRecords, setHealthHeldBy } from '../../actors/supervisor/health-store.js';
import { facilityServiceDefinition } from '../../gateway/facility-definition.js';
import { ExitCode } from '../../cli/exit-codes.js';
import { CliToken, freePort, runCli, startCli, startCliGateway, type CliGateway } from '../harness/cli-process.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';
import { eventuallyValue } from '../harness/waits.js';

type Result = { code: number | null; stdout: string; stderr: string };
const output = (result: Result): string => `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

describe('the CLI through the gateway', () => {
  let nats: NatsServerHandle;
  const buses: Bus[] = [];
  let beamline: SimBeamline;
  let gateway: CliGateway;
  let stateDir: string;
  /** As `token` (staff when absent), BL01 by default, and no bus at hand. */
  const cli = (args: string[], token: CliToken | string | null = CliToken.Staff, extra: Record<string, string> = {}): Promise<Result> =>
    runCli(args, { ...gateway.env(token), NATS_URL: 'nats://127.0.0.1:1', BRIGHTLINE_BEAMLINE: 'BL01', ...extra });
  const position = async (): Promise<number> => {
    const result = await cli(['read', 'm1', '--json'], CliToken.Observer);
    assert.equal(result.code, 0, output(result));
    return Number((JSON.parse(result.stdout) as Record<string, { readings: Record<string, { value: number }> }>)['m1']?.readings['m1']?.value);
  };

  before(async () => {
    nats = await startNatsServer();
    const connect = async (name: string): Promise<Bus> => {
      const bus = await Bus.connect({ servers: nats.url, name });
      buses.push(bus);
      return bus;
    };
    beamline = await startSimBeamline({ bus: await connect('cli-gateway-host'), beamline: 'BL01', prefix: 'CLIGW:' });
    gateway = await startCliGateway({ bus: await connect('cli-gateway') });
    stateDir = await mkdtemp(join(tmpdir(), 'bl-cli-token-'));
  });

  after(async () => {
    await gateway?.stop();
    await beamline?.close();
    for (const bus of buses) await bus.close();
    await nats?.stop();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
  });

  it('says where it looked for the gateway and how to start one, exit 3, for every kind of command', async () => {
    const nowhere = `127.0.0.1:${await freePort()}`;
    const message = `cannot reach the brightline gateway at ${nowhere}: is the facility running? start it with ./brightline up (or set BRIGHTLINE_GATEWAY)`;
    for (const args of [['devices'], ['read', 'm1'], ['mv', 'm1', '1'], ['status'], ['queue', 'list'], ['runs'], ['health'], ['run', 'count', 'detectors=det']]) {
      const result = await cli(args, CliToken.Staff, { BRIGHTLINE_GATEWAY: nowhere });
      assert.equal(result.code, ExitCode.Unavailable, `${args.join(' ')}\n${output(result)}`);
      assert.equal(result.stderr, `brightline ${args[0] ?? ''}: ${message}\n`, args.join(' '));
    }
  });

  it('refuses a call without a token or with an unknown one (exit 4), saying how to get one', async () => {
    const missing = await cli(['read', 'm1'], null);
    assert.equal(missing.code, ExitCode.Denied, output(missing));
    assert.match(missing.stderr, /^brightline read: no bearer token/);
    assert.match(missing.stderr, /'brightline token new' makes one, and \.\/brightline up writes \S+\/token/);

    const unknown = await cli(['devices'], 'not-a-token');
    assert.equal(unknown.code, ExitCode.Denied, output(unknown));
    assert.match(unknown.stderr, /^brightline devices: unknown token/);
    assert.match(unknown.stderr, /the token sent was BRIGHTLINE_TOKEN's/);
  });

  it('reads the token `brightline up` wrote when BRIGHTLINE_TOKEN is not set', async () => {
    await writeFile(join(stateDir, 'token'), `${CliToken.Observer}\n`);
    const result = await cli(['read', 'm1', '--json'], null, { BRIGHTLINE_STATE_DIR: stateDir });
    assert.equal(result.code, 0, output(result));
    assert.equal(typeof (JSON.parse(result.stdout) as Record<string, { readings: Record<string, { value: unknown }> }>)['m1']?.readings['m1']?.value, 'number');
    // The file names the observer: moving is refused, and the refusal says where the token came from.
    const mv = await cli(['mv', 'm1', '1'], null, { BRIGHTLINE_STATE_DIR: stateDir });
    assert.equal(mv.code, ExitCode.Denied, output(mv));
    assert.match(mv.stderr, new RegExp(`the token sent was read from ${stateDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/token`));
  });

  it("refuses an observer's move with the gateway's reason (exit 4) and moves nothing", async () => {
    const before = await position();
    const target = before > 0 ? -1 : 1;
    const result = await cli(['mv', 'm1', String(target)], CliToken.Observer);
    assert.equal(result.code, ExitCode.Denied, output(result));
    assert.match(result.stderr, /^brightline mv: set m1 on BL01 needs the user role; bob is an observer there$/m);
    assert.equal(await position(), before);

    // A user moves; configuring is for staff.
    const moved = await cli(['mv', 'm1', String(target)], CliToken.User);
    assert.equal(moved.code, 0, output(moved));
    assert.equal(await position(), target);
    const configure = await cli(['configure', 'm1', 'velocity=3'], CliToken.User);
    assert.equal(configure.code, ExitCode.Denied, output(configure));
    assert.match(configure.stderr, /configure m1 on BL01 needs the staff role; alice is a user there/);
    const other = await cli(['read', 'm1', '--beamline', 'BL02'], CliToken.Observer);
    assert.equal(other.code, ExitCode.Denied, output(other));
    assert.match(other.stderr, /BL02 needs the observer role; bob has no role there/);
  });

  it('lists and reads devices as JSON for scripts, for an observer too', async () => {
    const devices = await cli(['devices', '--json'], CliToken.Observer);
    assert.equal(devices.code, 0, output(devices));
    const listed = JSON.parse(devices.stdout) as { beamline: string; devices: Array<{ name: string; device_class?: string; hinted_fields?: string[]; units?: string }> };
    assert.equal(listed.beamline, 'BL01');
    assert.deepEqual(listed.devices.map((d) => d.name), beamline.host.devices);
    assert.deepEqual(listed.devices.find((d) => d.name === 'm1'), { name: 'm1', device_class: 'EpicsMotor', hinted_fields: ['m1'], units: 'mm' });

    const read = await cli(['read', 'm1', 'shutter', '--json'], CliToken.Observer);
    assert.equal(read.code, 0, output(read));
    const readings = JSON.parse(read.stdout) as Record<string, { readings: Record<string, { value: unknown; timestamp: number; alarm_severity: string }> }>;
    assert.deepEqual(Object.keys(readings), ['m1', 'shutter']);
    assert.equal(typeof readings['m1']?.readings['m1']?.value, 'number');
    assert.equal(readings['shutter']?.readings['shutter']?.value, 'open');
    assert.ok((readings['m1']?.readings['m1']?.timestamp ?? 0) > 0);
  });

  it('shows the health model as a table and JSON lines, and follows its changes with --watch', async () => {
    const bucket = await openHealthBucket(buses[0] ?? assert.fail('no bus'));
    const devices = beamline.host.devices.map((device) => `BL01.${device}`);
    await eventuallyValue('the health records of the device host', async () => {
      const stored = await readHealthRecords(bucket);
      return devices.every((key) => stored.some((s) => s.record.key === key && s.record.state === 'ok')) ? true : undefined;
    });

    const table = await cli(['health', '--beamline', 'BL01'], CliToken.Observer);
    assert.equal(table.code, 0, output(table));
    assert.match(table.stdout, new RegExp(`^${devices.length} records: ${devices.length} ok$`, 'm'), output(table));
    assert.match(table.stdout, /^BL01\s+m1\s+device\s+OK\s/m);
    const lines = await cli(['health', '--json', '--beamline', 'BL01'], CliToken.Observer);
    assert.equal(lines.code, 0, output(lines));
    const records = lines.stdout.trim().split('\n').map((line) => JSON.parse(line) as { key: string; state: string });
    assert.deepEqual(records.map((r) => r.key).sort(), [...devices].sort());

    const watch = startCli(['health', '--watch', '--json', '--beamline', 'BL01'], { ...gateway.env(CliToken.Observer), NATS_URL: 'nats://127.0.0.1:1' });
    try {
      await watch.waitFor(/"key":"BL01\.shutter"/);
      assert.ok(await setHealthHeldBy(bucket, 'BL01.m1', 'BL02', Date.now() / 1000));
      const change = await watch.waitFor(/"key":"BL01\.m1".*"held_by":"BL02"/);
      assert.match(change, /"state":"ok"/);
      // Each record once from the table, then the change: nothing printed twice.
      assert.equal(watch.stdout.split('\n').filter((line) => line.includes('"key":"BL01.m1"')).length, 2, watch.stdout);
      watch.child.kill('SIGINT');
      assert.equal((await watch.exited).code, 0, watch.stderr);
    } finally {
      await watch.kill('SIGKILL');
    }
  });
});

describe('Ctrl-C during a gateway call', () => {
  let server: grpc.Server;
  let address: string;
  const reached: Array<() => void> = [];
  const cancelled: Array<() => void> = [];

  before(async () => {
    // A stand-in gateway whose ListDevices never answers, and which tells the test what the call went through.
    server = new grpc.Server();
    server.addService(facilityServiceDefinition(), {
      ListDevices: (call: grpc.ServerUnaryCall<object, object>) => {
        call.on('cancelled', () => cancelled.splice(0).forEach((wake) => wake()));
        reached.splice(0).forEach((wake) => wake());
      },
    });
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    address = `127.0.0.1:${port}`;
  });

  after(() => server?.forceShutdown());

  it('cancels the call on the gateway and exits 130', async () => {
    const called = new Promise<void>((resolve) => reached.push(resolve));
    const ended = new Promise<void>((resolve) => cancelled.push(resolve));
    const cli = startCli(['devices'], { BRIGHTLINE_GATEWAY: address, BRIGHTLINE_TOKEN: 'any' });
    await called;
    cli.child.kill('SIGINT');
    await ended;
    const { code } = await cli.exited;
    assert.equal(code, ExitCode.Interrupted, `${cli.stdout}\n${cli.stderr}`);
    assert.match(cli.stderr, /^brightline devices: interrupted$/m);
  });
});
