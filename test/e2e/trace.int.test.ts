/**
 * One trace from a gRPC call down to the IOC: a client with its own `traceparent` calls the
 * gateway, which asks the run engine over NATS; the run (started from the queue) sets the motor
 * through the device host, whose motor writes its ca:// PV on the project's CA server. Every part
 * runs in this process with one in-memory exporter, so the whole tree can be checked: one trace id
 * (the client's), each span the child of the one that caused it. The trees are printed for the note.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startRunEngine, type RunEngineHost } from '../../actors/plan/run-engine-host.js';
import { Bus } from '../../actors/transport/mod.js';
import { CaClient } from '../../epics/client/mod.js';
import { BeamlineRole, type Identity } from '../../gateway/rpc.js';
import { startTracing, type Tracing } from '../../lib/telemetry/tracing.js';
import { toWireMap, toWireValue } from '../../lib/values.js';
import { startTestGateway, type FacilityClient, type TestGateway } from '../harness/gateway.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { startSimIoc, type SimIoc } from '../harness/sim-ioc.js';
import { eventually } from '../harness/waits.js';
import { startSimBeamline, type SimBeamline } from '../plan/real-beamline.js';

const BEAMLINE = 'BL01';
const PV_PREFIX = 'TRC:';
const MOTOR = `${PV_PREFIX}m1`;
/** What the motor writes to move: its setpoint field. */
const MOTOR_PV = `${MOTOR}.VAL`;
const RECORDS = [
  { type: 'motor', name: 'm1', egu: 'mm', velo: 5, accl: 0.02, llm: -5, hlm: 5, prec: 3, value: 0, tickMs: 10 },
  { type: 'calc', name: 'det', calc: 'E+A*EXP(-((B-C)**2)/(2*D*D))', inputs: { A: 1000, B: 'm1.RBV', C: 0.2, D: 0.5, E: 10 }, egu: 'counts', prec: 1 },
];
const DEVICES = [
  { kind: 'motor', name: 'm1', pv: `ca://${MOTOR}` },
  { kind: 'point-detector', name: 'det', pv: `ca://${PV_PREFIX}det`, exposure_s: 0.01 },
];
const TOKEN = 'trace-token';
const STAFF: Identity = { user: 'tracy', operator: false, roles: new Map([[BEAMLINE, BeamlineRole.Staff]]) };

/** A W3C traceparent of our own: the client's span, sampled. */
function madeUpTraceParent(): { traceparent: string; traceId: string; spanId: string } {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceparent: `00-${traceId}-${spanId}-01`, traceId, spanId };
}

/** The spans of one trace, walked by parent. */
class TraceTree {
  readonly #byId = new Map<string, ReadableSpan>();

  constructor(readonly spans: readonly ReadableSpan[]) {
    for (const span of spans) this.#byId.set(span.spanContext().spanId, span);
  }

  parentOf(span: ReadableSpan): ReadableSpan | undefined {
    const parentId = span.parentSpanContext?.spanId;
    return parentId === undefined ? undefined : this.#byId.get(parentId);
  }

  childrenOf(span: ReadableSpan): ReadableSpan[] {
    return this.spans.filter((s) => s.parentSpanContext?.spanId === span.spanContext().spanId).sort((a, b) => hrMs(a.startTime) - hrMs(b.startTime));
  }

  named(name: string): ReadableSpan[] {
    return this.spans.filter((s) => s.name === name);
  }

  one(name: string): ReadableSpan {
    const found = this.named(name);
    assert.equal(found.length, 1, `one span '${name}' in the trace, found ${found.length}:\n${this.print()}`);
    return found[0] as ReadableSpan;
  }

  /** The names from the root down to `span`. */
  pathTo(span: ReadableSpan): string[] {
    const path: string[] = [];
    for (let at: ReadableSpan | undefined = span; at; at = this.parentOf(at)) path.unshift(at.name);
    return path;
  }

  roots(): ReadableSpan[] {
    return this.spans.filter((s) => !this.parentOf(s)).sort((a, b) => hrMs(a.startTime) - hrMs(b.startTime));
  }

  print(): string {
    const lines: string[] = [];
    const walk = (span: ReadableSpan, depth: number): void => {
      lines.push(`${'  '.repeat(depth)}${span.name} [${KIND_NAMES[span.kind]}]`);
      for (const child of this.childrenOf(span)) walk(child, depth + 1);
    };
    for (const root of this.roots()) walk(root, 0);
    return lines.join('\n');
  }
}

const KIND_NAMES: Record<SpanKind, string> = {
  [SpanKind.INTERNAL]: 'internal',
  [SpanKind.SERVER]: 'server',
  [SpanKind.CLIENT]: 'client',
  [SpanKind.PRODUCER]: 'producer',
  [SpanKind.CONSUMER]: 'consumer',
};

function hrMs(time: readonly [number, number]): number {
  return time[0] * 1000 + time[1] / 1e6;
}

