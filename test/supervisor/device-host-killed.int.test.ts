/**
 * A device host killed with SIGKILL (no goodbye, no cleanup) under a running `brightline supervisor`:
 * the supervisor marks the host's process record and every device it served `disconnected`, a
 * restarted host brings them back to ok, and `brightline health` shows it all. Real processes,
 * started with the CLI as a person would. The detection latency is printed, not asserted.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brightline } from '../../gen/proto.js';
import { Bus, HEALTH_BUCKET, Role, subjects, type KvBucket } from '../../actors/transport/mod.js';
import type { HealthRecord } from '../../actors/supervisor/health-model.js';
import { readHealthRecords } from '../../actors/supervisor/health-store.js';
import { CliToken, freePort, runCli, startCli, startCliGateway, type CliGateway, type CliProcess } from '../harness/cli-process.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { eventuallyValue } from '../harness/waits.js';

const v1 = brightline.v1;
const BL = 'BL01';
const DEVICES = ['m1', 'det', 'shutter'];

const FACILITY = `
facility: health-e2e
beamlines:
  - id: ${BL}
    title: device host killed test beamline
    devices:
      - { name: m1, kind: motor, pv: 'ca://HK:m1' }
      - { name: det, kind: point-detector, pv: 'ca://HK:det', exposure_s: 0.01 }
      - { name: shutter, kind: shutter, pv: 'ca://HK:shutter' }
    ioc:   # served in-process by the device host (--signals sim)
      prefix: 'HK:'
      port: 5199
      records:
        - { type: motor, name: m1, egu: mm, velo: 1, accl: 0.05, llm: -10, hlm: 10, prec: 3, value: 0 }
        - { type: calc, name: det, calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 0.5, D: 0.5, E: 10 }, egu: counts, prec: 1 }
        - { type: bo, name: shutter, znam: closed, onam: open, value: 0 }
`;

describe('a device host killed under the supervisor', () => {
  let nats: NatsServerHandle;
  let dir: string;
  let config: string;
  let env: Record<string, string>;
  let bus: Bus;
  let bucket: KvBucket;
  let supervisor: CliProcess | undefined;
  let host: CliProcess | undefined;
  let watcher: CliProcess | undefined;
  let gateway: CliGateway | undefined;

  const records = async (): Promise<Map<string, HealthRecord>> =>
    new Map((await readHealthRecords(bucket)).map(({ record }) => [record.key, record]));
  /** Resolves with the records once every key in `keys` passes `test`. */
  const until = (what: string, keys: readonly string[], test: (r: HealthRecord) => boolean): Promise<Map<string, HealthRecord>> =>
    eventuallyValue(what, async () => {
      const all = await records();
      return keys.every((k) => { const r = all.get(k); return r !== undefined && test(r); }) ? all : undefined;
    });
  const deviceKeys = DEVICES.map((d) => `${BL}.${d}`);
  const hostKey = `proc.device-host.${BL}`;

  const startHost = async (): Promise<CliProcess> => {
    const child = startCli(['device-host', '--beamline', BL, '--signals', 'sim', '--config', config], env);
    await child.waitFor(/devices of BL01 ready/, 60_000);
    return child;
  };

  before(async () => {
    nats = await startNatsServer();
    dir = await mkdtemp(join(tmpdir(), 'brightline-health-'));
    config = join(dir, 'facility.yaml');
    await writeFile(config, FACILITY);
    bus = await Bus.connect({ servers: nats.url, name: 'health-observer' });
    // The daemons speak NATS; `brightline health` asks the gateway, as an observer would.
    gateway = await startCliGateway({ bus, beamlines: [BL] });
    env = { NATS_URL: nats.url, BRIGHTLINE_DATA_DIR: join(dir, 'data'), ...gateway.env(CliToken.Observer) };
    bucket = await bus.kv(HEALTH_BUCKET);
    supervisor = startCli(['supervisor'], env);
    await supervisor.waitFor(/supervising/, 60_000);
  });

  after(async () => {
    await watcher?.kill();
    await host?.kill();
    await supervisor?.kill();
    await gateway?.stop();
    await bus?.close();
    await nats?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('marks the killed host and its devices disconnected, and ok again once it is restarted', async () => {
    host = await startHost();
    const pid = host.child.pid;
    await until('the devices and the host ok', [...deviceKeys, hostKey], (r) => r.state === 'ok');

    watcher = startCli(['health', '--watch', '--json', '--beamline', BL], env);
    await watcher.waitFor(/"key":"proc\.device-host\.BL01"/, 60_000);

    // The host's heartbeats tell us when it was last heard from; the kill comes just after one.
    let lastBeat = 0;
    const sub = bus.subscribe(subjects.heartbeat(Role.DeviceHost, BL), v1.Heartbeat, () => (lastBeat = Date.now()));
    await eventuallyValue('a heartbeat', async () => (lastBeat > 0 ? true : undefined));
    const killedAt = Date.now();
    await host.kill('SIGKILL');
    sub.unsubscribe();

    const marked = await until('the devices marked disconnected', [...deviceKeys, hostKey], (r) => r.state === 'disconnected');
    const seenAt = Date.now();
    for (const key of deviceKeys) {
      assert.equal(marked.get(key)?.reason, `device host ${BL} (pid ${pid}) stopped responding`, key);
    }
    assert.match(marked.get(hostKey)?.reason ?? '', new RegExp(`^no heartbeat for \\d+\\.\\d s \\(pid ${pid}\\)$`));
    // updated_at is the supervisor's clock at the write, on this same machine.
    const written = Math.max(...deviceKeys.map((k) => (marked.get(k)?.updated_at ?? 0) * 1000));
    console.log(
      `# detection latency: devices marked disconnected in KV ${Math.round(written - killedAt)} ms after the SIGKILL ` +
        `(${Math.round(written - lastBeat)} ms after the host's last heartbeat; seen by polling after ${seenAt - killedAt} ms)`,
    );
    const logged = await supervisor?.waitFor(/device host BL01 \(pid \d+\) stopped responding after .*: marked 3 of its devices/, 10_000);
    console.log(`# supervisor: ${logged?.replace(/^.*\[supervisor\] /, '')}`);

    await watcher.waitFor(/"key":"BL01\.m1".*"state":"disconnected"/, 20_000);

    host = await startHost();
    const back = await until('the devices and the host ok again', [...deviceKeys, hostKey], (r) => r.state === 'ok');
    assert.equal(back.get(hostKey)?.reason, `restarted (was pid ${pid})`);
    assert.match(back.get(hostKey)?.detail ?? '', new RegExp(`^pid ${host.child.pid}, up since`));
    for (const key of deviceKeys) assert.match(back.get(key)?.incarnation ?? '', new RegExp(`^${host.child.pid}@`));
    await watcher.waitFor(/"key":"proc\.device-host\.BL01".*"reason":"restarted/, 20_000);
  });

  it('`brightline health --json` prints one record per line for scripts, and the table for people', async () => {
    const { code, stdout, stderr } = await runCli(['health', '--json', '--beamline', BL], env);
    assert.equal(code, 0, stderr);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(lines.map((r) => r['key']), [hostKey, `${BL}.det`, `${BL}.m1`, `${BL}.shutter`], 'processes first, then devices by name');
    for (const r of lines) {
      assert.equal(r['beamline'], BL);
      assert.equal(r['state'], 'ok', JSON.stringify(r));
      assert.equal(typeof r['since'], 'number');
    }
    assert.deepEqual(Object.keys(lines[1] ?? {}).sort(), [
      'alarm_severity', 'beamline', 'detail', 'held_by', 'incarnation', 'key', 'kind', 'name', 'owner', 'reason', 'since', 'state', 'updated_at',
    ]);

    const everything = await runCli(['health'], env);
    assert.equal(everything.code, 0, everything.stderr);
    const [summaryLine, header, ...rows] = everything.stdout.trimEnd().split('\n');
    assert.match(summaryLine ?? '', /^5 records: 5 ok$/, everything.stdout);
    assert.match(header ?? '', /^BEAMLINE\s+NAME\s+KIND\s+STATE\s+SINCE\s+HELD BY\s+REASON$/);
    assert.match(rows[0] ?? '', /^-\s+supervisor\/facility\s+process\s+OK\s+\d+(s|m\d\ds)\s+-\s+-$/);
    assert.match(rows[1] ?? '', /^BL01\s+device-host\s+process\s+OK\s+\d+s\s+-\s+restarted \(was pid \d+\)$/);
  });

  it('says clearly when the gateway cannot be reached, with exit code 3; a bad option is exit 2', async () => {
    const nowhere = await runCli(['health'], { ...env, BRIGHTLINE_GATEWAY: `127.0.0.1:${await freePort()}` });
    assert.equal(nowhere.code, 3);
    assert.match(nowhere.stderr, /^brightline health: cannot reach the brightline gateway at 127\.0\.0\.1:\d+/);
    assert.match(nowhere.stderr, /brightline up/);
    const bad = await runCli(['health', '--beamline', 'no such'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'no such' is not a beamline name/);
  });
});
