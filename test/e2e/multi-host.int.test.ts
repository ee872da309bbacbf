/**
 * The facility spread over five hosts on one machine (network namespaces, test/harness/netns.ts):
 * three NATS nodes (the production config and users, deploy/nats/brightline-nats-auth.conf, one
 * node per host, routes over the lab's addresses, JetStream replicas=3), an IOC host running BL01's
 * simulated IOC and its device host (Channel Access over that host's own loopback), and a control
 * host running BL01's run engine, the supervisor, the gateway, and the CLI as a person would.
 * Each process logs in to NATS as its own user and is given one node ("home", so the test knows who
 * is where); it learns the other two from the cluster and moves to them when its node is lost.
 *
 * A. The IOC host's cable is pulled for a few seconds in the middle of a scan.
 * B. The cable of the NATS node the run engine is connected to is pulled in the middle of a scan,
 *    and put back once the run engine has moved to another node.
 *
 * What happened, with the times of real runs, is written up in deploy/multi-host.md.
 *   node --import tsx --test test/e2e/multi-host.int.test.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildDaemonBundle, type DaemonBundle } from '../../deploy/daemon-bundle.js';
import { loadFacilityConfig } from '../../deploy/facility-config.js';
import { natsUserName, natsUsers, passwordEnvVar } from '../../deploy/nats-permissions.js';
import { SUPERVISOR_PID_ENV } from '../../deploy/supervision-env.js';
import { Role } from '../../actors/transport/mod.js';
import { generateToken, hashToken } from '../../gateway/auth/token-store.js';
import { natsServerBinary } from '../harness/nats-server.js';
import { createNetnsLab, netnsUnavailable, type CommandResult, type LabProcess, type NetnsHost, type NetnsLab } from '../harness/netns.js';

const AUTH_CONFIG = fileURLToPath(new URL('../../deploy/nats/brightline-nats-auth.conf', import.meta.url));
const BL = 'BL01';
const CLIENT_PORT = 4222;
const CLUSTER_PORT = 6222;
const MONITOR = '127.0.0.1:8222';
const GATEWAY = '127.0.0.1:50051';
/** 30 points, each a 0.2 s exposure: a scan of about 8 s, cut after its fifth event. */
const POINTS = 30;
const LONG_SCAN = ['scan', 'det', 'm1', '0', '2.9', String(POINTS), '--json'];
const CUT_AFTER_EVENT = 5;
/** How long the IOC host stays cut off in A. */
const IOC_CUT_MS = 4_000;
const STEP_TIMEOUT_MS = 180_000;

const FACILITY = `
facility: multi-host
beamlines:
  - id: ${BL}
    title: a beamline whose IOC host is not its control host
    devices:
      - { name: m1, kind: motor, pv: 'ca://${BL}:m1' }
      - { name: det, kind: point-detector, pv: 'ca://${BL}:det', exposure_s: 0.2 }
    ioc:
      prefix: '${BL}:'
      port: 5101
      records:
        - { type: motor, name: m1, egu: mm, velo: 20, accl: 0.05, llm: -10, hlm: 10, prec: 3, value: 0 }
        - { type: calc, name: det, calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 1, D: 0.5, E: 10 }, egu: counts, prec: 1 }
`;

interface Doc {
  name: string;
  doc: Record<string, unknown>;
}

interface HealthRow {
  key: string;
  state: string;
  reason?: string;
}

const skip = await netnsUnavailable();

