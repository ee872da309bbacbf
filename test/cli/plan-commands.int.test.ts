// The plan verbs of the CLI (plans, run, status, pause, resume, abort, queue, runs, replay), run as
// real `brightline` processes through a gateway to BL01's run engine (in this process) and device
// host, its devices on the beamline's simulated IOC records in-process (`--signals sim`), on a
// private nats-server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Bus } from '../../actors/transport/mod.js';
import { parseDeviceConfigs, startDeviceHost, type DeviceHost } from '../../actors/device/mod.js';
import { planRegistry } from '../../actors/plan/plan-registry.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { beamlineSignals, SignalMode } from '../../cli/device-host-signals.js';
import { CliError, ExitCode } from '../../cli/exit-codes.js';
import { parseSubmission } from '../../cli/plan-args.js';
import { resolvePrefix } from '../../cli/plan-uids.js';
import { findBeamline, loadFacilityConfig } from '../../deploy/facility-config.js';
import { silentLogger } from '../../lib/log.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { CliToken, runCli, startCli, startCliGateway, type CliGateway, type CliProcess } from '../harness/cli-process.js';

interface QueueJson {
  items: Array<{ item_uid: string; plan_name: string }>;
  started: boolean;
}
interface HistoryJson {
  item: { item_uid: string; plan_name: string };
  exit_status: string;
  reason: string;
  run_uids: string[];
}
interface RunJson {
  run_uid: string;
  scan_id: number;
  plan_name: string;
  plan_item_uid: string;
  exit_status: string;
  num_events: number;
}

const LONG_SCAN = ['run', 'scan', 'detectors=det', 'motor=m1', 'start=-5', 'stop=5', 'num=40', '--no-follow'];

