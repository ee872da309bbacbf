/**
 * A real external client in CI: Python's grpcio (Debian's python3-grpcio) with stubs that
 * grpc_tools (python3-grpc-tools) generates from proto/ at test time runs a scan through the
 * gateway, streams its documents, lists runs, and is refused where its roles say so.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Bus } from '../../actors/transport/mod.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { startGateway, type Gateway } from '../../gateway/server.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const run = promisify(execFile);
const BEAMLINE = 'BL01';
const POINTS = 5;
const REPO = resolve(import.meta.dirname, '..', '..');

const identities = new Map<string, Identity>([
  ['token-alice', { user: 'alice', operator: false, roles: new Map([[BEAMLINE, BeamlineRole.User]]) }],
  ['token-bob', { user: 'bob', operator: false, roles: new Map([[BEAMLINE, BeamlineRole.Observer]]) }],
]);

interface Seen {
  whoami: { user: string; roles: Record<string, string> };
  item_uid: string;
  run_uid: string;
  documents: Array<{ name: string; doc: Record<string, unknown> }>;
  runs: Array<{ run_uid: string; plan_name: string; exit_status: string; user: string; num_events: number; start: Record<string, unknown> }>;
  denied: { code: string; details: string };
  no_token: { code: string; details: string };
}

describe('a Python grpcio client with stubs generated from proto/', () => {
  let server: NatsServerHandle;
  const buses: Bus[] = [];
  let beamline: SimBeamline;
  let engine: RunEngineHost;
  let gateway: Gateway;
  let outDir: string;

  before(async () => {
    server = await startNatsServer();
    const connect = async (name: string): Promise<Bus> => {
      const bus = await Bus.connect({ servers: server.url, name });
      buses.push(bus);
      return bus;
    };
    beamline = await startSimBeamline({ bus: await connect('device-host'), beamline: BEAMLINE, prefix: 'PY:' });
    engine = await startRunEngine({ bus: await connect('run-engine'), beamline: BEAMLINE, heartbeatIntervalMs: 200 });
    gateway = await startGateway({ bus: await connect('gateway'), listen: '127.0.0.1:0', identify: (token) => identities.get(token) });
    outDir = await mkdtemp(join(tmpdir(), 'bl-pystubs-'));
  });

  after(async () => {
    await gateway?.stop();
    await engine?.stop();
    await beamline?.close();
    for (const bus of buses) await bus.close();
    await server?.stop();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('runs a scan, streams its documents from RunStart to RunStop, and is refused what its roles do not allow', async () => {
    const args = [
      join(REPO, 'test/gateway/python/facility_client.py'),
      ...['--gateway', gateway.address, '--token', 'token-alice', '--observer-token', 'token-bob', '--beamline', BEAMLINE],
      ...['--motor', 'm1', '--detector', 'det', '--points', String(POINTS), '--proto-dir', join(REPO, 'proto'), '--out-dir', outDir],
    ];
    // The system Python (Debian's packages), isolated from the repository's own folders and any virtualenv.
    const { stdout } = await run('/usr/bin/python3', ['-I', ...args], { timeout: 150_000 });
    const seen = JSON.parse(stdout) as Seen;

    assert.equal(seen.whoami.user, 'alice');
    assert.deepEqual(seen.whoami.roles, { [BEAMLINE]: 'user' });

    const names = seen.documents.map((d) => d.name);
    assert.equal(names[0], 'start', 'the stream begins with the RunStart, however late the client joined');
    assert.equal(names.at(-1), 'stop');
    const start = seen.documents[0]!.doc;
    assert.equal(start['uid'], seen.run_uid);
    assert.equal(start['plan_name'], 'scan');
    assert.equal(start['sample'], 'python-client', 'user metadata reaches the RunStart');
    assert.equal(start['user'], 'alice', 'the RunStart names the user of the token');
    const seqNums = seen.documents
      .flatMap((d) => (d.name === 'event' ? [d.doc['seq_num']] : d.name === 'event_page' ? ((d.doc['seq_num'] as number[] | undefined) ?? []) : []))
      .map(Number);
    assert.deepEqual(seqNums, Array.from({ length: POINTS }, (_, i) => i + 1), 'every point once, in order');
    assert.equal(seen.documents.at(-1)!.doc['exit_status'], 'success');

    const listed = seen.runs.find((r) => r.run_uid === seen.run_uid);
    assert.ok(listed, 'ListRuns shows the run');
    assert.equal(listed.plan_name, 'scan');
    assert.equal(listed.exit_status, 'success');
    assert.equal(listed.num_events, POINTS);
    assert.equal(listed.user, 'alice', 'the run belongs to the token, not to the user field the client sent');

    assert.equal(seen.denied.code, 'PERMISSION_DENIED');
    assert.match(seen.denied.details, /needs the user role/);
    assert.match(seen.denied.details, /bob/);
    assert.equal(seen.no_token.code, 'UNAUTHENTICATED');
  });
});