describe('the facility on five hosts (network namespaces), one cable pulled mid-scan', { skip: skip ?? false }, () => {
  let lab: NetnsLab;
  let dir: string;
  let bundle: DaemonBundle;
  let config: string;
  const passwords: Record<string, string> = {};
  const natsNodes = new Map<string, LabProcess>();
  const daemons = new Map<string, LabProcess>();
  let cliEnv: Record<string, string>;
  /** `brightline health` once the devices were ok after the start. */
  let atStart: HealthRow[] = [];
  /** The long scans, whose output the logs keep too. */
  const scans: LabProcess[] = [];
  let ctl: NetnsHost;
  let ioc: NetnsHost;

  const natsHosts = (): NetnsHost[] => ['nats-1', 'nats-2', 'nats-3'].map((n) => lab.host(n));
  const natsUrl = (host: NetnsHost): string => `nats://${host.address}:${CLIENT_PORT}`;
  const daemon = (name: string): LabProcess => {
    const found = daemons.get(name);
    if (!found) assert.fail(`no daemon ${name}`);
    return found;
  };

  /** The CLI in the control host, as its user runs it. */
  const cli = (args: readonly string[], timeoutMs = 60_000): Promise<CommandResult> => ctl.exec(process.execPath, [bundle.entry, ...args], { env: cliEnv, timeoutMs });

  before(async () => {
    lab = await createNetnsLab();
    dir = await mkdtemp(join(tmpdir(), 'brightline-multi-host-'));
    config = join(dir, 'facility.yaml');
    await writeFile(config, FACILITY);
    await mkdir(join(dir, 'state'));
    [bundle] = await Promise.all([buildDaemonBundle(), ...['nats-1', 'nats-2', 'nats-3', 'ioc', 'ctl'].map((name) => lab.addHost(name))]);
    ctl = lab.host('ctl');
    ioc = lab.host('ioc');

    // Every user of the committed permissions.conf needs a password, or the server refuses the config.
    for (const { user } of natsUsers(await loadFacilityConfig())) passwords[user] = `pw-${generateToken().replace(/[^A-Za-z0-9]/g, '')}`;
    const serverPasswords = Object.fromEntries(Object.entries(passwords).map(([user, password]) => [passwordEnvVar(user), password]));
    const routes = `[${natsHosts().map((h) => `nats-route://${h.address}:${CLUSTER_PORT}`).join(', ')}]`;
    for (const host of natsHosts()) {
      const node = host.spawn(natsServerBinary(), ['-c', AUTH_CONFIG], {
        label: 'nats-server',
        env: {
          ...serverPasswords,
          NATS_SERVER_NAME: host.name,
          NATS_LISTEN: `${host.address}:${CLIENT_PORT}`,
          NATS_MONITOR: MONITOR,
          NATS_CLUSTER_LISTEN: `${host.address}:${CLUSTER_PORT}`,
          NATS_STORE_DIR: join(dir, host.name),
          NATS_ROUTES: routes,
        },
      });
      natsNodes.set(host.name, node);
    }
    await Promise.all([...natsNodes.values()].map((node) => node.waitFor(/Server is ready/, 20_000)));
    await untilClusterReady(natsHosts(), 60_000);

    const token = generateToken();
    const usersFile = join(dir, 'gateway-users.yaml');
    await writeFile(usersFile, `users:\n  - user: ops\n    token_sha256: ${hashToken(token)}\n    operator: true\n`, { mode: 0o600 });
    cliEnv = { BRIGHTLINE_GATEWAY: GATEWAY, BRIGHTLINE_TOKEN: token, BRIGHTLINE_STATE_DIR: join(dir, 'state'), BRIGHTLINE_BEAMLINE: BL };

    const [nats1, nats2, nats3] = natsHosts() as [NetnsHost, NetnsHost, NetnsHost];
    const start = (host: NetnsHost, home: NetnsHost, role: Role, args: string[], instance?: string): void => {
      const user = natsUserName(role, instance);
      const child = host.spawn(process.execPath, [bundle.entry, role, ...args, '--config', config], {
        label: role,
        env: {
          NATS_URL: natsUrl(home),
          NATS_USER: user,
          NATS_PASSWORD: passwords[user] ?? '',
          BRIGHTLINE_JS_REPLICAS: '3',
          BRIGHTLINE_DATA_DIR: join(dir, 'data'),
          BRIGHTLINE_METRICS: '',
          // They leave by themselves if this test process is killed.
          [SUPERVISOR_PID_ENV]: String(process.pid),
        },
      });
      daemons.set(role, child);
    };
    start(ioc, nats2, Role.SimIoc, ['--beamline', BL], BL);
    start(ioc, nats2, Role.DeviceHost, ['--beamline', BL], BL);
    start(ctl, nats1, Role.RunEngine, ['--beamline', BL], BL);
    start(ctl, nats3, Role.Supervisor, []);
    start(ctl, nats3, Role.Gateway, ['--listen', GATEWAY, '--no-dashboard', '--users', usersFile]);
    await Promise.all([...daemons.values()].map((d) => d.waitFor(/serving|gRPC on/, 60_000)));
    atStart = await untilHealth('the devices of BL01 ok', (rows) => allOk(rows), 60_000);
  }, { timeout: STEP_TIMEOUT_MS });

  after(async () => {
    // BL_MULTI_HOST_LOGS=<dir> keeps every process's output there, one file each, to read afterwards.
    const logs = process.env['BL_MULTI_HOST_LOGS'];
    if (logs) {
      await mkdir(logs, { recursive: true });
      for (const p of [...daemons.values(), ...natsNodes.values(), ...scans]) await writeFile(join(logs, `${p.label.replace(/\W+/g, '-')}.log`), p.output);
    }
    await lab?.close();
    await bundle?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, { timeout: STEP_TIMEOUT_MS });

  it('runs a scan from the control host on devices of the IOC host, documents on three replicas', { timeout: STEP_TIMEOUT_MS }, async (t) => {
    const scan = await cli(['scan', 'det', 'm1', '0', '1', '5']);
    assert.equal(scan.code, 0, scan.stdout + scan.stderr);
    assert.match(scan.stdout, /ended: success \(5 events\)/);
    const stream = await streamInfo(lab.host('nats-2'), 'BL_DOCS');
    assert.equal(stream.replicas, 3);
    // The supervisor retries a health write that timed out (JetStream direct gets on a new replicated bucket): every process gets its row.
    if (unrecorded(atStart).length > 0) t.diagnostic(`when the devices were first ok, brightline health had no record yet of ${unrecorded(atStart).join(', ')}`);
    await untilHealth('a record of every process of BL01, all ok', (rows) => unrecorded(rows).length === 0 && allOk(rows), 30_000);
    const retried = linesSince(daemon(Role.Supervisor), 0, /health record .* (not written|written again)/);
    if (retried.length > 1) for (const line of retried) t.diagnostic(line);
    t.diagnostic(`placement: run engine on ${serverOf(daemon(Role.RunEngine))}, device host on ${serverOf(daemon(Role.DeviceHost))}, supervisor and gateway on ${serverOf(daemon(Role.Gateway))}; BL_DOCS led by ${stream.leader}`);
  });

  it('A: the IOC host cut off for a few seconds: the scan fails naming its device host, health shows it, then all is ok again', { timeout: STEP_TIMEOUT_MS }, async (t) => {
    const scan = startScan();
    await scan.waitFor(eventLine(CUT_AFTER_EVENT), 60_000);
    const cutAt = lab.now();
    await ioc.cut();
    const during = await untilHealth('BL01 m1 not ok', (rows) => stateOf(rows, `${BL}.m1`) !== 'ok', 30_000);
    const seenAt = lab.now();
    // Plugged back after IOC_CUT_MS, and not before the run has ended: its outcome is then known.
    const stopLine = await scan.waitFor(/"name":"stop"/, 60_000);
    const stoppedAt = lab.now();
    await sleep(Math.max(0, IOC_CUT_MS - (lab.now() - cutAt)));
    const restoredAt = lab.now();
    await ioc.restore();
    const { code } = await scan.exited;
    await untilHealth('every device and process of BL01 ok again', (rows) => allOk(rows), 60_000);
    const okAt = lab.now();

    const stop = (JSON.parse(stopLine.slice(stopLine.indexOf('{'))) as Doc).doc;
    t.diagnostic(`IOC host cut at event ${CUT_AFTER_EVENT}; health showed m1 ${stateOf(during, `${BL}.m1`)} (${reasonOf(during, `${BL}.m1`)}) ${seenAt - cutAt} ms after the cut`);
    t.diagnostic(`RunStop ${String(stop['exit_status'])} (${String(stop['reason'])}) seen by the CLI ${stoppedAt - cutAt} ms after the cut; CLI exit code ${code}`);
    t.diagnostic(`link restored ${restoredAt - cutAt} ms after the cut; every device and process ok ${okAt - restoredAt} ms after that`);
    for (const role of [Role.Supervisor, Role.RunEngine, Role.DeviceHost]) for (const line of linesSince(daemon(role), cutAt, /NATS|WARN|ERROR|device-host|sim-ioc/)) t.diagnostic(line);

    assert.equal(stateOf(during, `${BL}.m1`), 'disconnected');
    assert.match(reasonOf(during, `${BL}.m1`), /device host BL01 \(pid \d+\) stopped responding/);
    assert.equal(stop['exit_status'], 'fail');
    assert.match(String(stop['reason']), /device host of beamline 'BL01' lost during '\w+' of '\w+': it has sent no heartbeat for/);
    assert.equal(code, 1, 'the CLI exits 1 for a failed run');
    const followed = documentsOf(scan);
    const { docs } = await untilStored(String(followed[0]?.doc['uid'] ?? ''));
    assert.deepEqual(docs.map((d) => d.doc['uid']), followed.map((d) => d.doc['uid']), 'the CLI followed what was stored');
    await assertNextScanSucceeds();
  });

  it("B: the run engine's NATS node cut off: the engine moves to another node, the run ends with every document stored once", { timeout: STEP_TIMEOUT_MS }, async (t) => {
    const engine = daemon(Role.RunEngine);
    const node = natsHosts().find((h) => serverOf(engine) === h.address);
    assert.ok(node, `run engine on ${serverOf(engine)}, not on a node`);
    const leader = (await streamInfo(otherThan(node), 'BL_DOCS')).leader;
    const scan = startScan();
    await scan.waitFor(eventLine(CUT_AFTER_EVENT), 60_000);
    const cutAt = lab.now();
    await node.cut();
    // Bounded well below the NATS client's default (4 to 6 minutes: a ping every 2 min, stale at 2 out).
    const noticed = await waitForLineAfter(engine, /NATS disconnect/, cutAt, 60_000);
    const moved = await waitForLineAfter(engine, /NATS reconnect/, cutAt, 60_000);
    const { code } = await scan.exited;
    const cliEndedAt = lab.now();
    const stored = await untilStored(String(documentsOf(scan)[0]?.doc['uid'] ?? ''));
    const storedAt = lab.now();
    const restoredAt = lab.now();
    await node.restore();
    await untilClusterReady(natsHosts(), 60_000);
    const readyAt = lab.now();

    const stop = stored.docs.at(-1)?.doc ?? {};
    const cliSaw = documentsOf(scan).some((d) => d.name === 'stop') ? 'the RunStop' : (scan.lines().find((l) => /^error:/.test(l.text))?.text ?? '?');
    t.diagnostic(`${node.name} (the run engine's node; BL_DOCS led by ${leader}) cut at event ${CUT_AFTER_EVENT}`);
    t.diagnostic(`the run engine noticed ${noticed.at - cutAt} ms after the cut and was on ${serverOf(engine)} ${moved.at - cutAt} ms after it`);
    t.diagnostic(`the CLI ended ${cliEndedAt - cutAt} ms after the cut with exit code ${code}, having seen ${cliSaw}`);
    t.diagnostic(`RunStop ${String(stop['exit_status'])} (${String(stop['reason'] ?? '')}) after ${stored.events} events, read back ${storedAt - cutAt} ms after the cut${stored.failures.length > 0 ? `; replay failed ${stored.failures.length} times first (${stored.failures[0]})` : ''}`);
    t.diagnostic(`${node.name} restored ${restoredAt - cutAt} ms after the cut; JetStream current on all three again ${readyAt - restoredAt} ms later`);
    for (const role of [Role.RunEngine, Role.Gateway, Role.Supervisor]) for (const line of linesSince(daemon(role), cutAt, /NATS|WARN|ERROR|run-engine/)) t.diagnostic(line);

    assert.ok(noticed.at <= moved.at, 'the run engine noticed the dead link, then moved');
    assert.notEqual(/NATS reconnect \(([\d.]+)/.exec(moved.line)?.[1], node.address, 'the run engine moved to another node');
    assert.ok(['success', 'fail'].includes(String(stop['exit_status'])), JSON.stringify(stop));
    if (stop['exit_status'] === 'success') assert.equal(stored.events, POINTS);
    // Cut off, the engine hears no heartbeat of its device host either; its own unanswered ping tells
    // it the silence is its own, so it waits for its connection and names that, not the device host.
    else assert.match(String(stop['reason']), /the run engine lost its NATS connection during '\w+' of '\w+': the \w+ got no reply after a lost NATS connection and is not sent again/);
    assert.doesNotMatch(String(stop['reason'] ?? ''), /device host/, 'the device host, which was fine, is not blamed');
    assert.ok(linesSince(engine, cutAt, /waiting for it before judging the host/).length > 1, 'the engine said it waits for its own connection');
    assert.ok(code === 0 || code === 1, `the CLI exits 0 or 1, not ${code}`);
    await assertNextScanSucceeds();
    const health = await untilHealth('a health listing', () => true, 30_000);
    t.diagnostic(`brightline health after the next scan: ${health.map((r) => `${r.key}=${r.state}${r.state === 'ok' ? '' : ` (${r.reason ?? ''})`}`).join(', ')}`);
  });

  /** A long scan, followed by the CLI in the control host, JSON lines out. */
  function startScan(): LabProcess {
    const scan = ctl.spawn(process.execPath, [bundle.entry, ...LONG_SCAN], { env: cliEnv, label: `cli scan ${scans.length + 1}` });
    scans.push(scan);
    return scan;
  }

  async function assertNextScanSucceeds(): Promise<void> {
    let next = await cli(['scan', 'det', 'm1', '1', '0', '5']);
    for (let attempt = 1; next.code === 3 && attempt <= 3; attempt++) {
      // Exit 3: the gateway could not read JetStream (streams re-electing their leaders after the
      // node came back); a user waits a moment and runs it again, and so does this test.
      console.log(`next scan: exit 3 (${next.stderr.trim().split('\n').at(-1) ?? ''}); again in 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      next = await cli(['scan', 'det', 'm1', '1', '0', '5']);
    }
    assert.equal(next.code, 0, next.stdout + next.stderr);
    assert.match(next.stdout, /ended: success \(5 events\)/);
  }

  /**
   * The run as stored, read with `brightline replay` until it ends with its RunStop (while a node is
   * cut off, the gateway's read may time out first: UNAVAILABLE), and checked with assertWholeRun.
   */
  async function untilStored(runUid: string): Promise<{ docs: Doc[]; events: number; failures: string[] }> {
    assert.ok(runUid, 'the scan printed its RunStart');
    const failures: string[] = [];
    const deadline = Date.now() + 90_000;
    for (;;) {
      const replay = await cli(['replay', runUid, '--json']);
      const docs = parseDocs(replay.stdout);
      if (replay.code === 0 && docs.at(-1)?.name === 'stop') return { docs, events: assertWholeRun(docs), failures };
      failures.push(`exit ${replay.code}: ${replay.stderr.trim() || 'no RunStop yet'}`);
      if (Date.now() > deadline) assert.fail(`run ${runUid} not read back with its RunStop: ${failures.slice(-3).join('; ')}`);
      await sleep(500);
    }
  }

  async function untilHealth(what: string, predicate: (rows: HealthRow[]) => boolean, timeoutMs: number): Promise<HealthRow[]> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const result = await cli(['health', '--json', '--beamline', BL], 15_000);
      if (result.code === 0) {
        const rows = result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as HealthRow);
        if (predicate(rows)) return rows;
        last = rows.map((r) => `${r.key}=${r.state}`).join(' ');
      } else {
        last = `exit ${result.code}: ${result.stderr.trim()}`;
      }
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what} (last: ${last})`);
      await sleep(200);
    }
  }

  /** JetStream's meta group agrees on a leader and every node is a current peer. */
  async function untilClusterReady(hosts: readonly NetnsHost[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const views = await Promise.all(hosts.map((h) => monitor<{ meta_cluster?: { leader?: string; replicas?: Array<{ name: string; current: boolean; offline?: boolean }> } }>(h, '/jsz')));
      const leaders = new Set(views.map((v) => v?.meta_cluster?.leader ?? ''));
      const [leader] = leaders;
      const leaderView = views[hosts.findIndex((h) => h.name === leader)];
      const others = hosts.filter((h) => h.name !== leader);
      if (leaders.size === 1 && leader && others.every((h) => leaderView?.meta_cluster?.replicas?.some((p) => p.name === h.name && p.current && !p.offline))) return;
      last = hosts.map((h, i) => `${h.name}: leader '${views[i]?.meta_cluster?.leader ?? '?'}'`).join(', ');
      if (Date.now() > deadline) assert.fail(`NATS cluster not ready within ${timeoutMs} ms (${last})`);
      await sleep(200);
    }
  }

  async function streamInfo(host: NetnsHost, stream: string): Promise<{ replicas: number; leader: string }> {
    type Jsz = { account_details?: Array<{ stream_detail?: Array<{ name: string; config?: { num_replicas?: number }; cluster?: { leader?: string } }> }> };
    const jsz = await monitor<Jsz>(host, '/jsz?accounts=true&streams=true&config=true');
    const found = jsz?.account_details?.flatMap((a) => a.stream_detail ?? []).find((s) => s.name === stream);
    if (!found) assert.fail(`${host.name} does not know stream ${stream}`);
    return { replicas: found.config?.num_replicas ?? 0, leader: found.cluster?.leader ?? '' };
  }

  /** A node's monitoring endpoint, read from inside its host; undefined while it does not answer. */
  async function monitor<T>(host: NetnsHost, path: string): Promise<T | undefined> {
    const result = await host.exec('curl', ['-s', '--max-time', '2', `http://${MONITOR}${path}`], { timeoutMs: 5_000 });
    if (result.code !== 0) return undefined;
    try {
      return JSON.parse(result.stdout) as T;
    } catch {
      return undefined;
    }
  }

  function otherThan(host: NetnsHost): NetnsHost {
    return natsHosts().find((h) => h !== host) ?? assert.fail('one node only');
  }
});

/** One start first, one stop last, each document once, events seq_num 1..N with N the stop's count; returns N. */
function assertWholeRun(docs: readonly Doc[]): number {
  assert.equal(docs[0]?.name, 'start');
  assert.equal(docs.at(-1)?.name, 'stop');
  assert.equal(docs.filter((d) => d.name === 'start').length, 1);
  assert.equal(docs.filter((d) => d.name === 'stop').length, 1);
  assert.equal(new Set(docs.map((d) => d.doc['uid'])).size, docs.length, 'no document stored twice');
  const stop = docs.at(-1)?.doc ?? {};
  const events = (stop['num_events'] as Record<string, number> | undefined)?.['primary'] ?? 0;
  assert.deepEqual(docs.filter((d) => d.name === 'event').map((d) => d.doc['seq_num']), Array.from({ length: events }, (_, i) => i + 1));
  return events;
}

function eventLine(seqNum: number): RegExp {
  return new RegExp(`^\\{"name":"event".*"seq_num":${seqNum}[,}]`);
}

function parseDocs(text: string): Doc[] {
  return text.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Doc).filter((d) => typeof d.doc === 'object' && d.name !== 'result');
}

/** The documents a `scan --json` printed (its output lines after the arrival stamp). */
function documentsOf(scan: LabProcess): Doc[] {
  return parseDocs(scan.lines().map((line) => line.text).join('\n'));
}

/** The NATS server (its address) a daemon is connected to now, from its log. */
function serverOf(daemon: LabProcess): string {
  const lines = daemon.lines().filter(({ text }) => /serving \(NATS |NATS reconnect \(/.test(text));
  return /(?:serving \(NATS |NATS reconnect \()(?:nats:\/\/)?([\d.]+)/.exec(lines.at(-1)?.text ?? '')?.[1] ?? '?';
}

/** Waits for a line matching `pattern` that arrived after `since` (ms of the lab clock). */
async function waitForLineAfter(daemon: LabProcess, pattern: RegExp, since: number, timeoutMs: number): Promise<{ line: string; at: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = daemon.lines().find(({ at, text }) => at >= since && pattern.test(text));
    if (found) return { line: found.text, at: found.at };
    if (Date.now() > deadline) assert.fail(`${daemon.label}: no line matching ${pattern} within ${timeoutMs} ms\n${daemon.output.split('\n').slice(-30).join('\n')}`);
    await sleep(50);
  }
}

/** What a daemon logged (matching `pattern`) from `since` on, each line with its ms after `since`, for diagnostics. */
function linesSince(daemon: LabProcess, since: number, pattern: RegExp, limit = 12): string[] {
  const lines = daemon.lines().filter(({ at, text }) => at >= since && pattern.test(text)).map(({ at, text }) => `  +${at - since} ms ${text.replace(/^\S+ /, '')}`);
  return [`${daemon.label} after the cut:${lines.length === 0 ? ' nothing' : ''}`, ...lines.slice(0, limit)];
}

function stateOf(rows: readonly HealthRow[], key: string): string | undefined {
  return rows.find((r) => r.key === key)?.state;
}

function reasonOf(rows: readonly HealthRow[], key: string): string {
  return rows.find((r) => r.key === key)?.reason ?? '';
}

/** BL01's devices are ok, and so is every other record of BL01 there is. */
function allOk(rows: readonly HealthRow[]): boolean {
  return stateOf(rows, `${BL}.m1`) === 'ok' && stateOf(rows, `${BL}.det`) === 'ok' && rows.every((r) => r.state === 'ok');
}

/** The processes of BL01 `brightline health` has no record of. */
function unrecorded(rows: readonly HealthRow[]): string[] {
  return [Role.SimIoc, Role.DeviceHost, Role.RunEngine].map((role) => `proc.${role}.${BL}`).filter((key) => stateOf(rows, key) === undefined);
}
