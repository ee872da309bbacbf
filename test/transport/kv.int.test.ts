import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { Bus, KvKeyExistsError, KvOperationError, KvRevisionMismatchError, type KvBucket } from '../../actors/transport/mod.js';
import { ErrorCode, MalformedMessageError } from '../../lib/errors.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const { QueueCounter, QueueState } = brightline.v1;

describe('KV buckets against a real nats-server', () => {
  let server: NatsServerHandle;
  let first: Bus;
  let second: Bus;

  before(async () => {
    server = await startNatsServer();
    first = await Bus.connect({ servers: server.url, name: 'kv-first' });
    second = await Bus.connect({ servers: server.url, name: 'kv-second' });
  });

  after(async () => {
    await second.close();
    await first.close();
    await server.stop();
  });

  it('puts and gets protobuf values with their revisions', async () => {
    const bucket = await first.kv('KV_TEST_BASIC');
    assert.equal(await bucket.get('missing', QueueCounter), undefined);
    const revision = await bucket.put('n', QueueCounter, { value: 7 });
    const read = await bucket.get('n', QueueCounter);
    assert.equal(read?.value.value, 7);
    assert.equal(read?.revision, revision);
    const state = { items: [{ item_uid: 'u1', plan_name: 'count' }], started: true, running_item_uid: 'u1' };
    await bucket.put('state', QueueState, state);
    const back = await bucket.get('state', QueueState);
    assert.equal(back?.value.items[0]?.plan_name, 'count');
    assert.equal(back?.value.started, true);
  });

  it('compare-and-set: the second writer at a stale revision gets a retryable, named conflict', async () => {
    const a = await first.kv('KV_TEST_CAS');
    const b = await second.kv('KV_TEST_CAS');
    const created = await a.create('counter', QueueCounter, { value: 1 });
    const seenByA = await a.get('counter', QueueCounter);
    const seenByB = await b.get('counter', QueueCounter);
    assert.equal(seenByA?.revision, created);
    assert.equal(seenByB?.revision, created);

    const next = await a.update('counter', QueueCounter, { value: 2 }, created);
    assert.ok(next > created);
    await assert.rejects(b.update('counter', QueueCounter, { value: 2 }, created), (error: unknown) => {
      assert.ok(error instanceof KvRevisionMismatchError);
      assert.equal(error.code, ErrorCode.Aborted);
      assert.equal(error.retryable, true);
      assert.equal(error.bucket, 'KV_TEST_CAS');
      assert.equal(error.key, 'counter');
      assert.equal(error.expectedRevision, created);
      assert.match(error.message, /'counter'.*'KV_TEST_CAS'.*revision \d+/);
      return true;
    });
    // Read again, retry: succeeds, and nothing was lost.
    const fresh = await b.get('counter', QueueCounter);
    await b.update('counter', QueueCounter, { value: (fresh?.value.value ?? 0) + 1 }, fresh?.revision ?? 0);
    assert.equal((await a.get('counter', QueueCounter))?.value.value, 3);
  });

  it('create refuses an existing key but accepts a deleted one', async () => {
    const bucket = await first.kv('KV_TEST_CREATE');
    await bucket.create('once', QueueCounter, { value: 1 });
    await assert.rejects(bucket.create('once', QueueCounter, { value: 2 }), (error: unknown) => {
      assert.ok(error instanceof KvKeyExistsError);
      assert.equal(error.code, ErrorCode.AlreadyExists);
      assert.equal(error.key, 'once');
      return true;
    });
    await bucket.delete('once');
    assert.equal(await bucket.get('once', QueueCounter), undefined);
    await bucket.create('once', QueueCounter, { value: 3 });
    assert.equal((await bucket.get('once', QueueCounter))?.value.value, 3);
  });

  it('lists keys with a filter and forgets deleted ones', async () => {
    const bucket = await first.kv('KV_TEST_KEYS');
    assert.deepEqual(await bucket.keys(), []);
    for (const key of ['history.001', 'history.002', 'history.003', 'state']) await bucket.put(key, QueueCounter, { value: 1 });
    await bucket.delete('history.002');
    assert.deepEqual((await bucket.keys()).sort(), ['history.001', 'history.003', 'state']);
    assert.deepEqual((await bucket.keys('history.*')).sort(), ['history.001', 'history.003']);
  });

  it('reads the latest value of every matching key, with its revision, skipping deleted ones', async () => {
    const bucket = await first.kv('KV_TEST_ENTRIES', { history: 5 });
    assert.deepEqual(await bucket.entries('>', QueueCounter), []);
    await bucket.put('a.x', QueueCounter, { value: 1 });
    const revision = await bucket.put('a.x', QueueCounter, { value: 2 });
    await bucket.put('a.y', QueueCounter, { value: 3 });
    await bucket.delete('a.y');
    await bucket.put('b.z', QueueCounter, { value: 4 });
    const found = (await bucket.entries('a.*', QueueCounter)).map((e) => [e.key, e.value.value, e.revision]);
    assert.deepEqual(found, [['a.x', 2, revision]]);
    assert.deepEqual((await bucket.entries('>', QueueCounter)).map((e) => e.key).sort(), ['a.x', 'b.z']);
  });

  it('watches current values, then changes and deletions, until stopped', async () => {
    const writer = await first.kv('KV_TEST_WATCH');
    const reader = await second.kv('KV_TEST_WATCH');
    await writer.put('dev.a', QueueCounter, { value: 1 });
    await writer.put('other', QueueCounter, { value: 99 });
    const seen: Array<[string, number | undefined]> = [];
    let notify: () => void = () => undefined;
    const watch = await reader.watch('dev.*', QueueCounter, (key, value) => {
      seen.push([key, value?.value]);
      notify();
    });
    const until = (count: number): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`saw only ${JSON.stringify(seen)}`)), 5_000);
        notify = () => {
          if (seen.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        };
        notify();
      });
    await until(1);
    await writer.put('dev.b', QueueCounter, { value: 2 });
    await writer.put('dev.a', QueueCounter, { value: 3 });
    await writer.delete('dev.b');
    await until(4);
    assert.deepEqual(seen, [
      ['dev.a', 1],
      ['dev.b', 2],
      ['dev.a', 3],
      ['dev.b', undefined],
    ]);
    await watch.stop();
    await writer.put('dev.a', QueueCounter, { value: 4 });
    await first.flush();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(seen.length, 4);
  });

  it('watches with history: every kept value, oldest first', async () => {
    const bucket = await first.kv('KV_TEST_HISTORY', { history: 5 });
    for (const value of [1, 2, 3]) await bucket.put('k', QueueCounter, { value });
    const values: number[] = [];
    const revisions: number[] = [];
    let resolveAll: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (resolveAll = resolve));
    const watch = await bucket.watch(
      'k',
      QueueCounter,
      (_key, value, revision) => {
        values.push(value?.value ?? -1);
        revisions.push(revision);
        if (values.length === 3) resolveAll();
      },
      { includeHistory: true },
    );
    await all;
    await watch.stop();
    assert.deepEqual(values, [1, 2, 3]);
    assert.deepEqual([...revisions].sort((x, y) => x - y), revisions);
  });

  it('refuses an undecodable value with the bucket and key, and an invalid key as an invalid argument', async () => {
    const bucket: KvBucket = await first.kv('KV_TEST_ERRORS');
    const garbage = { encode: () => ({ finish: () => new Uint8Array([0x0f, 0xff, 0xff]) }), decode: QueueCounter.decode };
    await bucket.put('bad', garbage, {} as never);
    await assert.rejects(bucket.get('bad', QueueCounter), (error: unknown) => {
      assert.ok(error instanceof MalformedMessageError);
      assert.match(error.message, /kv:\/\/KV_TEST_ERRORS\/bad/);
      return true;
    });
    await assert.rejects(bucket.put('bad key!', QueueCounter, { value: 1 }), (error: unknown) => {
      assert.ok(error instanceof KvOperationError);
      assert.equal(error.code, ErrorCode.InvalidArgument);
      assert.match(error.message, /'bad key!'.*KV_TEST_ERRORS/);
      return true;
    });
  });
});
