/**
 * The run methods of the gateway against a real nats-server: a scan on a real run engine and device
 * host streamed live (from RunStart, stored then live, to RunStop, every event once) and replayed;
 * runs found by a prefix of their uid; ListRuns from the runs' first and last documents only (on a
 * beamline of made-up runs published straight to BL_DOCS); slow and cancelling clients; and one
 * plan followed end to end through a real gRPC client.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import type { brightline } from '../../gen/proto.js';
import { DOCUMENT_STREAM, subjects, type Bus } from '../../actors/transport/mod.js';
import { runHandlers } from '../../gateway/run-rpcs.js';
import { CallDeadlineError } from '../../gateway/call-context.js';
import { BeamlineRole, type CallContext } from '../../gateway/rpc.js';
import { ErrorCode } from '../../lib/errors.js';
import { toWireMap } from '../../lib/values.js';
import { isGrpcError, startTestGateway, type TestGateway } from '../harness/gateway.js';
import { eventually, isBrightlineError } from '../harness/waits.js';
import { assertSeqNums } from '../plan/real-beamline.js';
import { callContext, callStream, callUnary, identity, Rig, v1, wire, type RigBeamline } from './run-engine-rig.js';

type Envelope = brightline.v1.DocumentEnvelope.$Properties;
type RunSummary = brightline.v1.RunSummary.$Properties;
type Body = Record<string, unknown>;

const BL = 'BL01';
/** Made-up runs, published straight to BL_DOCS. */
const MADE_UP = 'BL07';
/** A run whose last stored document does not decode. */
const MANGLED = 'BL09';
const SCAN = { detectors: ['det'], motor: 'm1', start: 0, stop: 2.5, num: 6 };

const bob = identity('bob', BeamlineRole.Observer, BL, MADE_UP, 'BL08', MANGLED);

const body = (envelope: Envelope): Body => JSON.parse(envelope.json ?? '{}') as Body;

/** Publishes a made-up run: RunStart, a descriptor, `events` events and (unless `open`) a RunStop. */
async function publishRun(bus: Bus, runUid: string, options: { scanId: number; events: number; open?: boolean; planName?: string }): Promise<void> {
  const publish = async (name: string, uid: string, doc: Body): Promise<void> => {
    await bus.publishDurable(subjects.documents(MADE_UP, runUid), v1.DocumentEnvelope, { name, uid, run_uid: runUid, json: JSON.stringify(doc), beamline: MADE_UP }, uid);
  };
  const time = 1_000 + options.scanId;
  await publish('start', runUid, { uid: runUid, time, scan_id: options.scanId, beamline: MADE_UP, plan_item_uid: `item-${options.scanId}`, plan_name: options.planName ?? 'count', user: 'erin', sample: `S${options.scanId}` });
  await publish('descriptor', `${runUid}-d`, { uid: `${runUid}-d`, run_start: runUid, time, name: 'primary', data_keys: {} });
  for (let i = 1; i <= options.events; i++) await publishEvent(bus, runUid, i);
  if (!options.open) await publishStop(bus, runUid, options.scanId, options.events);
}

async function publishEvent(bus: Bus, runUid: string, seqNum: number): Promise<void> {
  const uid = `${runUid}-e${seqNum}`;
  const doc = { uid, descriptor: `${runUid}-d`, seq_num: seqNum, time: 1_000 + seqNum, data: { det: seqNum }, timestamps: { det: 0 }, filled: {} };
  await bus.publishDurable(subjects.documents(MADE_UP, runUid), v1.DocumentEnvelope, { name: 'event', uid, run_uid: runUid, json: JSON.stringify(doc), beamline: MADE_UP }, uid);
}

async function publishStop(bus: Bus, runUid: string, scanId: number, events: number): Promise<void> {
  const uid = `${runUid}-s`;
  const doc = { uid, run_start: runUid, time: 2_000 + scanId, exit_status: 'success', reason: '', num_events: { primary: events, baseline: 2 } };
  await bus.publishDurable(subjects.documents(MADE_UP, runUid), v1.DocumentEnvelope, { name: 'stop', uid, run_uid: runUid, json: JSON.stringify(doc), beamline: MADE_UP }, uid);
}