describe('plan commands of the CLI against a run engine and a device host', () => {
  let nats: NatsServerHandle;
  let hostBus: Bus;
  let engineBus: Bus;
  let dataDir: string;
  let host: DeviceHost;
  let engine: RunEngineHost;
  let gatewayBus: Bus;
  let gateway: CliGateway;
  let env: Record<string, string>;
  let watch: CliProcess;
  let pausedItem = '';
  let abortedItem = '';

  const cli = (...args: string[]) => runCli(args, env);
  const output = (result: { stdout: string; stderr: string }): string => `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await cli(...args, '--json');
    assert.equal(result.code, 0, output(result));
    return JSON.parse(result.stdout) as T;
  };
  const itemOf = (stdout: string): string => /\(plan ([0-9a-f-]{36})\)/.exec(stdout)?.[1] ?? assert.fail(`no item uid in:\n${stdout}`);
  /** Polls the queue's history (through the CLI) until the item is in it. */
  const finished = async (itemUid: string, timeoutMs = 60_000): Promise<HistoryJson> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const entry = (await json<HistoryJson[]>('queue', 'history')).find((e) => e.item.item_uid === itemUid);
      if (entry) return entry;
      if (Date.now() > deadline) assert.fail(`item ${itemUid} did not finish within ${timeoutMs} ms`);
      await sleep(250);
    }
  };

  before(async () => {
    nats = await startNatsServer();
    hostBus = await Bus.connect({ servers: nats.url, name: 'plan-commands-host' });
    engineBus = await Bus.connect({ servers: nats.url, name: 'plan-commands-engine' });
    dataDir = await mkdtemp(join(tmpdir(), 'bl-plan-commands-'));
    const config = await loadFacilityConfig();
    const beamline = findBeamline(config, 'BL01');
    const { signals, close } = await beamlineSignals(config, beamline, SignalMode.Sim, silentLogger);
    const devices = parseDeviceConfigs(beamline.devices, 'BL01');
    host = await startDeviceHost({ bus: hostBus, beamline: 'BL01', devices, signals, dataDir, heartbeatIntervalMs: 500, onStopped: close });
    engine = await startRunEngine({ bus: engineBus, beamline: 'BL01', heartbeatIntervalMs: 500 });
    gatewayBus = await Bus.connect({ servers: nats.url, name: 'plan-commands-gateway' });
    gateway = await startCliGateway({ bus: gatewayBus });
    // NATS_URL points where nothing listens: a command that still went to the bus instead of the gateway fails.
    env = { ...gateway.env(CliToken.Staff), NATS_URL: 'nats://127.0.0.1:1', BRIGHTLINE_BEAMLINE: 'BL01' };
    // One watcher for the whole file: plain lines (not a terminal), one per change.
    watch = startCli(['status', '--watch'], env);
    await watch.waitFor(/\bidle\b/);
  });

  after(async () => {
    await watch?.kill('SIGINT');
    await gateway?.stop();
    await gatewayBus?.close();
    await engine?.stop();
    await host?.stop();
    await engineBus?.close();
    await hostBus?.close();
    await nats?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('lists the registered plans with their parameters', async () => {
    const result = await cli('plans');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^grid_scan: Read detectors at every point of a grid/m);
    assert.match(result.stdout, /^ {2}usage: brightline run grid_scan detectors=DEV\[,DEV\.\.\.\] axes=JSON$/m);
    assert.match(result.stdout, /^ {2}axes\s+grid_axes\s+required\s+one \[motor, start, stop, num\]/m);
    assert.match(result.stdout, /^ {2}num\s+integer\s+default 1\s+number of readings \(>= 1\)$/m);
    const plans = await json<Array<{ name: string; params: Array<{ name: string }> }>>('plans');
    assert.deepEqual(plans.map((p) => p.name), [...planRegistry.keys()]);
    assert.deepEqual(plans.find((p) => p.name === 'grid_scan')?.params.map((p) => p.name), ['detectors', 'axes']);
  });

  it('shows an idle run engine, and exits 3 when a beamline has none', async () => {
    const result = await cli('status');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^BL01: idle$/m);
    assert.match(result.stdout, /^ {2}queue\s+0 waiting, (started|stopped)$/m);
    assert.equal((await json<{ state: string }>('status')).state, 'idle');

    // The operator, who may act on every beamline: anyone else would be refused BL09 before it is looked for.
    const operator = { ...env, ...gateway.env(CliToken.Operator) };
    for (const args of [['status'], ['pause'], ['run', 'count', 'detectors=det'], ['queue', 'list']]) {
      const missing = await runCli([...args, '--beamline', 'BL09'], operator);
      assert.equal(missing.code, 3, output(missing));
      assert.match(missing.stderr, /no run engine for BL09 is running; start the facility with \.\/brightline up/);
    }
  });

  it('runs count with three readings and follows it to success', async () => {
    const result = await cli('run', 'count', 'detectors=det', 'num=3');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^count submitted to BL01 \(plan [0-9a-f-]{36}\)$/m);
    assert.match(result.stdout, /\| seq_num \|\s+time \|\s+det \|/);
    assert.equal(result.stdout.match(/^\|\s+\d \|/gm)?.length, 3, output(result));
    assert.match(result.stdout, /ended: success \(3 events\)/);

    const lines = await cli('run', 'count', 'detectors=det', 'num=2', '--md', 'sample=lysozyme', '--md', 'temperature=100', '--json');
    assert.equal(lines.code, 0, output(lines));
    const docs = lines.stdout.trim().split('\n').map((line) => JSON.parse(line) as { name: string; doc: Record<string, unknown> });
    assert.deepEqual(docs.map((d) => d.name), ['start', 'descriptor', 'event', 'event', 'stop']);
    assert.equal(docs[0]?.doc['sample'], 'lysozyme');
    assert.equal(docs[0]?.doc['temperature'], 100);
  });

  it('prints what a plan returns: tune_centroid its centroid', async () => {
    const result = await cli('run', 'tune_centroid', 'detectors=det', 'signal=det', 'motor=m1', 'start=-1', 'stop=2', 'min_step=0.3', 'num=5');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /ended: success/);
    const centroid = Number(/^result: \{"centroid":(-?[\d.e-]+),"converged":true/m.exec(result.stdout)?.[1]);
    assert.ok(centroid > -1 && centroid < 2, output(result));
  });

  it('refuses bad arguments with every problem listed (exit 2) before anything is sent', async () => {
    const result = await cli('run', 'scan', 'detectors=det', 'motor=m1', 'start=abc', 'num=2.5', 'speed=3');
    assert.equal(result.code, 2, output(result));
    assert.match(result.stderr, /invalid arguments for plan 'scan':/);
    assert.match(result.stderr, /- 'start' must be a number, got 'abc'/);
    assert.match(result.stderr, /- 'num' must be a whole number, got '2\.5'/);
    assert.match(result.stderr, /- unexpected argument 'speed'/);
    assert.match(result.stderr, /- missing required argument 'stop' \(a number\)/);
    assert.match(result.stderr, /usage: brightline run scan detectors=DEV\[,DEV\.\.\.\] motor=DEV start=NUMBER stop=NUMBER num=INTEGER/);
    assert.doesNotMatch(result.stderr, /missing required argument 'start'/);

    const unknown = await cli('run', 'nosuch');
    assert.equal(unknown.code, 2, output(unknown));
    assert.match(unknown.stderr, /unknown plan 'nosuch'; known plans: count, scan/);
    // The run engine checks the devices: the beamline has none of that name.
    const device = await cli('run', 'count', 'detectors=nodet');
    assert.equal(device.code, 2, output(device));
    assert.match(device.stderr, /BL01 has no device 'nodet'/);
    assert.equal((await json<QueueJson>('queue', 'list')).items.length, 0);
  });

  it('adds, lists, moves and removes queue items by uid prefix, then runs the queue', async () => {
    // A stopped queue holds what is added, so it can be arranged before it runs.
    const stopped = await cli('queue', 'stop');
    assert.equal(stopped.code, 0, output(stopped));
    assert.match(stopped.stdout, /^BL01 queue stopped: the running item finishes, no other starts$/m);
    assert.match(stopped.stdout, /^BL01 queue: stopped, 0 items$/m);
    const first = await json<{ item_uid: string; position: number }>('queue', 'add', 'count', 'detectors=det', 'num=2');
    const second = await json<{ item_uid: string; position: number }>('queue', 'add', 'scan', 'detectors=det', 'motor=m1', 'start=0', 'stop=1', 'num=2');
    assert.deepEqual([first.position, second.position], [0, 1]);
    const listed = await cli('queue', 'list');
    assert.equal(listed.code, 0, output(listed));
    assert.match(listed.stdout, /^BL01 queue: stopped, 2 items$/m);
    assert.match(listed.stdout, new RegExp(`^\\s*0\\s+${first.item_uid.slice(0, 8)}\\s+queued\\s+count\\s+detectors=det num=2`, 'm'), output(listed));
    assert.match(listed.stdout, new RegExp(`^\\s*1\\s+${second.item_uid.slice(0, 8)}\\s+queued\\s+scan\\s`, 'm'));

    const moved = await cli('queue', 'move', second.item_uid.slice(0, 6), '0');
    assert.equal(moved.code, 0, output(moved));
    assert.match(moved.stdout, new RegExp(`^moved item ${second.item_uid.slice(0, 8)} to position 0$`, 'm'));
    assert.deepEqual((await json<QueueJson>('queue', 'list')).items.map((i) => i.item_uid), [second.item_uid, first.item_uid]);

    const unknown = await cli('queue', 'remove', 'zzzz');
    assert.equal(unknown.code, 1, output(unknown));
    assert.match(unknown.stderr, /no queued item in the queue of BL01 has a uid starting with 'zzzz' \(2 queued items\)/);
    const removed = await cli('queue', 'remove', first.item_uid.slice(0, 6));
    assert.equal(removed.code, 0, output(removed));
    assert.deepEqual((await json<QueueJson>('queue', 'list')).items.map((i) => i.item_uid), [second.item_uid]);

    const started = await cli('queue', 'start');
    assert.equal(started.code, 0, output(started));
    assert.match(started.stdout, /^BL01 queue started$/m);
    const entry = await finished(second.item_uid);
    assert.equal(entry.exit_status, 'success');
    const history = await cli('queue', 'history', '--limit', '3');
    assert.equal(history.code, 0, output(history));
    assert.match(history.stdout, /^FINISHED\s+ITEM\s+PLAN\s+STATUS\s+TOOK\s+RUNS\s+REASON \/ RESULT$/m);
    assert.match(history.stdout, new RegExp(`\\s${second.item_uid.slice(0, 8)}\\s+scan\\s+success\\s`));
    assert.equal((await json<QueueJson>('queue', 'list')).items.length, 0);
  });

  it('pauses a long scan, shows it paused with the reason, and resumes it to the end', async () => {
    const submitted = await cli(...LONG_SCAN);
    assert.equal(submitted.code, 0, output(submitted));
    pausedItem = itemOf(submitted.stdout);
    const short = pausedItem.slice(0, 8);
    await watch.waitFor(new RegExp(`running\\s+scan ${short}\\s+step \\d+/40`));

    const paused = await cli('pause', '--reason', 'sample check');
    assert.equal(paused.code, 0, output(paused));
    assert.match(paused.stdout, /^BL01: (pausing; it pauses at the next checkpoint|paused;.*)$/m);
    await watch.waitFor(new RegExp(`paused\\s+scan ${short}\\s+step \\d+/40\\s+why: sample check`));
    const status = await cli('status');
    assert.equal(status.code, 0, output(status));
    assert.match(status.stdout, /^BL01: paused$/m);
    assert.match(status.stdout, new RegExp(`^ {2}plan\\s+scan \\(item ${short}\\), step \\d+/40`, 'm'));
    assert.match(status.stdout, /^ {2}why\s+sample check$/m);
    assert.match(status.stdout, /^ {2}next\s+'brightline resume' goes on from the last checkpoint/m);
    const again = await cli('pause');
    assert.equal(again.code, 1, output(again));
    assert.match(again.stderr, /cannot pause on BL01: the run engine is paused/);

    const resumed = await cli('resume');
    assert.equal(resumed.code, 0, output(resumed));
    assert.match(resumed.stdout, /^BL01: (running|paused)/m);
    const entry = await finished(pausedItem);
    assert.equal(entry.exit_status, 'success', entry.reason);
    await watch.waitFor(new RegExp(`idle\\s+last: scan ${short} success`));
    const idle = await cli('resume');
    assert.equal(idle.code, 1, output(idle));
    assert.match(idle.stderr, /cannot resume on BL01: the run engine is idle/);
  });

  it('queues a plan behind a running one, takes a waiting one out on Ctrl-C, and aborts the running scan', async () => {
    const submitted = await cli(...LONG_SCAN);
    assert.equal(submitted.code, 0, output(submitted));
    abortedItem = itemOf(submitted.stdout);
    await watch.waitFor(new RegExp(`running\\s+scan ${abortedItem.slice(0, 8)}\\s+step`));

    const waiting = startCli(['run', 'count', 'detectors=det', 'num=2'], env);
    await waiting.waitFor(/^queued at position 1: it runs after the plan ahead of it$/);
    const cancelled = startCli(['run', 'count', 'detectors=det'], env);
    await cancelled.waitFor(/^queued at position 2: it runs after the 2 plans ahead of it$/);
    cancelled.child.kill('SIGINT');
    assert.equal((await cancelled.exited).code, ExitCode.Interrupted, cancelled.stdout + cancelled.stderr);
    assert.match(cancelled.stdout, /interrupted: count \(item [0-9a-f]{8}\) left the queue of BL01 before it started/);
    assert.equal((await json<{ state: string; item_uid: string }>('status')).item_uid, abortedItem, 'Ctrl-C of a waiting plan leaves the running one alone');

    const aborted = await cli('abort', '--reason', 'wrong sample');
    assert.equal(aborted.code, 0, output(aborted));
    assert.match(aborted.stdout, /^BL01: aborting$/m);
    assert.equal((await waiting.exited).code, 0, waiting.stdout + waiting.stderr);
    assert.match(waiting.stdout, /ended: success \(2 events\)/);

    const entry = await finished(abortedItem);
    assert.equal(entry.exit_status, 'abort');
    assert.match(entry.reason, /wrong sample/);
    const history = await cli('queue', 'history');
    assert.match(history.stdout, new RegExp(`\\s${abortedItem.slice(0, 8)}\\s+scan\\s+abort\\s.*wrong sample`));
  });

  it('lists the runs from the stream and replays one by uid prefix', async () => {
    const runs = await json<RunJson[]>('runs');
    const pausedRun = runs.find((r) => r.plan_item_uid === pausedItem);
    const abortedRun = runs.find((r) => r.plan_item_uid === abortedItem);
    assert.equal(pausedRun?.exit_status, 'success');
    assert.equal(pausedRun?.num_events, 40);
    assert.equal(abortedRun?.exit_status, 'abort');
    assert.ok(abortedRun && pausedRun.scan_id < abortedRun.scan_id);

    const table = await cli('runs', '--limit', '3');
    assert.equal(table.code, 0, output(table));
    assert.match(table.stdout, /^BL01: the last 3 of \d+ runs$/m);
    assert.match(table.stdout, /^SCAN_ID\s+RUN\s+PLAN\s+STARTED\s+TOOK\s+EVENTS\s+STATUS\s+REASON$/m);
    assert.match(table.stdout, new RegExp(`^\\s*${abortedRun.scan_id}\\s+${abortedRun.run_uid.slice(0, 8)}\\s+scan\\s.*\\sabort\\s+.*wrong sample`, 'm'));

    const replay = await cli('replay', pausedRun.run_uid.slice(0, 7));
    assert.equal(replay.code, 0, output(replay));
    assert.match(replay.stdout, new RegExp(`^run ${pausedRun.run_uid} \\(scan_id ${pausedRun.scan_id}\\) started$`, 'm'));
    assert.equal(replay.stdout.match(/^\|\s+\d+ \|/gm)?.length, 40);
    assert.match(replay.stdout, /ended: success \(40 events\)/);
    const lines = await cli('replay', pausedRun.run_uid.slice(0, 7), '--json');
    const docs = lines.stdout.trim().split('\n').map((line) => JSON.parse(line) as { name: string; doc: Record<string, unknown> });
    assert.equal(docs[0]?.name, 'start');
    assert.equal(docs.at(-1)?.name, 'stop');
    assert.equal(docs.filter((d) => d.name === 'event').length, 40);
    assert.equal(docs[0]?.doc['uid'], pausedRun.run_uid);

    const missing = await cli('replay', 'zzzz');
    assert.equal(missing.code, 1, output(missing));
    assert.match(missing.stderr, /no run of BL01 has a uid starting with 'zzzz'/);
  });

  it('shows an idle engine with the last outcome once everything has run', async () => {
    const result = await cli('status');
    assert.equal(result.code, 0, output(result));
    assert.match(result.stdout, /^BL01: idle$/m);
    assert.match(result.stdout, /^ {2}last\s+count \(item [0-9a-f]{8}\) success$/m);
  });
});

describe('plan arguments and uid prefixes, without a bus', () => {
  const plan = (name: string) => planRegistry.get(name) ?? assert.fail(name);

  it('reads each argument by its declared type', () => {
    const grid = parseSubmission(plan('grid_scan'), ['detectors=det,i0', 'axes=[["m1",0,1,3],["m2",-1,1,5,true]]'], { md: ['sample=Cu', 'n=2'], baseline: 'm1,shutter' });
    assert.deepEqual(grid.args, { detectors: ['det', 'i0'], axes: [['m1', 0, 1, 3], ['m2', -1, 1, 5, true]] });
    assert.deepEqual(grid.metadata, { sample: 'Cu', n: 2 });
    assert.deepEqual(grid.baseline, ['m1', 'shutter']);
    const tune = parseSubmission(plan('tune_centroid'), ['detectors=det', 'signal=det', 'motor=m1', 'start=-1', 'stop=1e0', 'min_step=.1', 'snake=yes'], { md: [] });
    assert.deepEqual(tune.args, { detectors: ['det'], signal: 'det', motor: 'm1', start: -1, stop: 1, min_step: 0.1, snake: true });
    assert.throws(
      () => parseSubmission(plan('grid_scan'), ['detectors=det', 'axes=[m1, 0]'], { md: [], monitor: '' }),
      (e: unknown) => e instanceof CliError && e.exitCode === ExitCode.Usage && /'axes' must be JSON such as/.test(e.message) && /--monitor needs at least one device/.test(e.message),
    );
  });

  it('resolves a unique prefix and refuses unknown or ambiguous ones', () => {
    const candidates = [{ uid: 'ab12', label: 'scan' }, { uid: 'ab34', label: 'count' }, { uid: 'cd56', label: 'scan' }];
    assert.equal(resolvePrefix('AB3', candidates, 'run', 'of BL01'), 'ab34');
    assert.equal(resolvePrefix('cd56', candidates, 'run', 'of BL01'), 'cd56');
    assert.throws(() => resolvePrefix('ab', candidates, 'run', 'of BL01'), (e: unknown) => e instanceof CliError && e.exitCode === ExitCode.Usage && /'ab' matches 2 runs of BL01: ab12 \(scan\), ab34 \(count\)/.test(e.message));
    assert.throws(() => resolvePrefix('ef', candidates, 'run', 'of BL01'), (e: unknown) => e instanceof CliError && e.exitCode === ExitCode.RunFailed);
  });
});