/** Asserts that `span` is of `kind` and that its parent is `parent`. */
function assertChild(tree: TraceTree, span: ReadableSpan, kind: SpanKind, parent: ReadableSpan): void {
  assert.equal(span.kind, kind, `${span.name} is a ${KIND_NAMES[kind]} span`);
  assert.equal(tree.parentOf(span)?.spanContext().spanId, parent.spanContext().spanId, `${span.name}: parent is ${parent.name}, path ${tree.pathTo(span).join(' > ')}`);
}

describe('one trace from a gRPC call to the CA put', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let nats: NatsServerHandle;
  let ioc: SimIoc;
  let ca: CaClient;
  const buses: Bus[] = [];
  let beamline: SimBeamline;
  let engine: RunEngineHost;
  let gateway: TestGateway;
  let client: FacilityClient;

  before(async () => {
    tracing = startTracing({ service: 'trace-test', instance: 'e2e', exporter });
    nats = await startNatsServer();
    ioc = await startSimIoc(PV_PREFIX, RECORDS);
    ca = new CaClient({ addrList: [ioc.address], autoAddrList: false, listenForBeacons: false, env: {}, maxSearchPeriodMs: 200 });
    const connect = async (name: string): Promise<Bus> => {
      const bus = await Bus.connect({ servers: nats.url, name });
      buses.push(bus);
      return bus;
    };
    beamline = await startSimBeamline({ bus: await connect('device-host'), beamline: BEAMLINE, prefix: 'TRCSIM:', devices: DEVICES, ca });
    engine = await startRunEngine({ bus: await connect('run-engine'), beamline: BEAMLINE, heartbeatIntervalMs: 200 });
    gateway = await startTestGateway({ bus: await connect('gateway'), tokens: new Map([[TOKEN, STAFF]]) });
    client = gateway.client(TOKEN);
  });

  after(async () => {
    await gateway?.stop();
    await engine?.stop();
    await beamline?.close();
    for (const bus of buses) await bus.close();
    await ca?.close();
    await ioc?.stop();
    await nats?.stop();
    await tracing?.stop();
  });

  /** The finished spans of `traceId` once `done` holds for them. */
  const traceOf = async (traceId: string, what: string, done: (tree: TraceTree) => boolean): Promise<TraceTree> => {
    const current = (): TraceTree => new TraceTree(exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId));
    await eventually(what, () => done(current()), 30_000);
    return current();
  };

  it('follows SubmitPlan through the gateway, the run engine, each device set over NATS and its CA put', async () => {
    const caller = madeUpTraceParent();
    const reply = await client.unary<{ item_uid: string }>(
      'SubmitPlan',
      { beamline: BEAMLINE, plan: { plan_name: 'scan', args: toWireMap({ detectors: ['det'], motor: 'm1', start: 0, stop: 0.4, num: 3 }) } },
      { metadata: { traceparent: caller.traceparent, tracestate: 'vendor=client' } },
    );
    assert.ok(reply.item_uid);
    const tree = await traceOf(caller.traceId, 'the run span of the scan', (t) => t.named('run scan').length === 1);
    console.log(`trace ${caller.traceId} of SubmitPlan:\n${tree.print()}`);

    const call = tree.one('brightline.v1.Facility/SubmitPlan');
    assert.equal(call.kind, SpanKind.SERVER);
    assert.equal(call.parentSpanContext?.spanId, caller.spanId, "the gateway's span is the child of the client's");
    assert.equal(call.parentSpanContext?.isRemote, true);
    assert.equal(call.attributes['rpc.grpc.status_code'], 0);

    const submit = tree.one(`request bl.v1.plan.${BEAMLINE}.submit`);
    assertChild(tree, submit, SpanKind.CLIENT, call);
    const served = tree.one(`serve bl.v1.plan.${BEAMLINE}.submit`);
    assertChild(tree, served, SpanKind.SERVER, submit);
    const run = tree.one('run scan');
    assertChild(tree, run, SpanKind.INTERNAL, served);
    assert.equal(run.attributes['brightline.item_uid'], reply.item_uid);
    assert.equal(run.attributes['brightline.exit_status'], 'success');

    // Every move of the motor: the plan's set, its request over NATS, the device host serving it, the CA put.
    const sets = tree.named('set m1');
    assert.ok(sets.length >= 3, `a set of m1 per point, found ${sets.length}`);
    for (const set of sets) {
      assertChild(tree, set, SpanKind.INTERNAL, run);
      const [request, ...otherRequests] = tree.childrenOf(set).filter((s) => s.name === `request bl.v1.dev.${BEAMLINE}.m1.set`);
      assert.ok(request && otherRequests.length === 0, `one device request under ${set.name}`);
      assertChild(tree, request, SpanKind.CLIENT, set);
      const [serve] = tree.childrenOf(request);
      assert.ok(serve, `the device host's span under ${request.name}`);
      assertChild(tree, serve, SpanKind.SERVER, request);
      assert.equal(serve.name, `serve bl.v1.dev.${BEAMLINE}.m1.set`);
      const puts = tree.named(`ca put ${MOTOR_PV}`).filter((put) => isUnder(tree, put, serve));
      assert.equal(puts.length, 1, `one CA put of ${MOTOR_PV} under ${serve.name}:\n${tree.print()}`);
      const put = puts[0] as ReadableSpan;
      assert.equal(put.kind, SpanKind.CLIENT);
      assert.equal(put.attributes['epics.pv'], MOTOR_PV);
      assert.equal(put.attributes['server.address'], '127.0.0.1');
      assert.equal(put.attributes['server.port'], ioc.tcpPort);
    }
    // Nothing of this trace hangs off another root: the client's span is the only parent outside it.
    assert.deepEqual(tree.roots().map((s) => s.name), ['brightline.v1.Facility/SubmitPlan']);
  });

  it('continues the trace of each submission in its run, also for an item that waited in the queue', async () => {
    const first = madeUpTraceParent();
    const second = madeUpTraceParent();
    const scan = (stop: number) => ({ plan_name: 'scan', args: toWireMap({ detectors: ['det'], motor: 'm1', start: 0, stop, num: 2 }) });
    const a = await client.unary<{ item_uid: string; position: number }>('SubmitPlan', { beamline: BEAMLINE, plan: scan(0.5) }, { metadata: { traceparent: first.traceparent } });
    const b = await client.unary<{ item_uid: string; position: number }>('SubmitPlan', { beamline: BEAMLINE, plan: scan(0.2) }, { metadata: { traceparent: second.traceparent } });
    assert.equal(b.position, 1, 'the second scan waits behind the first');

    const firstTree = await traceOf(first.traceId, 'the run of the first scan', (t) => t.named('run scan').length === 1);
    const secondTree = await traceOf(second.traceId, 'the run of the queued scan', (t) => t.named('run scan').length === 1);
    console.log(`trace ${second.traceId} of the queued SubmitPlan (sets only):\n${secondTree.print().split('\n').filter((l) => !/read|stage|trigger|describe/.test(l)).join('\n')}`);
    assert.equal(firstTree.one('run scan').attributes['brightline.item_uid'], a.item_uid);
    const run = secondTree.one('run scan');
    assert.equal(run.attributes['brightline.item_uid'], b.item_uid);
    assertChild(secondTree, run, SpanKind.INTERNAL, secondTree.one(`serve bl.v1.plan.${BEAMLINE}.submit`));
    assert.ok(secondTree.named(`ca put ${MOTOR_PV}`).length >= 2, 'the queued run moved the motor in its own trace');
  });

  it('follows a Set straight to a device: gateway, device host, CA put', async () => {
    const caller = madeUpTraceParent();
    await client.unary('Set', { beamline: BEAMLINE, device: 'm1', value: toWireValue(0.3) }, { metadata: { traceparent: caller.traceparent } });
    const tree = await traceOf(caller.traceId, 'the gateway span of Set', (t) => t.named('brightline.v1.Facility/Set').length === 1);
    console.log(`trace ${caller.traceId} of Set:\n${tree.print()}`);

    const call = tree.one('brightline.v1.Facility/Set');
    assert.equal(call.kind, SpanKind.SERVER);
    assert.equal(call.parentSpanContext?.spanId, caller.spanId);
    const request = tree.one(`request bl.v1.dev.${BEAMLINE}.m1.set`);
    assertChild(tree, request, SpanKind.CLIENT, call);
    const serve = tree.one(`serve bl.v1.dev.${BEAMLINE}.m1.set`);
    assertChild(tree, serve, SpanKind.SERVER, request);
    const put = tree.one(`ca put ${MOTOR_PV}`);
    assert.ok(isUnder(tree, put, serve), `the CA put is under the device host's span: ${tree.pathTo(put).join(' > ')}`);
    assert.equal(put.kind, SpanKind.CLIENT);
    assert.deepEqual(tree.roots().map((s) => s.name), ['brightline.v1.Facility/Set']);
  });

  it('starts a trace of its own for a call without traceparent', async () => {
    const before = new Set(exporter.getFinishedSpans().map((s) => s.spanContext().traceId));
    await client.unary('Set', { beamline: BEAMLINE, device: 'm1', value: toWireValue(0.1) });
    await eventually('the gateway span of the untraced Set', () => exporter.getFinishedSpans().some((s) => s.name === 'brightline.v1.Facility/Set' && !before.has(s.spanContext().traceId)));
    const call = exporter.getFinishedSpans().find((s) => s.name === 'brightline.v1.Facility/Set' && !before.has(s.spanContext().traceId));
    assert.equal(call?.parentSpanContext, undefined, 'a root span');
  });

  it('makes no CA spans outside a trace (the metadata reads of every connect)', () => {
    const caSpans = exporter.getFinishedSpans().filter((s) => s.name.startsWith('ca '));
    assert.ok(caSpans.length > 0);
    assert.deepEqual(caSpans.filter((s) => s.parentSpanContext === undefined).map((s) => s.name), []);
  });
});

function isUnder(tree: TraceTree, span: ReadableSpan, ancestor: ReadableSpan): boolean {
  for (let at = tree.parentOf(span); at; at = tree.parentOf(at)) if (at === ancestor) return true;
  return false;
}
