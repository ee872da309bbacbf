/**
 * deploy/nats/permissions.conf on a real nats-server: the bus itself refuses what the gateway's
 * policy refuses. A real device host (BL01) and run engine (BL01) run as their NATS users and must
 * never hit a refusal; a tiny responder serves one BL02 device as device-host-BL02; people connect
 * as BL01-user, BL01-observer, BL02-user, BL02-observer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { brightline } from '../../gen/proto.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { openHealthBucket, readHealthRecords } from '../../actors/supervisor/health-store.js';
import { Bus, DOCUMENT_STREAM, DeviceVerb, NatsPermissionDeniedError, inboxPrefix, subjects, type StreamReader } from '../../actors/transport/mod.js';
import { PERMISSIONS_FILE, natsUsers, passwordEnvVar } from '../../deploy/nats-permissions.js';
import { loadFacilityConfig } from '../../deploy/facility-config.js';
import { BrightlineError, ErrorCode, NoResponderError } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import { toWireValue } from '../../lib/values.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { eventually } from '../harness/waits.js';
import { DocumentLog, RunEngineClient, startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const v1 = brightline.v1;
const QUICK = { timeoutMs: 5_000 };

/** A logger that keeps what a connection was told, refusals among it. */
function recordingLogger(): Logger & { lines: string[]; refusals(): string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
    refusals: () => lines.filter((l) => /permissions violation/i.test(l)),
  };
}

function setRequest(value: number): brightline.v1.SetRequest.$Properties {
  return { value: toWireValue(value), timeout_s: 5 };
}

