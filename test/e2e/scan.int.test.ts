/**
 * The walking skeleton end to end, driven the way a user drives it: real processes started with
 * the `brightline` CLI, a real nats-server, documents read back from JetStream and checked
 * against the event-model schemas.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brightline } from '../../gen/proto.js';
import { Bus, DOCUMENT_STREAM, Role, subjects } from '../../actors/transport/mod.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { runCli, startCli, startGatewayCli, type CliProcess, type GatewayCliProcess } from '../harness/cli-process.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';

const v1 = brightline.v1;
const SCHEMAS = EVENT_MODEL_SCHEMAS;

// A slow motor, so that a scan lasts long enough to kill its device host in the middle.
const FACILITY = `
facility: e2e
beamlines:
  - id: BL01
    title: end-to-end test beamline
    devices:
      - { name: m1, kind: motor, pv: 'ca://E2E:m1' }
      - { name: det, kind: point-detector, pv: 'ca://E2E:det', exposure_s: 0.01 }
    ioc:   # served in-process by the device host (--signals sim)
      prefix: 'E2E:'
      port: 5199
      records:
        - { type: motor, name: m1, egu: mm, velo: 2, accl: 0.1, llm: -5, hlm: 5, prec: 3, value: 0 }
        - { type: calc, name: det, calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 0.5, D: 0.5, E: 10 }, egu: counts, prec: 1 }
`;

interface Doc {
  name: string;
  doc: Record<string, unknown>;
}

describe('scan end to end through the CLI', () => {
  let nats: NatsServerHandle;
  let dir: string;
  let config: string;
  let env: Record<string, string>;
  let bus: Bus;
  let validate: DocumentValidator;
  let deviceHost: CliProcess | undefined;
  let runEngine: CliProcess | undefined;
  let gateway: GatewayCliProcess | undefined;

  const startDeviceHost = async (): Promise<CliProcess> => {
    const process = startCli(['device-host', '--beamline', 'BL01', '--signals', 'sim', '--config', config], env);
    await waitForHeartbeat(bus, Role.DeviceHost, 'BL01');
    return process;
  };

  before(async () => {
    nats = await startNatsServer();
    dir = await mkdtemp(join(tmpdir(), 'brightline-e2e-'));
    config = join(dir, 'facility.yaml');
    await writeFile(config, FACILITY);
    env = { NATS_URL: nats.url };
    bus = await Bus.connect({ servers: nats.url, name: 'e2e-observer' });
    validate = await loadEventModelValidator(SCHEMAS);
    runEngine = startCli(['run-engine', '--beamline', 'BL01', '--config', config], env);
    await waitForHeartbeat(bus, Role.RunEngine, 'BL01');
    deviceHost = await startDeviceHost();
    // The CLI reaches the facility through a real `brightline gateway` process, as after `up`.
    gateway = await startGatewayCli({ NATS_URL: nats.url }, dir);
    env = { ...env, ...gateway.env };
  });

  after(async () => {
    await gateway?.stop();
    await deviceHost?.kill();
    await runEngine?.kill();
    await bus.close();
    await nats.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs a scan from the CLI, prints every event, and leaves schema-valid documents in JetStream', async () => {
    const result = await runCli(['scan', 'det', 'm1', '-1', '1', '5', '--json'], env);
    assert.equal(result.code, 0, result.stderr);
    const printed = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Doc);
    assert.deepEqual(printed.map((d) => d.name), ['start', 'descriptor', 'event', 'event', 'event', 'event', 'event', 'stop']);
    const start = printed[0]?.doc ?? {};
    const stop = printed.at(-1)?.doc ?? {};
    assert.equal(stop['exit_status'], 'success');
    assert.equal(start['plan_name'], 'scan');

    const positions = printed.filter((d) => d.name === 'event').map((d) => (d.doc['data'] as Record<string, number>)['m1']);
    assert.deepEqual(positions.map((p) => Math.round((p ?? NaN) * 1000) / 1000), [-1, -0.5, 0, 0.5, 1]);
    const counts = printed.filter((d) => d.name === 'event').map((d) => (d.doc['data'] as Record<string, number>)['det'] ?? NaN);
    assert.equal(Math.max(...counts), counts[3], 'the detector peaks where the motor is nearest its centre (0.5)');

    const stored = await readRun(bus, String(start['uid']));
    assert.deepEqual(stored.map((d) => d.name), printed.map((d) => d.name));
    for (const { name, doc } of stored) validate(name, doc);
  });

  it('shows a live table for people, and refuses a move outside the limits with the reason', async () => {
    const table = await runCli(['scan', 'det', 'm1', '0', '0.5', '2'], env);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /\| seq_num \|\s+time \|\s+m1 \|\s+det \|/);
    assert.match(table.stdout, /ended: success \(2 events\)/);

    const refused = await runCli(['scan', 'det', 'm1', '-1', '20', '3'], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout + refused.stderr, /ended: fail: .*limit/i);
  });

  it('rejects bad arguments before anything moves', async () => {
    const result = await runCli(['scan', 'det', 'm1', 'minus-one', '1', '5'], env);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /START must be a number, got 'minus-one'/);
    const unknown = await runCli(['scan', 'nodet', 'm1', '0', '1', '2'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /BL01 has no device 'nodet' \(its devices: m1, det\)/);
  });

  it('ends the run as failed, with a reason, when the device host is killed mid-scan', async () => {
    const scan = startCli(['scan', 'det', 'm1', '-2', '2', '41'], env);
    await scan.waitFor(/^\|\s+3 \|/);
    await deviceHost?.kill('SIGKILL');
    const { code } = await scan.exited;
    assert.equal(code, 1, scan.stdout + scan.stderr);
    assert.match(scan.stdout, /ended: fail: .*device host/i);

    const runUid = /run (\S+) \(scan_id/.exec(scan.stdout)?.[1] ?? '';
    const stored = await readRun(bus, runUid);
    const stop = stored.at(-1);
    assert.equal(stop?.name, 'stop');
    assert.equal(stop?.doc['exit_status'], 'fail');
    for (const { name, doc } of stored) validate(name, doc);

    // The run engine goes on: with the device host back, the next scan succeeds.
    deviceHost = await startDeviceHost();
    const next = await runCli(['scan', 'det', 'm1', '0', '1', '3', '--json'], env);
    assert.equal(next.code, 0, next.stderr);
  });
});

async function waitForHeartbeat(bus: Bus, role: string, instance: string, timeoutMs = 20_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${role} heartbeat from ${instance} within ${timeoutMs} ms`)), timeoutMs);
    const sub = bus.subscribe(subjects.heartbeat(role as typeof Role.DeviceHost, instance), v1.Heartbeat, (hb) => {
      if (hb.stopping) return;
      clearTimeout(timer);
      sub.unsubscribe();
      resolve();
    });
  });
}

/** Every document of one run, from the start of the stream, up to and including its RunStop. */
async function readRun(bus: Bus, runUid: string): Promise<Doc[]> {
  const docs: Doc[] = [];
  let stopReader: () => Promise<void> = async () => {};
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`run ${runUid} has no RunStop in ${DOCUMENT_STREAM}`)), 10_000);
    bus
      .readStream(DOCUMENT_STREAM, subjects.documents('BL01', runUid), v1.DocumentEnvelope, { kind: 'all' }, (envelope) => {
        docs.push({ name: envelope.name, doc: JSON.parse(envelope.json) as Record<string, unknown> });
        if (envelope.name === 'stop') {
          clearTimeout(timer);
          resolve();
        }
      })
      .then((reader) => (stopReader = () => reader.stop()), reject);
  });
  await stopReader();
  return docs;
}
