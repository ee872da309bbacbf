/**
 * One of three nats-server nodes killed (SIGKILL) in the middle of a scan, on a cluster started
 * from the production config (deploy/nats/brightline-nats.conf) with JetStream replicas=3. A device
 * host and a run engine run in-process, each connected with the full server list, as
 * BRIGHTLINE_JS_REPLICAS=3 and a comma-separated NATS_URL give them in production.
 *
 * 1. The node leading BL_DOCS (no process of the beamline connected to it) is lost: the stream
 *    elects a new leader, the run engine's publishes wait and are retried, and the scan ends with
 *    RunStop 'success' and every document stored exactly once.
 * 2. The node the run engine is connected to is lost: the engine moves to another node. A read cut
 *    off in flight is sent again; a set or trigger cut off in flight is not (it may have happened),
 *    so the run ends either with 'success' (the kill fell between commands) or, far more often,
 *    with RunStop 'fail' naming the lost connection. Either way no document is lost or doubled,
 *    the events are seq_num 1..n with n the RunStop's count, and the next plan runs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { loadEventModelValidator, type DocumentValidator } from '../../actors/plan/document-schemas.js';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { Bus, DOCUMENT_STREAM, PlanVerb, QueueVerb, subjects } from '../../actors/transport/mod.js';
import type { Logger } from '../../lib/log.js';
import { toWireMap, type PlainValue } from '../../lib/values.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';
import { startNatsCluster, type NatsCluster, type NatsNode } from '../harness/nats-cluster.js';
import { startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const v1 = brightline.v1;
const BL = 'BL01';
const REPLICAS = 3;
const POINTS = 50;
/** About 0.1 s a point: a 5 to 10 s scan, killed after its first few events. */
const scanArgs = (start: number): Record<string, PlainValue> => ({ detectors: ['det'], motor: 'm1', start, stop: start + (POINTS - 1) * 0.05, num: POINTS });
const REQUEST = { timeoutMs: 3_000 };
/** Generous bounds per step, so that a hang names its step instead of timing out the whole file. */
const STEP_TIMEOUT_MS = 180_000;

interface StoredDoc {
  name: string;
  uid: string;
  body: Record<string, unknown>;
}