describe('NATS users and permissions (deploy/nats/permissions.conf)', () => {
  let server: NatsServerHandle;
  let dir: string;
  const passwords: Record<string, string> = {};
  const buses: Bus[] = [];
  const loggers = new Map<string, ReturnType<typeof recordingLogger>>();
  let beamline: SimBeamline;
  let engine: RunEngineHost;
  let bl01User: Bus;
  let bl01Observer: Bus;
  let bl02User: Bus;
  let bl02Observer: Bus;
  let hostBl01: Bus;
  let hostBl02: Bus;

  /** Waits until `user`'s connection has been told of a refusal mentioning `subject` (the status arrives asynchronously). */
  async function refused(user: string, subject: string): Promise<void> {
    const logger = loggers.get(user);
    await eventually(`a refusal of ${subject} for ${user}`, () => logger?.refusals().some((l) => l.includes(`"${subject}"`)) ?? false, 5_000);
  }

  async function connect(user: string): Promise<Bus> {
    const logger = recordingLogger();
    loggers.set(user, logger);
    const bus = await Bus.connect({ servers: server.url, name: user, user, password: passwords[user] ?? '', logger });
    buses.push(bus);
    return bus;
  }

  before(async () => {
    const users = natsUsers(await loadFacilityConfig());
    const env: Record<string, string> = {};
    for (const { user } of users) {
      passwords[user] = `pw-${randomBytes(12).toString('hex')}`;
      env[passwordEnvVar(user)] = passwords[user];
    }
    // The committed file itself, next to a config that includes it (nats-server includes relative paths only).
    dir = await mkdtemp(join(tmpdir(), 'bl-nats-perms-'));
    await copyFile(PERMISSIONS_FILE, join(dir, 'permissions.conf'));
    await writeFile(join(dir, 'server.conf'), 'include "permissions.conf"\n');
    server = await startNatsServer({ configFile: join(dir, 'server.conf'), env });

    hostBl01 = await connect('device-host-BL01');
    beamline = await startSimBeamline({ bus: hostBl01, beamline: 'BL01', prefix: 'BL01:' });
    engine = await startRunEngine({ bus: await connect('run-engine-BL01'), beamline: 'BL01', heartbeatIntervalMs: 200 });

    hostBl02 = await connect('device-host-BL02');
    const service = await hostBl02.addService({ name: 'device-host', version: '0.0.1' });
    service.addEndpoint('set', subjects.deviceCommand('BL02', 'mono_energy', DeviceVerb.Set), v1.SetRequest, v1.StatusReply, async () => ({ success: true }));

    bl01User = await connect('BL01-user');
    bl01Observer = await connect('BL01-observer');
    bl02User = await connect('BL02-user');
    bl02Observer = await connect('BL02-observer');
    await Promise.all(buses.map((bus) => bus.flush()));
  });

  after(async () => {
    await engine?.stop().catch(() => undefined);
    await beamline?.close().catch(() => undefined);
    for (const bus of buses.reverse()) await bus.close().catch(() => undefined);
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("lets BL01's user set BL01's devices", async () => {
    const reply = await bl01User.request(subjects.deviceCommand('BL01', 'm1', DeviceVerb.Set), v1.SetRequest, setRequest(0.1), v1.StatusReply, QUICK);
    assert.equal(reply.success, true);
  });

  it("refuses BL02's user at the server when it sets a BL01 device, with a typed error naming the subject", async () => {
    const subject = subjects.deviceCommand('BL01', 'm1', DeviceVerb.Set);
    await assert.rejects(bl02User.request(subject, v1.SetRequest, setRequest(0.2), v1.StatusReply, QUICK), (error: unknown) => {
      assert.ok(error instanceof NatsPermissionDeniedError, String(error));
      assert.equal(error.code, ErrorCode.PermissionDenied);
      assert.equal(error.subject, subject);
      assert.equal(error.user, 'BL02-user');
      assert.match(error.message, /NATS user 'BL02-user' may not publish to 'bl\.v1\.dev\.BL01\.m1\.set'/);
      return true;
    });
    // Its own beamline is still its own.
    const reply = await bl02User.request(subjects.deviceCommand('BL02', 'mono_energy', DeviceVerb.Set), v1.SetRequest, setRequest(9000), v1.StatusReply, QUICK);
    assert.equal(reply.success, true);
  });

  it("lets BL01's observer read but not set, nor run plans", async () => {
    const read = await bl01Observer.request(subjects.deviceCommand('BL01', 'm1', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, QUICK);
    assert.ok(Object.keys(read.readings ?? {}).length > 0, 'a read returns readings');
    await assert.rejects(bl01Observer.request(subjects.deviceCommand('BL01', 'm1', DeviceVerb.Set), v1.SetRequest, setRequest(0.3), v1.StatusReply, QUICK), NatsPermissionDeniedError);
    await assert.rejects(new RunEngineClient(bl01Observer, 'BL01').submit('count', { detectors: ['det'] }), NatsPermissionDeniedError);
    const status = await new RunEngineClient(bl01Observer, 'BL01').status();
    assert.ok(status.state, 'an observer may ask for the plan status');
  });

  it("does not let BL01's device host serve BL02's devices nor publish BL02's readings", async () => {
    const service = await hostBl01.addService({ name: 'impostor', version: '0.0.1' });
    service.addEndpoint('read', subjects.deviceCommands('BL02', DeviceVerb.Read), v1.ReadRequest, v1.ReadReply, async () => ({ readings: {} }));
    await hostBl01.flush();
    await assert.rejects(bl02User.request(subjects.deviceCommand('BL02', 'i0', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, QUICK), NoResponderError);
    await refused('device-host-BL01', subjects.deviceCommands('BL02', DeviceVerb.Read));

    const seen: string[] = [];
    const sub = bl02Observer.subscribe(subjects.reading('BL02', 'i0'), v1.ReadingUpdate, (update) => seen.push(update.device ?? ''));
    await bl02Observer.flush();
    hostBl01.publish(subjects.reading('BL02', 'i0'), v1.ReadingUpdate, { beamline: 'BL02', device: 'from-BL01' });
    await hostBl01.flush();
    hostBl02.publish(subjects.reading('BL02', 'i0'), v1.ReadingUpdate, { beamline: 'BL02', device: 'from-BL02' });
    await hostBl02.flush();
    await bl02Observer.flush();
    sub.unsubscribe();
    assert.deepEqual(seen, ['from-BL02']);
    await refused('device-host-BL01', subjects.reading('BL02', 'i0'));
  });

  it("runs BL01's plan for BL01's user and streams its documents to BL01's observer only", async () => {
    const documents = await DocumentLog.start(bl01Observer, 'BL01', () => undefined);
    try {
      const item = await new RunEngineClient(bl01User, 'BL01').submit('count', { detectors: ['det'], num: 2 });
      const docs = await documents.untilStopped(item);
      assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'event', 'event', 'stop']);
      assert.equal(docs.at(-1)?.body['exit_status'], 'success');
    } finally {
      await documents.close();
    }
    let reader: StreamReader | undefined;
    await assert.rejects(
      (async () => {
        reader = await bl02Observer.readStream(DOCUMENT_STREAM, subjects.documents('BL01', '*'), v1.DocumentEnvelope, { kind: 'all' }, () => undefined);
      })(),
      (error: unknown) => /permissions violation/i.test(String((error as Error).message)),
    );
    await reader?.stop();
  });

  it("gives observers the facility's health but not another user's replies", async () => {
    const health = await openHealthBucket(bl02Observer);
    const records = await readHealthRecords(health);
    assert.ok(records.some(({ record }) => record.beamline === 'BL01' && record.name === 'm1'), "BL01's device host recorded its devices' health, which anyone known may read");

    bl02User.subscribe(`${inboxPrefix('BL01-user')}.>`, v1.ReadReply, () => undefined);
    await refused('BL02-user', `${inboxPrefix('BL01-user')}.>`);
  });

  it("gives the gateway every beamline's commands and documents, and nothing to serve", async () => {
    const gateway = await connect('gateway');
    const read = await gateway.request(subjects.deviceCommand('BL01', 'm1', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, QUICK);
    assert.ok(Object.keys(read.readings ?? {}).length > 0);
    const set = await gateway.request(subjects.deviceCommand('BL02', 'mono_energy', DeviceVerb.Set), v1.SetRequest, setRequest(9001), v1.StatusReply, QUICK);
    assert.equal(set.success, true);
    const reader = await gateway.readStream(DOCUMENT_STREAM, subjects.allDocuments(), v1.DocumentEnvelope, { kind: 'all' }, () => undefined);
    await reader.stop();
    assert.ok(reader.storedAtStart > 0, 'the documents of the earlier run are there to read');
    const service = await gateway.addService({ name: 'impostor', version: '0.0.1' });
    service.addEndpoint('set', subjects.deviceCommands('BL01', DeviceVerb.Set), v1.SetRequest, v1.StatusReply, async () => ({ success: false }));
    await gateway.flush();
    await refused('gateway', subjects.deviceCommands('BL01', DeviceVerb.Set));
  });

  it('refuses a wrong password when connecting', async () => {
    await assert.rejects(Bus.connect({ servers: server.url, name: 'intruder', user: 'BL01-staff', password: 'pw-wrong', connectTimeoutMs: 2_000 }), (error: unknown) => {
      assert.ok(error instanceof BrightlineError);
      assert.equal(error.code, ErrorCode.Unauthenticated);
      assert.match(error.message, /refused user 'BL01-staff'/);
      return true;
    });
  });

  it('never refused the device host or the run engine anything they do in normal work', () => {
    const refusals = ['device-host-BL01', 'run-engine-BL01', 'device-host-BL02'].flatMap((user) =>
      (loggers.get(user)?.refusals() ?? []).filter((l) => !l.includes('bl.v1.dev.BL02') && !l.includes('bl.v1.reading.BL02')).map((l) => `${user}: ${l}`),
    );
    assert.deepEqual(refusals, []);
  });
});
