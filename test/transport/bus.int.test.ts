import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { connect as natsConnect } from '@nats-io/transport-node';
import { brightline } from '../../gen/proto.js';
import { Bus, subjects, DeviceVerb, DOCUMENT_STREAM, PlanVerb, type StreamMessageInfo } from '../../actors/transport/mod.js';
import { ErrorCode, InvalidArgumentError, BrightlineError } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { eventually } from '../harness/waits.js';

const v1 = brightline.v1;

describe('NATS bus against a real nats-server', () => {
  let server: NatsServerHandle;
  let serving: Bus;
  let calling: Bus;
  const exporter = new InMemorySpanExporter();

  before(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    server = await startNatsServer();
    serving = await Bus.connect({ servers: server.url, name: 'serving' });
    calling = await Bus.connect({ servers: server.url, name: 'calling' });
  });

  after(async () => {
    await calling.close();
    await serving.close();
    await server.stop();
    trace.disable();
    context.disable();
  });

  it('carries protobuf requests and replies, and typed errors back', async () => {
    const service = await serving.addService({ name: 'bus-test', version: '0.0.1' });
    const subject = subjects.deviceCommand('BL01', 'm1', DeviceVerb.Set);
    service.addEndpoint('set', subject, v1.SetRequest, v1.StatusReply, async (request) => {
      const target = request.value?.number ?? NaN;
      if (target > 10) throw new InvalidArgumentError(`set point ${target} above high limit 10`);
      return { success: true, elapsed_s: target };
    });
    await serving.flush();

    const ok = await calling.request(subject, v1.SetRequest, { value: { number: 2.5 } }, v1.StatusReply, { timeoutMs: 2000 });
    assert.equal(ok.success, true);
    assert.equal(ok.elapsed_s, 2.5);

    await assert.rejects(
      calling.request(subject, v1.SetRequest, { value: { number: 11 } }, v1.StatusReply, { timeoutMs: 2000 }),
      (error: unknown) =>
        error instanceof BrightlineError && error.code === ErrorCode.InvalidArgument && /above high limit/.test(error.message),
    );
  });

  it('rejects a malformed request with a reason and keeps serving', async () => {
    const service = await serving.addService({ name: 'bus-test-malformed', version: '0.0.1' });
    const subject = subjects.deviceCommand('BL01', 'm2', DeviceVerb.Set);
    service.addEndpoint('set', subject, v1.SetRequest, v1.StatusReply, async () => ({ success: true }));
    await serving.flush();
    // A wire-type 7 field is not protobuf at all: the decoder must refuse it.
    const garbage = { encode: () => ({ finish: () => new Uint8Array([0x0f, 0xff, 0xff]) }), decode: v1.SetRequest.decode };
    await assert.rejects(
      calling.request(subject, garbage, {} as never, v1.StatusReply, { timeoutMs: 2000 }),
      (error: unknown) => error instanceof BrightlineError && error.code === ErrorCode.InvalidArgument && /malformed/.test(error.message),
    );
    const after = await calling.request(subject, v1.SetRequest, { value: { number: 1 } }, v1.StatusReply, { timeoutMs: 2000 });
    assert.equal(after.success, true);
  });

  it('says clearly when nobody serves a subject', async () => {
    await assert.rejects(
      calling.request(subjects.deviceCommand('BL09', 'ghost', DeviceVerb.Read), v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: 1000 }),
      (error: unknown) => error instanceof BrightlineError && error.code === ErrorCode.Unavailable && /nobody serves/.test(error.message),
    );
  });

  it('publishes and subscribes, skipping malformed messages', async () => {
    const subject = subjects.reading('BL01', 'det');
    const received: number[] = [];
    const done = new Promise<void>((resolve) => {
      calling.subscribe(subject, v1.ReadingUpdate, (update) => {
        received.push(update.readings['det']?.value?.number ?? NaN);
        if (received.length === 2) resolve();
      });
    });
    await calling.flush();
    const bogus = { encode: () => ({ finish: () => new Uint8Array([0x0f]) }), decode: v1.ReadingUpdate.decode };
    serving.publish(subject, v1.ReadingUpdate, { beamline: 'BL01', device: 'det', readings: { det: { value: { number: 1 } } } });
    serving.publish(subject, bogus, {} as never);
    serving.publish(subject, v1.ReadingUpdate, { beamline: 'BL01', device: 'det', readings: { det: { value: { number: 2 } } } });
    await done;
    assert.deepEqual(received, [1, 2]);
  });

  it('carries W3C trace context from requester to server span', async () => {
    exporter.reset();
    const service = await serving.addService({ name: 'bus-test-trace', version: '0.0.1' });
    const subject = subjects.deviceCommand('BL01', 'm3', DeviceVerb.Read);
    service.addEndpoint('read', subject, v1.ReadRequest, v1.ReadReply, async () => ({ readings: {} }));
    await serving.flush();
    const tracer = trace.getTracer('test');
    await tracer.startActiveSpan('client operation', async (span) => {
      await calling.request(subject, v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: 2000 });
      span.end();
    });
    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.name === 'client operation');
    const served = spans.find((s) => s.name === `serve ${subject}`);
    assert.ok(root && served, `spans: ${spans.map((s) => s.name).join(', ')}`);
    assert.equal(served.spanContext().traceId, root.spanContext().traceId);
  });

  it('publishes durably with de-duplication by message id and replays in order', async () => {
    await serving.ensureStream({ name: DOCUMENT_STREAM, subjects: [subjects.allDocuments()] });
    const subject = subjects.documents('BL01', 'run-1');
    const envelope = (uid: string) => ({ name: 'event', uid, run_uid: 'run-1', json: `{"uid":"${uid}"}` });
    const first = await serving.publishDurable(subject, v1.DocumentEnvelope, envelope('a'), 'a');
    const again = await serving.publishDurable(subject, v1.DocumentEnvelope, envelope('a'), 'a');
    await serving.publishDurable(subject, v1.DocumentEnvelope, envelope('b'), 'b');
    assert.equal(first.duplicate, false);
    assert.equal(again.duplicate, true);

    const uids: string[] = [];
    let stopReader: () => Promise<void> = async () => {};
    await new Promise<void>((resolve, reject) => {
      calling
        .readStream(DOCUMENT_STREAM, subjects.documents('BL01', '*'), v1.DocumentEnvelope, { kind: 'all' }, (doc) => {
          uids.push(doc.uid);
          if (uids.length === 2) resolve();
        })
        .then((reader) => (stopReader = () => reader.stop()), reject);
    });
    await stopReader();
    assert.deepEqual(uids, ['a', 'b']);
  });

  it('hands a reply to onReply before a message that arrived after it reaches a subscription', async () => {
    // A stand-in run engine on the raw client: its reply and the status it publishes right after
    // leave in one write, and arrive in one read.
    const raw = await natsConnect({ servers: server.url, name: 'raw-engine' });
    try {
      const ask = subjects.plan('BL04', PlanVerb.Status);
      raw.subscribe(ask, {
        callback: (_error, msg) => {
          msg.respond(v1.PlanStatus.encode({ beamline: 'BL04', state: 'running' }).finish());
          raw.publish(subjects.planState('BL04'), v1.PlanStatus.encode({ beamline: 'BL04', state: 'idle' }).finish());
        },
      });
      await raw.flush();
      for (let round = 0; round < 5; round++) {
        const order: string[] = [];
        const sub = calling.subscribe(subjects.planState('BL04'), v1.PlanStatus, (status) => order.push(`published ${status.state}`));
        await calling.flush();
        const reply = await calling.request(ask, v1.PlanStatusRequest, {}, v1.PlanStatus, { timeoutMs: 2000, onReply: () => order.push('reply') });
        assert.equal(reply.state, 'running');
        await calling.flush();
        sub.unsubscribe();
        assert.deepEqual(order, ['reply', 'published idle'], `round ${round}`);
      }
      // The same failures as any request.
      await assert.rejects(
        calling.request(subjects.plan('BL09', PlanVerb.Status), v1.PlanStatusRequest, {}, v1.PlanStatus, { timeoutMs: 2000, onReply: () => assert.fail('no reply') }),
        (error: unknown) => error instanceof BrightlineError && error.code === ErrorCode.Unavailable && /nobody serves/.test(error.message),
      );
    } finally {
      await raw.close();
    }
  });

  it('tells a reader of a stream about a message it skipped as malformed, in order', async () => {
    const subject = subjects.documents('BL02', 'run-skip');
    const bogus = { encode: () => ({ finish: () => new Uint8Array([0x0f, 0xff]) }), decode: v1.DocumentEnvelope.decode };
    await serving.publishDurable(subject, v1.DocumentEnvelope, { name: 'start', uid: 's', run_uid: 'run-skip', json: '{}' }, 'skip-s');
    await serving.publishDurable(subject, bogus, {} as never, 'skip-bad');
    const seen: string[] = [];
    let done: () => void = () => undefined;
    const last = new Promise<void>((resolve) => (done = resolve));
    const note = (what: string, info: StreamMessageInfo): void => {
      seen.push(`${what} pending ${info.pending}`);
      if (info.pending === 0) done();
    };
    const reader = await calling.readStream(DOCUMENT_STREAM, subject, v1.DocumentEnvelope, { kind: 'all' }, (doc, info) => note(doc.name, info), {
      onSkipped: (info) => note('skipped', info),
    });
    await last;
    await reader.stop();
    assert.deepEqual(seen, ['start pending 1', 'skipped pending 0']);
  });

  it('ends bounded JetStream reads when their signal aborts, leaving no consumer behind', async () => {
    const consumers = async (): Promise<number> => (await calling.streamInfo(DOCUMENT_STREAM)).consumers;
    const before = await consumers();
    const filter = subjects.documents('BL01', '*');
    const cancelled = (error: unknown): boolean => error instanceof BrightlineError && error.code === ErrorCode.Cancelled && /call ended/.test(error.message);

    await assert.rejects(calling.lastSequencePerSubject(DOCUMENT_STREAM, filter, { signal: AbortSignal.abort(new Error('call ended')) }), cancelled);
    // Aborted once the read is under way: it still ends, and deletes the consumer it made.
    const controller = new AbortController();
    const listing = calling.lastSequencePerSubject(DOCUMENT_STREAM, filter, { signal: controller.signal });
    controller.abort(new Error('call ended'));
    await assert.rejects(listing, cancelled);
    await assert.rejects(calling.lastStoredMessage(DOCUMENT_STREAM, subjects.documents('BL01', 'run-1'), v1.DocumentEnvelope, { signal: AbortSignal.abort(new Error('call ended')) }), cancelled);
    assert.equal(await consumers(), before);

    // A reader stops itself when its signal aborts.
    const readerControl = new AbortController();
    const reader = await calling.readStream(DOCUMENT_STREAM, filter, v1.DocumentEnvelope, { kind: 'new' }, () => undefined, { signal: readerControl.signal });
    assert.equal(await consumers(), before + 1);
    readerControl.abort();
    assert.equal(await reader.ended, undefined);
    await reader.stop();
    assert.equal(await consumers(), before);
  });
});

describe('Bus connection state', () => {
  it('tells listeners when the server goes away and comes back, and after close', async () => {
    let server = await startNatsServer();
    const { port } = server;
    const bus = await Bus.connect({ servers: server.url, name: 'connection-state' });
    try {
      const seen: boolean[] = [];
      bus.onConnectionChange(() => {
        throw new Error('a broken listener');
      });
      const unsubscribe = bus.onConnectionChange((connected) => seen.push(connected));
      assert.equal(bus.connected, true);

      await server.stop();
      await eventually('the listener hears of the lost connection', () => seen.length >= 1);
      assert.deepEqual(seen, [false]);
      assert.equal(bus.connected, false);

      server = await startNatsServer({ port });
      await eventually('the listener hears of the reconnect', () => seen.length >= 2);
      assert.deepEqual(seen, [false, true]);
      assert.equal(bus.connected, true);

      unsubscribe();
      await bus.close();
      assert.equal(bus.connected, false);
      assert.deepEqual(seen, [false, true], 'an unsubscribed listener hears nothing more');
    } finally {
      await bus.close();
      await server.stop();
    }
  });
});