describe('a nats-server node lost mid-scan (3-node cluster, JetStream replicas=3)', () => {
  let cluster: NatsCluster;
  let hostBus: Bus;
  let engineBus: Bus;
  let clientBus: Bus;
  let beamline: SimBeamline;
  let engine: RunEngineHost;
  let validate: DocumentValidator;
  /** What the run engine logged: its retried publishes and its moves between nodes. */
  const engineLog: string[] = [];
  const engineLogger: Logger = { info: (m) => engineLog.push(m), warn: (m) => engineLog.push(m), error: (m) => engineLog.push(m) };
  const logged = (pattern: RegExp): number => engineLog.filter((line) => pattern.test(line)).length;

  const connect = (name: string, logger?: Logger): Promise<Bus> => Bus.connect({ servers: cluster.natsUrl, name, replicas: REPLICAS, logger });

  before(async () => {
    cluster = await startNatsCluster({ nodes: 3 });
    validate = await loadEventModelValidator(EVENT_MODEL_SCHEMAS);
    [hostBus, engineBus, clientBus] = await Promise.all([
      connect('node-loss-device-host'),
      connect('node-loss-run-engine', engineLogger),
      connect('node-loss-client'),
    ]);
    beamline = await startSimBeamline({ bus: hostBus, beamline: BL, prefix: 'NL:' });
    engine = await startRunEngine({ bus: engineBus, beamline: BL, validateDocuments: validate, logger: engineLogger });
  }, { timeout: STEP_TIMEOUT_MS });

  after(async () => {
    await engine?.stop();
    await beamline?.close();
    for (const bus of [clientBus, engineBus, hostBus]) await bus?.close();
    await cluster?.stop();
  }, { timeout: STEP_TIMEOUT_MS });

  it('keeps the documents stream and the queue bucket on all three nodes', { timeout: STEP_TIMEOUT_MS }, async () => {
    const docs = await clientBus.streamInfo(DOCUMENT_STREAM);
    assert.equal(docs.replicas, REPLICAS);
    assert.ok(docs.leader, 'the stream has a leader');
    assert.deepEqual(new Set([docs.leader, ...docs.followers.map((f) => f.name)]), new Set(cluster.nodes.map((n) => n.name)));
    assert.equal((await clientBus.streamInfo(`KV_${subjects.queueBucket(BL)}`)).replicas, REPLICAS);
  });

  it('finishes the scan with every document stored once when the node leading BL_DOCS dies', { timeout: STEP_TIMEOUT_MS }, async (t) => {
    // The leader must not also be the node of the engine or the host: that is the second case.
    const busy = new Set([nodeOf(engineBus).name, nodeOf(hostBus).name]);
    const leader = await moveStreamLeaderOff(clientBus, busy);
    t.diagnostic(`BL_DOCS led by ${leader}; run engine on ${nodeOf(engineBus).name}, device host on ${nodeOf(hostBus).name}`);

    const itemUid = await submit('scan', scanArgs(0));
    await untilStep(itemUid, 5);
    await cluster.node(leader).kill();
    const newLeader = await until('a new BL_DOCS leader', async () => {
      const info = await clientBus.streamInfo(DOCUMENT_STREAM);
      return info.leader && info.leader !== leader ? info.leader : undefined;
    });
    t.diagnostic(`${leader} killed; BL_DOCS now led by ${newLeader}`);

    const entry = await finished(itemUid);
    assert.equal(entry.exit_status, 'success', entry.reason ?? '');
    const docs = await runDocuments(onlyRun(entry));
    assertWholeRun(docs, POINTS);
    assert.equal(docs.at(-1)?.body['exit_status'], 'success');
    t.diagnostic(`${logged(/^publish of .* retrying/)} publish attempts failed and were retried; the engine's connection moved ${logged(/^NATS reconnect/)} times`);

    await cluster.node(leader).restart();
    await untilAllCurrent(DOCUMENT_STREAM);
  });

  it('loses no document when the node the run engine is connected to dies; the run ends cleanly either way', { timeout: STEP_TIMEOUT_MS }, async (t) => {
    const engineNode = nodeOf(engineBus);
    t.diagnostic(`run engine on ${engineNode.name}, device host on ${nodeOf(hostBus).name}, BL_DOCS led by ${(await clientBus.streamInfo(DOCUMENT_STREAM)).leader}`);
    const itemUid = await submit('scan', scanArgs(2.5));
    await untilStep(itemUid, 5);
    await engineNode.kill();
    await until('the run engine on another node', async () => nodeOf(engineBus, false)?.name !== engineNode.name || undefined);
    t.diagnostic(`${engineNode.name} killed; run engine now on ${nodeOf(engineBus).name}`);

    const entry = await finished(itemUid);
    const docs = await runDocuments(onlyRun(entry));
    const stop = docs.at(-1)?.body ?? {};
    const events = (stop['num_events'] as Record<string, number> | undefined)?.['primary'] ?? 0;
    assertWholeRun(docs, events);
    assert.equal(stop['exit_status'], entry.exit_status);
    if (entry.exit_status === 'success') {
      assert.equal(events, POINTS);
    } else {
      assert.equal(entry.exit_status, 'fail');
      assert.match(String(stop['reason']), /got no reply after a lost NATS connection and is not sent again/);
    }
    t.diagnostic(`outcome: ${entry.exit_status} after ${events} of ${POINTS} events${entry.reason ? ` (${entry.reason})` : ''}`);
    t.diagnostic(`${logged(/^publish of .* retrying/)} publish attempts retried so far; reads sent again: ${logged(/'read' of .* sent again/)}`);

    // The queue goes on: the next plan runs on the two nodes left, then on three.
    const next = await finished(await submit('count', { detectors: ['det'], num: 3 }));
    assert.equal(next.exit_status, 'success', next.reason ?? '');
    assertWholeRun(await runDocuments(onlyRun(next)), 3);
    await engineNode.restart();
    await untilAllCurrent(DOCUMENT_STREAM);
  });

  it('holds no document twice in the whole stream', { timeout: STEP_TIMEOUT_MS }, async () => {
    const stored = (await clientBus.streamInfo(DOCUMENT_STREAM)).messages;
    const all = await streamDocuments(subjects.documents(BL, '*'), (docs) => docs.length >= stored);
    assert.equal(all.length, stored);
    assert.equal(new Set(all.map((d) => d.uid)).size, all.length, 'every document uid once');
    assert.equal(all.filter((d) => d.name === 'start').length, all.filter((d) => d.name === 'stop').length, 'every run stopped');
  });

  function nodeOf(bus: Bus, required?: true): NatsNode;
  function nodeOf(bus: Bus, required: false): NatsNode | undefined;
  function nodeOf(bus: Bus, required = true): NatsNode | undefined {
    const node = cluster.nodeOf(bus.serverUrl);
    if (!node && required) assert.fail(`no cluster node at ${bus.serverUrl}`);
    return node;
  }

  async function submit(planName: string, args: Record<string, PlainValue>): Promise<string> {
    const reply = await retrying(() =>
      clientBus.request(subjects.plan(BL, PlanVerb.Submit), v1.SubmitPlanRequest, { plan_name: planName, args: toWireMap(args) }, v1.SubmitPlanReply, REQUEST),
    );
    return reply.item_uid;
  }

  /** Waits until the running item has taken `step` steps (its events are stored or on their way). */
  async function untilStep(itemUid: string, step: number): Promise<void> {
    await until(`step ${step} of ${itemUid}`, async () => {
      const status = await clientBus.request(subjects.plan(BL, PlanVerb.Status), v1.PlanStatusRequest, {}, v1.PlanStatus, REQUEST);
      if (status.item_uid !== itemUid) return undefined;
      if (status.state === 'idle') assert.fail(`${itemUid} ended before step ${step}: ${status.last_exit_status} ${status.last_reason}`);
      return status.step >= step ? true : undefined;
    });
  }

  /** The item's history entry, once it has ended (the engine writes it just after going idle). */
  async function finished(itemUid: string): Promise<brightline.v1.HistoryEntry.$Properties> {
    return until(`the end of ${itemUid}`, async () => {
      const reply = await clientBus.request(subjects.queue(BL, QueueVerb.History), v1.QueueHistoryRequest, {}, v1.QueueHistoryReply, REQUEST);
      return reply.entries.find((entry) => entry.item?.item_uid === itemUid);
    }, 120_000);
  }

  /** Leaves BL_DOCS led by a node outside `busy` (stepping its leader down as often as needed); returns that node. */
  async function moveStreamLeaderOff(bus: Bus, busy: ReadonlySet<string>): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const leader = await until('a BL_DOCS leader', async () => (await bus.streamInfo(DOCUMENT_STREAM)).leader);
      if (!busy.has(leader)) return leader;
      if (attempt > 20) assert.fail(`BL_DOCS stays on ${leader}`);
      await bus.stepDownStreamLeader(DOCUMENT_STREAM);
      await until('a new BL_DOCS leader', async () => {
        const now = (await bus.streamInfo(DOCUMENT_STREAM)).leader;
        return now && now !== leader ? now : undefined;
      });
    }
  }

  /** Waits until every copy of the stream is back in step, so that losing the next node keeps a quorum. */
  async function untilAllCurrent(stream: string): Promise<void> {
    await cluster.untilReady();
    await until(`every copy of ${stream} current`, async () => {
      const info = await clientBus.streamInfo(stream);
      return info.leader && info.followers.length === REPLICAS - 1 && info.followers.every((f) => f.current && !f.offline) ? true : undefined;
    }, 60_000);
  }

  /** Every document of a run as the stream holds it, read with a new consumer up to its RunStop. */
  async function runDocuments(runUid: string): Promise<StoredDoc[]> {
    return streamDocuments(subjects.documents(BL, runUid), (docs) => docs.some((d) => d.name === 'stop'));
  }

  /** The documents on `filter`, in stream order, read until `complete` (and nothing is pending) or a timeout. */
  async function streamDocuments(filter: string, complete: (docs: readonly StoredDoc[]) => boolean): Promise<StoredDoc[]> {
    const docs: StoredDoc[] = [];
    let pending = 1;
    const reader = await retrying(() =>
      clientBus.readStream(DOCUMENT_STREAM, filter, v1.DocumentEnvelope, { kind: 'all' }, (envelope, info) => {
        docs.push({ name: envelope.name, uid: envelope.uid, body: JSON.parse(envelope.json) as Record<string, unknown> });
        pending = info.pending;
      }),
    );
    try {
      await until(`the documents on ${filter} (${docs.length} read)`, async () => (pending === 0 && complete(docs)) || undefined, 30_000);
    } finally {
      await reader.stop();
    }
    return docs;
  }

  /**
   * One RunStart first, one RunStop last, each document once and schema-valid, descriptors before
   * their events, and the primary stream's events seq_num exactly 1..`events`.
   */
  function assertWholeRun(docs: readonly StoredDoc[], events: number): void {
    assert.equal(docs[0]?.name, 'start');
    assert.equal(docs.at(-1)?.name, 'stop');
    assert.equal(docs.filter((d) => d.name === 'start').length, 1);
    assert.equal(docs.filter((d) => d.name === 'stop').length, 1);
    assert.equal(new Set(docs.map((d) => d.uid)).size, docs.length, 'no document stored twice');
    for (const doc of docs) validate(doc.name, doc.body);
    const primary = docs.find((d) => d.name === 'descriptor' && d.body['name'] === 'primary');
    assert.ok(primary, 'a primary descriptor');
    const primaryEvents = docs.filter((d) => d.name === 'event' && d.body['descriptor'] === primary.uid);
    assert.deepEqual(primaryEvents.map((e) => e.body['seq_num']), Array.from({ length: events }, (_, i) => i + 1));
    assert.ok(primaryEvents.every((e) => docs.indexOf(e) > docs.indexOf(primary)), 'the descriptor comes before its events');
    assert.deepEqual(docs.at(-1)?.body['num_events'], { primary: events });
  }
});

function onlyRun(entry: brightline.v1.HistoryEntry.$Properties): string {
  assert.equal(entry.run_uids?.length, 1, `one run: ${JSON.stringify(entry.run_uids)}`);
  return entry.run_uids[0]!;
}

/**
 * Polls `check` until it returns a value; errors (a request cut off by the lost node, a stream
 * electing its leader) count as "not yet". Fails naming `what` after `timeoutMs`.
 */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      lastError = ` (last error: ${(error as Error).message})`;
    }
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}${lastError}`);
    await sleep(50);
  }
}

function retrying<T>(run: () => Promise<T>): Promise<T> {
  return until('a request to go through', run, 30_000);
}
