import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { brightline } from '../../gen/proto.js';
import { Bus, subjects, DeviceVerb, DOCUMENT_STREAM } from '../../actors/transport/mod.js';
import { ErrorCode, InvalidArgumentError, BrightlineError } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

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
});
