/**
 * A run engine killed mid-run (SIGKILL: no cleanup of any kind) and started again: the run it left
 * open gets its RunStop 'fail' saying why, its queue item goes to the history as failed, and the
 * item queued behind it runs to success with no manual step. Real processes started with the CLI.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brightline } from '../../gen/proto.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { KvQueueStore } from '../../actors/plan/queue-store.js';
import { Bus, Role, subjects } from '../../actors/transport/mod.js';
import { startCli, type CliProcess } from '../harness/cli-process.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { DocumentLog, RunEngineClient, assertSeqNums, eventually, eventuallyAsync } from '../plan/real-beamline.js';

const v1 = brightline.v1;
const BL = 'BL01';

// A slow motor, so that the first scan lasts long enough to kill its run engine in the middle.
const FACILITY = `
facility: e2e-crash
beamlines:
  - id: ${BL}
    title: run engine crash test beamline
    devices:
      - { name: m1, kind: motor, pv: 'ca://CRASH:m1' }
      - { name: det, kind: point-detector, pv: 'ca://CRASH:det', exposure_s: 0.01 }
    ioc:   # served in-process by the device host (--signals sim)
      prefix: 'CRASH:'
      port: 5198
      records:
        - { type: motor, name: m1, egu: mm, velo: 1, accl: 0.05, llm: -10, hlm: 10, prec: 3, value: 0 }
        - { type: calc, name: det, calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 0.5, D: 0.5, E: 10 }, egu: counts, prec: 1 }
`;

const LONG_SCAN = { detectors: ['det'], motor: 'm1', start: 0, stop: 4.75, num: 20 };
const NEXT_SCAN = { detectors: ['det'], motor: 'm1', start: 1, stop: 0, num: 5 };

describe('a run engine killed mid-run', () => {
  let nats: NatsServerHandle;
  let dir: string;
  let config: string;
  let env: Record<string, string>;
  let bus: Bus;
  let validate: DocumentValidator;
  let deviceHost: CliProcess | undefined;
  let runEngine: CliProcess | undefined;
  let client: RunEngineClient | undefined;
  let docs: DocumentLog | undefined;

  const startRunEngine = async (): Promise<CliProcess> => {
    const engine = startCli(['run-engine', '--beamline', BL, '--config', config], env);
    await waitForHeartbeat(bus, Role.RunEngine, BL, engine);
    return engine;
  };

  before(async () => {
    nats = await startNatsServer();
    dir = await mkdtemp(join(tmpdir(), 'brightline-crash-'));
    config = join(dir, 'facility.yaml');
    await writeFile(config, FACILITY);
    env = { NATS_URL: nats.url, BRIGHTLINE_DATA_DIR: join(dir, 'data') };
    bus = await Bus.connect({ servers: nats.url, name: 'crash-observer' });
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
    deviceHost = startCli(['device-host', '--beamline', BL, '--signals', 'sim', '--config', config], env);
    await waitForHeartbeat(bus, Role.DeviceHost, BL, deviceHost);
  });

  after(async () => {
    client?.close();
    await docs?.close();
    await runEngine?.kill();
    await deviceHost?.kill();
    await bus?.close();
    await nats?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('closes the cut-short run as failed after a restart, and the queue goes on by itself', async () => {
    runEngine = await startRunEngine();
    client = new RunEngineClient(bus, BL);
    docs = await DocumentLog.start(bus, BL, validate);
    const first = await client.submit('scan', LONG_SCAN);
    const second = await client.submit('scan', NEXT_SCAN);
    await eventually('3 events of the first scan', () => docs?.primaryEvents(first).length === 3);

    const killed = runEngine;
    await killed.kill('SIGKILL');
    const eventsStored = docs.primaryEvents(first).length;
    assert.ok(eventsStored < LONG_SCAN.num, 'killed before the end of the scan');
    assert.equal(docs.docsOf(first).some((d) => d.name === 'stop'), false, 'a killed engine wrote no RunStop');

    // With no engine running, the queue is still in KV: the first item running, the second waiting.
    const store = await KvQueueStore.open(bus, BL);
    const durable = await store.getState();
    assert.equal(durable.running_item_uid, first);
    assert.deepEqual(durable.items.map((item) => item.item_uid), [first, second]);
    assert.deepEqual((await store.getRunning())?.run_uids, [docs.runUidOf(first)]);

    runEngine = await startRunEngine();
    await runEngine.waitFor(new RegExp(`item ${first} \\(scan\\) was running when the previous run engine stopped`));
    const queued = await client.queue();
    assert.equal(queued.items?.some((item) => item.item_uid === first), false, 'the cut-short item left the queue');
    const finishedEarly = (await client.history()).some((entry) => entry.item?.item_uid === second);
    assert.ok(finishedEarly || queued.items?.some((item) => item.item_uid === second), 'the waiting item is still queued');

    const firstRun = await docs.untilStopped(first);
    const stop = firstRun.at(-1)?.body ?? {};
    assert.equal(stop['exit_status'], 'fail');
    assert.match(String(stop['reason']), /run engine stopped/);
    const stored = docs.primaryEvents(first);
    assert.ok(stored.length >= eventsStored, 'the events stored before the kill are kept');
    assertSeqNums(stored, stored.length);
    assert.deepEqual(stop['num_events'], { primary: stored.length }, 'the RunStop counts what was stored');

    const secondRun = await docs.untilStopped(second, 30_000);
    assert.equal(secondRun.at(-1)?.body['exit_status'], 'success', String(secondRun.at(-1)?.body['reason']));
    assertSeqNums(docs.primaryEvents(second), NEXT_SCAN.num);
    assert.equal(secondRun[0]?.body['scan_id'], Number(firstRun[0]?.body['scan_id']) + 1);
    assert.deepEqual(docs.invalid, [], 'every document is schema-valid');

    await client.untilState('idle');
    const history = await client.historyIncluding([first, second]);
    assert.deepEqual(history.map((entry) => [entry.item?.item_uid, entry.exit_status]), [[first, 'fail'], [second, 'success']]);
    assert.match(history[0]?.reason ?? '', /run engine stopped/);
    assert.deepEqual(history[0]?.run_uids, [docs.runUidOf(first)]);
    const after = await client.queue();
    assert.deepEqual(after.items ?? [], []);
    assert.equal(after.running_item_uid ?? '', '');
  });

  it('runs the next item after a restart even when the engine was killed during a long move', async () => {
    assert.ok(runEngine && client && docs, 'runs after the first test');
    // The first point is 8 mm away: about 8 s of motion, still under way when the new engine starts.
    const far = await client.submit('scan', { detectors: ['det'], motor: 'm1', start: 8, stop: 9, num: 3 });
    const next = await client.submit('scan', NEXT_SCAN);
    await untilHealth(bus, 'm1', (health) => health.state === 'busy' && /to 8\b/.test(health.reason));

    await runEngine.kill('SIGKILL');
    runEngine = await startRunEngine();
    const farStop = (await docs.untilStopped(far)).at(-1)?.body ?? {};
    assert.equal(farStop['exit_status'], 'fail');
    assert.match(String(farStop['reason']), /run engine stopped/);

    // The move the killed engine asked for is not the next plan's problem: it runs to success.
    let entry: brightline.v1.HistoryEntry.$Properties | undefined;
    await eventuallyAsync('the next item in the history', async () => {
      entry = (await client?.history())?.find((e) => e.item?.item_uid === next);
      return entry !== undefined;
    }, 60_000);
    assert.equal(entry?.exit_status, 'success', entry?.reason ?? '');
    assertSeqNums(docs.primaryEvents(next), NEXT_SCAN.num);
  });

  it('has the supervisor close the run when the killed engine does not come back, and a later engine does not close it again', async () => {
    await runEngine?.kill();
    runEngine = await startRunEngine();
    const supervisor = startCli(['supervisor', '--config', config, '--run-grace', '1'], env);
    try {
      await waitForHeartbeat(bus, Role.Supervisor, 'facility', supervisor);
      client ??= new RunEngineClient(bus, BL);
      docs ??= await DocumentLog.start(bus, BL, validate);
      const cut = await client.submit('scan', LONG_SCAN);
      await eventually('2 events of the scan', () => docs?.primaryEvents(cut).length === 2);
      await runEngine.kill('SIGKILL');

      const closed = await docs.untilStopped(cut, 60_000);
      const stop = closed.at(-1)?.body ?? {};
      assert.equal(stop['exit_status'], 'fail');
      assert.match(String(stop['reason']), /run engine stopped/);
      await supervisor.waitFor(/run engine BL01 did not come back within 1 s: closed item/, 30_000);
      assert.equal(await (await KvQueueStore.open(bus, BL)).getRunning(), undefined, 'nothing is left running');

      // The engine comes back later: the run is already closed, so it writes no second RunStop.
      runEngine = await startRunEngine();
      const next = await client.submit('scan', NEXT_SCAN);
      const nextRun = await docs.untilStopped(next, 30_000);
      assert.equal(nextRun.at(-1)?.body['exit_status'], 'success');
      assert.equal(docs.docsOf(cut).filter((d) => d.name === 'stop').length, 1, 'one RunStop for the cut-short run');
      const history = (await client.historyIncluding([cut, next])).filter((entry) => [cut, next].includes(entry.item?.item_uid ?? ''));
      assert.deepEqual(history.map((entry) => [entry.item?.item_uid, entry.exit_status]), [[cut, 'fail'], [next, 'success']]);
      assert.match(history[0]?.reason ?? '', /run engine stopped/);
    } finally {
      await supervisor.kill();
    }
  });
});

/** Resolves with the first health update of the device that matches. */
async function untilHealth(bus: Bus, device: string, matches: (health: brightline.v1.DeviceHealth) => boolean, timeoutMs = 20_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.unsubscribe();
      reject(new Error(`no matching health of ${device} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = bus.subscribe(subjects.health(BL, device), v1.DeviceHealth, (health) => {
      if (!matches(health)) return;
      clearTimeout(timer);
      sub.unsubscribe();
      resolve();
    });
  
});
}

async function waitForHeartbeat(bus: Bus, role: Role, instance: string, cli: CliProcess, timeoutMs = 20_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.unsubscribe();
      reject(new Error(`no ${role} heartbeat from ${instance} within ${timeoutMs} ms\n${cli.stderr}`));
    }, timeoutMs);
    const sub = bus.subscribe(subjects.heartbeat(role, instance), v1.Heartbeat, (heartbeat) => {
      if (heartbeat.stopping) return;
      clearTimeout(timer);
      sub.unsubscribe();
      resolve();
    });
});
}
