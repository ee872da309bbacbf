/**
 * The bus on a 3-node cluster (deploy/nats/brightline-nats.conf): a comma-separated server list,
 * replicas for what it creates, and requests in flight when the node it is connected to dies.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { brightline } from '../../gen/proto.js';
import { Bus, ConnectionLostError, serverList } from '../../actors/transport/mod.js';
import { InvalidArgumentError } from '../../lib/errors.js';
import { startNatsCluster, type NatsCluster } from '../harness/nats-cluster.js';

const v1 = brightline.v1;

describe('serverList', () => {
  it('takes NATS_URL as one URL, a comma-separated list, or an array of either', () => {
    assert.deepEqual(serverList('nats://a:4222'), ['nats://a:4222']);
    assert.deepEqual(serverList('nats://a:4222, nats://b:4222,,nats://c:4222 '), ['nats://a:4222', 'nats://b:4222', 'nats://c:4222']);
    assert.deepEqual(serverList(['nats://a:4222,nats://b:4222', 'nats://c:4222']), ['nats://a:4222', 'nats://b:4222', 'nats://c:4222']);
  });
});

describe('the bus on a 3-node cluster', () => {
  let cluster: NatsCluster;
  const buses: Bus[] = [];
  const connect = async (name: string, replicas?: number): Promise<Bus> => {
    const bus = await Bus.connect({ servers: cluster.natsUrl, name, ...(replicas === undefined ? {} : { replicas }) });
    buses.push(bus);
    return bus;
  };

  before(async () => {
    cluster = await startNatsCluster({ nodes: 3 });
  });

  after(async () => {
    for (const bus of buses) await bus.close().catch(() => undefined);
    await cluster?.stop();
  });

  it('creates streams and buckets with its replicas, and leaves an existing stream as it is without them', async () => {
    const three = await connect('replicas-3', 3);
    await three.ensureStream({ name: 'R3_STREAM', subjects: ['test.r3.>'] });
    assert.equal((await three.streamInfo('R3_STREAM')).replicas, 3);
    await three.kv('R3_BUCKET');
    assert.equal((await three.streamInfo('KV_R3_BUCKET')).replicas, 3);
    const info = await three.streamInfo('R3_STREAM');
    assert.ok(info.leader && info.followers.length === 2, JSON.stringify(info));

    const plain = await connect('replicas-default');
    await plain.ensureStream({ name: 'R3_STREAM', subjects: ['test.r3.>'] });
    assert.equal((await plain.streamInfo('R3_STREAM')).replicas, 3, 'a process without replicas does not scale the stream down');
    await plain.ensureStream({ name: 'R1_STREAM', subjects: ['test.r1.>'] });
    assert.equal((await plain.streamInfo('R1_STREAM')).replicas, 1);
  });

  it('refuses a replica count JetStream cannot have', async () => {
    await assert.rejects(Bus.connect({ servers: cluster.natsUrl, name: 'bad', replicas: 0 }), InvalidArgumentError);
    const saved = process.env['BRIGHTLINE_JS_REPLICAS'];
    process.env['BRIGHTLINE_JS_REPLICAS'] = 'three';
    try {
      await assert.rejects(Bus.connect({ servers: cluster.natsUrl, name: 'bad-env' }), /BRIGHTLINE_JS_REPLICAS/);
    } finally {
      if (saved === undefined) delete process.env['BRIGHTLINE_JS_REPLICAS'];
      else process.env['BRIGHTLINE_JS_REPLICAS'] = saved;
    }
  });

  it('gets the reply of a request in flight when its node dies, through the node it moves to', async () => {
    const serving = await connect('serving');
    const calling = await connect('calling');
    const service = await serving.addService({ name: 'failover-echo', version: '0.0.1' });
    service.addEndpoint('echo', 'test.failover.echo', v1.SetRequest, v1.StatusReply, async (request) => {
      if (request.value?.number) await sleep(1_000);
      return { success: true, elapsed_s: (request.value?.number ?? 0) + 1 };
    });
    await serving.flush();
    // The service's interest reaches the calling client's node over the cluster routes a moment
    // later; until then a request finds no responder there.
    for (let attempt = 1; ; attempt++) {
      try {
        await calling.request('test.failover.echo', v1.SetRequest, { value: { number: 0 } }, v1.StatusReply, { timeoutMs: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 100) throw error;
        await sleep(50);
      }
    }
    const node = cluster.nodeOf(calling.serverUrl);
    assert.ok(node);
    const reply = calling.request('test.failover.echo', v1.SetRequest, { value: { number: 41 } }, v1.StatusReply, { timeoutMs: 30_000 });
    await sleep(200);
    await node.kill();
    assert.equal((await reply).elapsed_s, 42);
    assert.notEqual(cluster.nodeOf(calling.serverUrl)?.name, node.name);
    await node.restart();
    await cluster.untilReady();
  });

  it('cuts off a request whose reply is lost with its node, soon after reconnecting, not at its timeout', async () => {
    const calling = await connect('calling-lost');
    const silent = await connect('silent');
    let received = 0;
    // Takes the request and never answers: the reply is lost as it would be in the dying node.
    silent.subscribe('test.failover.silent', v1.SetRequest, () => received++);
    await silent.flush();
    // Until the subscription's interest has crossed the cluster routes, a request finds no responder.
    while (received === 0) {
      await calling.request('test.failover.silent', v1.SetRequest, { value: { number: 0 } }, v1.StatusReply, { timeoutMs: 300 }).catch(() => undefined);
    }
    received = 0;
    const node = cluster.nodeOf(calling.serverUrl);
    assert.ok(node);
    const reply = calling.request('test.failover.silent', v1.SetRequest, { value: { number: 1 } }, v1.StatusReply, { timeoutMs: 120_000 });
    const failed = assert.rejects(reply, (error: unknown) => {
      assert.ok(error instanceof ConnectionLostError, String(error));
      assert.equal(error.retryable, true);
      return true;
    });
    while (received === 0) await sleep(10);
    await node.kill();
    await failed;
    await node.restart();
    await cluster.untilReady();
  });
});