/** The bus, with its document reads forbidden: what must be done without reading a run's documents. */
function withoutDocumentReads(bus: Bus): Bus {
  return new Proxy(bus, {
    get(target, property, receiver) {
      if (property === 'readStream') return () => assert.fail('ListRuns read a stream of documents');
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A call whose deadline passes when the test says so (CallDeadlineError, as the server's timer gives it). */
function expiringCall(): CallContext & { expire(): void } {
  const controller = new AbortController();
  return {
    method: 'test',
    identity: bob,
    signal: controller.signal,
    remainingMs: (capMs) => capMs,
    header: () => undefined,
    expire: () => controller.abort(new CallDeadlineError('test')),
  };
}

/** The bus, with the call's deadline passing as `method` is first called (and `onCall` told of every call). */
function expiringOn(bus: Bus, method: keyof Bus, call: { expire(): void }, onCall: (method: string) => void = () => undefined): Bus {
  return new Proxy(bus, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        onCall(String(property));
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (property === method) call.expire();
        return result;
      };
    },
  });
}

describe('run methods of the gateway', () => {
  let rig: Rig;
  let beamline: RigBeamline;
  let handlers: ReturnType<typeof runHandlers>;
  /** The scan every test after the first one reads. */
  let scanRun = '';

  before(async () => {
    rig = await Rig.start();
    beamline = await rig.beamline(BL);
    handlers = runHandlers(rig.gatewayBus);
    // Thirty made-up runs: 'abc1...' and 'abc2...' share a start; the last is still open.
    await publishRun(rig.gatewayBus, 'abc1-0000', { scanId: 1, events: 3, planName: 'scan' });
    await publishRun(rig.gatewayBus, 'abc2-0000', { scanId: 2, events: 3 });
    for (let i = 3; i < 30; i++) await publishRun(rig.gatewayBus, `run${String(i).padStart(2, '0')}-0000`, { scanId: i, events: 2 });
    await publishRun(rig.gatewayBus, 'open-0000', { scanId: 30, events: 2, open: true });
  });

  after(async () => {
    await rig?.close();
  });

  const stream = (request: object, sink: (e: Envelope) => Promise<void> | void = () => undefined, who = bob) => {
    const call = callContext(who);
    const got: Envelope[] = [];
    const done = callStream<Envelope>(handlers, 'StreamDocuments', wire(v1.StreamDocumentsRequest, request), call, async (envelope) => {
      got.push(envelope);
      await sink(envelope);
    });
    return { call, got, done };
  };
  const listRuns = (beamlineId: string, limit = 0, bus?: Bus) =>
    callUnary<{ runs: RunSummary[]; total: number }>(bus ? runHandlers(bus) : handlers, 'ListRuns', wire(v1.ListRunsRequest, { beamline: beamlineId, limit }), callContext(bob));

  it("streams a running scan's documents, stored then live, from RunStart to RunStop with every event once; runs to come likewise", async () => {
    const toCome = stream({ beamline: BL, live: true });
    // Give the consumer of the runs to come a moment to exist: it starts from "now".
    await sleep(200);
    const itemUid = await beamline.client.submit('scan', SCAN);
    await eventually('two events of the scan', () => beamline.docs.primaryEvents(itemUid).length >= 2);
    const runUid = beamline.docs.runUidOf(itemUid);
    assert.ok(runUid);
    assert.ok(!beamline.docs.docsOf(itemUid).some((d) => d.name === 'stop'), 'the run is still open when the call starts');

    const live = stream({ beamline: BL, run_uid: runUid, live: true });
    await live.done;
    const stored = await beamline.docs.untilStopped(itemUid);
    assert.deepEqual(live.got.map((e) => e.uid), stored.map((d) => String(d.body['uid'] ?? d.body['datum_id'] ?? '')), 'the run, in order, nothing twice');
    assert.equal(live.got[0]?.name, 'start');
    assert.equal(live.got.at(-1)?.name, 'stop');
    assert.ok(live.got.every((e) => e.run_uid === runUid && e.beamline === BL));
    const primary = live.got.find((e) => e.name === 'descriptor' && body(e)['name'] === 'primary')?.uid;
    assertSeqNums(live.got.filter((e) => e.name === 'event' && body(e)['descriptor'] === primary).map(body), SCAN.num);

    await eventually('the RunStop among the runs to come', () => toCome.got.some((e) => e.name === 'stop' && e.run_uid === runUid));
    assert.deepEqual(toCome.got.map((e) => e.uid), live.got.map((e) => e.uid));
    toCome.call.cancel();
    await toCome.done;
    scanRun = runUid;
  });

  it('replays a finished run by a unique start of its uid, with or without live, and ends', async () => {
    const prefix = scanRun.slice(0, 8).toUpperCase();
    const replay = stream({ beamline: BL, run_uid: prefix });
    await replay.done;
    const again = stream({ beamline: BL, run_uid: scanRun, live: true });
    await again.done;
    assert.equal(replay.got[0]?.name, 'start');
    assert.equal(replay.got.at(-1)?.name, 'stop');
    assert.deepEqual(again.got.map((e) => e.uid), replay.got.map((e) => e.uid));
    assert.equal(body(replay.got[0] ?? {})['plan_name'], 'scan');
  });

  it('gives an open run what is stored without live, and with live goes on until its RunStop', async () => {
    const stored = stream({ beamline: MADE_UP, run_uid: 'open-0000' });
    await stored.done;
    assert.deepEqual(stored.got.map((e) => e.name), ['start', 'descriptor', 'event', 'event']);

    const live = stream({ beamline: MADE_UP, run_uid: 'open', live: true });
    await eventually('the stored documents', () => live.got.length === 4);
    await publishEvent(rig.gatewayBus, 'open-0000', 3);
    await publishStop(rig.gatewayBus, 'open-0000', 30, 3);
    await live.done;
    assert.deepEqual(live.got.map((e) => e.name), ['start', 'descriptor', 'event', 'event', 'event', 'stop']);
    assert.deepEqual(live.got.filter((e) => e.name === 'event').map((e) => body(e)['seq_num']), [1, 2, 3]);
  });

  it('names the candidates of an ambiguous start, says when none matches, and wants a run or live', async () => {
    await assert.rejects(stream({ beamline: MADE_UP, run_uid: 'abc' }).done, isBrightlineError(ErrorCode.InvalidArgument, /^'abc' matches 2 runs of BL07: abc1-0000 \(scan, scan_id 1\), abc2-0000 \(count, scan_id 2\); give more of the uid$/));
    await assert.rejects(stream({ beamline: MADE_UP, run_uid: 'zzz' }).done, isBrightlineError(ErrorCode.NotFound, /no run of BL07 has a uid starting with 'zzz'/));
    await assert.rejects(stream({ beamline: MADE_UP, run_uid: 'a.b>' }).done, isBrightlineError(ErrorCode.NotFound, /starting with 'a\.b>'/));
    await assert.rejects(stream({ beamline: 'BL08', run_uid: 'abc' }).done, isBrightlineError(ErrorCode.NotFound, /BL08 has no runs stored yet/));
    await assert.rejects(stream({ beamline: MADE_UP }).done, isBrightlineError(ErrorCode.InvalidArgument, /name a run/));
    const one = stream({ beamline: MADE_UP, run_uid: 'ABC1' });
    await one.done;
    assert.equal(one.got[0]?.run_uid, 'abc1-0000');
  });

  it('lists the newest runs oldest first with their metadata and the total, from first and last documents only', async () => {
    const bus = withoutDocumentReads(rig.gatewayBus);
    const all = await listRuns(MADE_UP, 0, bus);
    assert.equal(all.total, 30);
    assert.equal(all.runs.length, 20, 'the default limit');
    assert.deepEqual(all.runs.map((r) => r.scan_id), Array.from({ length: 20 }, (_, i) => i + 11));
    const newest = await listRuns(MADE_UP, 3, bus);
    assert.deepEqual(newest.runs.map((r) => r.run_uid), ['run28-0000', 'run29-0000', 'open-0000']);
    const [run28] = newest.runs;
    assert.deepEqual(
      { ...run28, start_json: undefined },
      { beamline: MADE_UP, run_uid: 'run28-0000', scan_id: 28, plan_name: 'count', plan_item_uid: 'item-28', user: 'erin', time: 1_028, exit_status: 'success', reason: '', num_events: 4, stop_time: 2_028, start_json: undefined },
    );
    assert.equal(JSON.parse(run28?.start_json ?? '{}').sample, 'S28');
    await assert.rejects(listRuns(MADE_UP, 5_000), isBrightlineError(ErrorCode.InvalidArgument, /at most 1000/));
    assert.deepEqual(await listRuns('BL08'), { runs: [], total: 0 });
  });

  it("lists a real scan with the engine's metadata", async () => {
    const { runs, total } = await listRuns(BL);
    assert.equal(total, 1);
    const [scan] = runs;
    assert.equal(scan?.run_uid, scanRun);
    assert.equal(scan?.plan_name, 'scan');
    assert.equal(scan?.exit_status, 'success');
    assert.ok((scan?.num_events ?? 0) >= SCAN.num);
    assert.ok((scan?.stop_time ?? 0) >= (scan?.time ?? Infinity));
    assert.deepEqual(JSON.parse(scan?.start_json ?? '{}').plan_args?.num, SCAN.num);
  });

  it('waits for a slow client: one document at a time, the next only once the last is taken', async () => {
    let inFlight = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = stream({ beamline: BL, run_uid: scanRun }, async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await gate;
      inFlight -= 1;
    });
    await eventually('the first document', () => slow.got.length === 1);
    await sleep(300);
    assert.equal(slow.got.length, 1, 'nothing more is sent while the client holds the first');
    release();
    await slow.done;
    assert.equal(most, 1);
    assert.equal(slow.got.at(-1)?.name, 'stop');
  });

  it('ends a live stream when the call is cancelled, and leaves no consumer behind', async () => {
    const consumers = async (): Promise<number> => (await rig.gatewayBus.streamInfo(DOCUMENT_STREAM)).consumers;
    const before = await consumers();
    await publishRun(rig.gatewayBus, 'stay-0000', { scanId: 40, events: 1, open: true });
    const live = stream({ beamline: MADE_UP, run_uid: 'stay-0000', live: true });
    await eventually('the stored documents', () => live.got.length === 3);
    assert.equal(await consumers(), before + 1);
    live.call.cancel();
    await live.done;
    assert.equal(await consumers(), before, 'the call\'s consumer is deleted with it');
    await publishEvent(rig.gatewayBus, 'stay-0000', 2);
    await sleep(200);
    assert.equal(live.got.length, 3, 'nothing after the call ended');
    // Listing and resolving runs leave none either.
    await listRuns(MADE_UP);
    await stream({ beamline: MADE_UP, run_uid: 'run12' }).done;
    await stream({ beamline: MADE_UP, run_uid: 'run1' }).done.catch(() => undefined);
    assert.equal(await consumers(), before);
  });

  it('ends ListRuns and StreamDocuments whose deadline passes mid-way, with no lookup after it and no consumer left', async () => {
    const consumers = async (): Promise<number> => (await rig.gatewayBus.streamInfo(DOCUMENT_STREAM)).consumers;
    const before = await consumers();
    const deadline = isBrightlineError(ErrorCode.DeadlineExceeded, /the call's deadline passed/);

    // Twenty runs to summarize, forty lookups; the deadline passes as the first one goes out.
    const listing = expiringCall();
    const calls: string[] = [];
    const listBus = expiringOn(rig.gatewayBus, 'firstStoredMessage', listing, (method) => calls.push(method));
    await assert.rejects(runHandlers(listBus).ListRuns?.handle(wire(v1.ListRunsRequest, { beamline: MADE_UP, limit: 20 }), listing) ?? Promise.reject(new Error('no ListRuns')), deadline);
    const lookups = calls.filter((m) => m === 'firstStoredMessage' || m === 'lastStoredMessage').length;
    assert.ok(lookups <= 2, `no new lookup once the deadline passed (${lookups} made)`);

    // The deadline passes while the prefix is being resolved: no document is read.
    const streaming = expiringCall();
    const streamCalls: string[] = [];
    const streamBus = expiringOn(rig.gatewayBus, 'lastSequencePerSubject', streaming, (method) => streamCalls.push(method));
    await assert.rejects(runHandlers(streamBus).StreamDocuments?.handle(wire(v1.StreamDocumentsRequest, { beamline: MADE_UP, run_uid: 'run1', live: true }), streaming, async () => undefined) ?? Promise.reject(new Error('no StreamDocuments')), deadline);
    assert.ok(!streamCalls.includes('readStream'), 'no document read after the deadline');
    assert.equal(await consumers(), before, 'no consumer left behind');
  });

  it('ends a replay whose last stored document does not decode', async () => {
    const runUid = 'mangled-0000';
    const subject = subjects.documents(MANGLED, runUid);
    const doc = (name: string, uid: string) => ({ name, uid, run_uid: runUid, json: JSON.stringify({ uid }), beamline: MANGLED });
    await rig.gatewayBus.publishDurable(subject, v1.DocumentEnvelope, doc('start', runUid), `${runUid}-start`);
    await rig.gatewayBus.publishDurable(subject, v1.DocumentEnvelope, doc('descriptor', `${runUid}-d`), `${runUid}-d`);
    const bogus = { encode: () => ({ finish: () => new Uint8Array([0x0f, 0xff]) }), decode: v1.DocumentEnvelope.decode };
    await rig.gatewayBus.publishDurable(subject, bogus, {} as never, `${runUid}-bad`);

    const replay = stream({ beamline: MANGLED, run_uid: runUid });
    let ended = false;
    void replay.done.finally(() => (ended = true)).catch(() => undefined);
    try {
      await eventually('the replay to end', () => ended, 10_000);
    } finally {
      replay.call.cancel();
    }
    await replay.done;
    assert.deepEqual(replay.got.map((e) => e.name), ['start', 'descriptor']);
    // The listing shows what it can of the run.
    const { runs } = await listRuns(MANGLED);
    assert.deepEqual(runs.map((r) => [r.run_uid, r.exit_status]), [[runUid, '']]);
  });

  describe('through a real gRPC client', () => {
    let gw: TestGateway;

    before(async () => {
      gw = await startTestGateway({
        bus: rig.gatewayBus,
        tokens: new Map([
          ['t-alice', identity('alice', BeamlineRole.User, BL)],
          ['t-bob', bob],
        ]),
      });
    });

    after(async () => {
      await gw?.stop();
    });

    it("submits a count as the caller and streams its run to the RunStop; an observer's submission is denied with the reason", async () => {
      const alice = gw.client('t-alice');
      const submitted = await alice.unary<{ item_uid: string }>('SubmitPlan', {
        beamline: BL,
        plan: { plan_name: 'count', args: toWireMap({ detectors: ['det'], num: 3 }), user: 'mallory' },
      });
      await eventually('the run of the count', () => beamline.docs.runUidOf(submitted.item_uid) !== undefined);
      const runUid = beamline.docs.runUidOf(submitted.item_uid) ?? '';
      const tap = gw.client('t-bob').stream<Envelope>('StreamDocuments', { beamline: BL, run_uid: runUid, live: true });
      assert.equal((await tap.ended).code, grpc.status.OK);
      assert.deepEqual(tap.messages.map((e) => e.name), ['start', 'descriptor', 'event', 'event', 'event', 'stop']);
      assert.equal(body(tap.messages[0] ?? {})['user'], 'alice');

      await assert.rejects(
        gw.client('t-bob').unary('SubmitPlan', { beamline: BL, plan: { plan_name: 'count', args: toWireMap({ detectors: ['det'] }) } }),
        isGrpcError(grpc.status.PERMISSION_DENIED, /submit a plan on BL01 needs the user role; bob is an observer there/),
      );
      await assert.rejects(
        gw.client('t-bob').unary('ListRuns', { beamline: MADE_UP, limit: 5_000 }),
        isGrpcError(grpc.status.INVALID_ARGUMENT, /at most 1000/),
      );
    });
  });
});
