import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect as natsConnect, NoRespondersError, TimeoutError as NatsTimeoutError, type NatsConnection } from '@nats-io/transport-node';
import { DiscardPolicy, JetStreamApiError, jetstreamManager } from '@nats-io/jetstream';
import { brightline } from '../../gen/proto.js';
import { ReplyRouter } from '../../actors/transport/reply-router.js';
import { Bus, subjects, DeviceVerb } from '../../actors/transport/mod.js';
import { BrightlineError, ErrorCode, NoResponderError } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const v1 = brightline.v1;
const text = new TextEncoder();
const decoded = new TextDecoder();

describe('reply router against a real nats-server', () => {
  let server: NatsServerHandle;
  let responder: NatsConnection;
  let requester: NatsConnection;
  let router: ReplyRouter;

  before(async () => {
    server = await startNatsServer();
    responder = await natsConnect({ servers: server.url, name: 'responder' });
    requester = await natsConnect({ servers: server.url, name: 'requester' });
    router = new ReplyRouter(requester, '_INBOX_router_test');
    // Echoes each request after the delay (ms) it names, so replies arrive out of order.
    responder.subscribe('echo', {
      callback: (_error, msg) => {
        const delayMs = Number(decoded.decode(msg.data).split(':')[1] ?? 0);
        setTimeout(() => msg.respond(msg.data), delayMs);
      },
    });
    await responder.flush();
  });

  after(async () => {
    await requester.close();
    await responder.close();
    await server.stop();
  });

  it('routes each reply to its own request, with many in flight answered out of order', async () => {
    const asked = Array.from({ length: 200 }, (_, i) => `${i}:${(i * 7) % 20}`);
    const replies = await Promise.all(asked.map((body) => router.request('echo', text.encode(body), { timeoutMs: 5_000 })));
    assert.deepEqual(replies.map((reply) => decoded.decode(reply.data)), asked);
  });

  it('times out with the client\'s TimeoutError, drops the reply that comes later, and goes on serving', async () => {
    await assert.rejects(router.request('echo', text.encode('late:300'), { timeoutMs: 50 }), NatsTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const next = await router.request('echo', text.encode('next:0'), { timeoutMs: 5_000 });
    assert.equal(decoded.decode(next.data), 'next:0');
  });

  it('fails with NoRespondersError, not a timeout, when nobody serves the subject (the server\'s 503)', async () => {
    await assert.rejects(router.request('nobody.here', text.encode('x'), { timeoutMs: 5_000 }), NoRespondersError);
  });

  it('a refused publish fails the requests on that subject only', async () => {
    const refused = router.request('refused.subject', text.encode('x'), { timeoutMs: 5_000 });
    const other = router.request('echo', text.encode('other:100'), { timeoutMs: 5_000 });
    const violation = new Error('Permissions Violation for Publish to "refused.subject"');
    router.refusedPublish('refused.subject', violation);
    await assert.rejects(refused, (error: unknown) => error === violation);
    assert.equal(decoded.decode((await other).data), 'other:100');
  });

  it('fails what still waits when the connection goes', async () => {
    const doomed = await natsConnect({ servers: server.url, name: 'doomed' });
    const doomedRouter = new ReplyRouter(doomed, '_INBOX_router_doomed');
    const waiting = doomedRouter.request('echo', text.encode('slow:2000'), { timeoutMs: 10_000 });
    await doomed.close();
    doomedRouter.failAll(new Error('connection closed'));
    await assert.rejects(waiting, /connection closed/);
  });
});

describe('Bus requests and durable publishes through the reply router', () => {
  let server: NatsServerHandle;
  let bus: Bus;

  before(async () => {
    server = await startNatsServer();
    bus = await Bus.connect({ servers: server.url, name: 'router-bus' });
  });

  after(async () => {
    await bus.close();
    await server.stop();
  });

  it('a request nobody serves is NoResponderError, and one still waiting when the bus closes is UNAVAILABLE', async () => {
    const read = subjects.deviceCommand('BL01', 'ghost', DeviceVerb.Read);
    await assert.rejects(bus.request(read, v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: 5_000 }), NoResponderError);

    const other = await Bus.connect({ servers: server.url, name: 'router-bus-closing' });
    const silent = await other.addService({ name: 'silent', version: '0.0.1' });
    const slowSubject = subjects.deviceCommand('BL01', 'slow', DeviceVerb.Read);
    silent.addEndpoint('read', slowSubject, v1.ReadRequest, v1.ReadReply, () => new Promise(() => undefined));
    await other.flush();
    const closing = await Bus.connect({ servers: server.url, name: 'router-bus-closed' });
    const waiting = closing.request(slowSubject, v1.ReadRequest, {}, v1.ReadReply, { timeoutMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await closing.close();
    await assert.rejects(waiting, (error: unknown) => error instanceof BrightlineError && error.code === ErrorCode.Unavailable);
    await other.close();
  });

  it('publishDurable stores, reports a duplicate, and surfaces the stream\'s refusal and a missing stream', async () => {
    const nc = await natsConnect({ servers: server.url, name: 'stream-admin' });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: 'ONE_ONLY', subjects: ['one.only.>'], max_msgs: 1, discard: DiscardPolicy.New });
    const envelope = (uid: string) => ({ name: 'event', uid, run_uid: 'r', json: '{}' });
    const first = await bus.publishDurable('one.only.a', v1.DocumentEnvelope, envelope('a'), 'a');
    assert.deepEqual(first, { seq: 1, duplicate: false });
    assert.deepEqual(await bus.publishDurable('one.only.a', v1.DocumentEnvelope, envelope('a'), 'a'), { seq: 1, duplicate: true });
    await assert.rejects(bus.publishDurable('one.only.b', v1.DocumentEnvelope, envelope('b'), 'b'), (error: unknown) => error instanceof JetStreamApiError && /maximum messages/i.test(error.message));
    await assert.rejects(bus.publishDurable('no.stream.here', v1.DocumentEnvelope, envelope('c'), 'c'), (error: unknown) =>
      error instanceof BrightlineError && error.code === ErrorCode.Unavailable && error.retryable && /no JetStream stream stored 'no.stream.here'/.test(error.message),
    );
    await nc.close();
  });
});
