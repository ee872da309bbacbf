/**
 * The queue store through a lost NATS node: KV operations failing for a passing reason are
 * retried, and a write whose ack was lost (it landed, the caller saw an error) is not made twice.
 * Faults are injected around the in-memory bucket the other queue tests use.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlanQueue } from '../../actors/plan/plan-queue.js';
import { KvQueueStore } from '../../actors/plan/queue-store.js';
import type { QueueState } from '../../actors/plan/queue-types.js';
import { KvOperationError, MemoryKvBucket, type KvBucket } from '../../actors/transport/mod.js';

const plans = (state: QueueState): string[] => state.items.map((item) => item.plan_name);
const unavailable = (operation: string, key: string): KvOperationError =>
  new KvOperationError('BL_QUEUE_BL01', operation, key, new Error('jetstream is not enabled (no responders)'));

type Fault = 'none' | 'before' | 'after';

/** The bucket, with the next `faults` writes (and reads, if `reads`) failing; 'after' fails once the write is done (a lost ack). */
function flaky(bucket: MemoryKvBucket, faults: Fault[], reads = 0): { bucket: KvBucket; calls: () => number } {
  let calls = 0;
  let readFaults = reads;
  const write = <A extends unknown[]>(operation: string, run: (...args: A) => Promise<number>) => async (...args: A): Promise<number> => {
    calls++;
    const fault = faults.shift();
    const key = String(args[0]);
    if (fault === 'before') throw unavailable(operation, key);
    const revision = await run(...args);
    if (fault === 'after') throw unavailable(operation, key);
    return revision;
  };
  const wrapped = Object.assign(Object.create(bucket) as MemoryKvBucket, {
    get: async (...args: Parameters<KvBucket['get']>) => {
      if (readFaults-- > 0) throw unavailable('get', args[0]);
      return bucket.get(...args);
    },
    create: write('create', (...args: Parameters<KvBucket['create']>) => bucket.create(...args)),
    update: write('update', (...args: Parameters<KvBucket['update']>) => bucket.update(...args)),
  });
  return { bucket: wrapped, calls: () => calls };
}

function queueOver(bucket: KvBucket, transientRetryMs = 5_000): PlanQueue {
  let uid = 0;
  return new PlanQueue(new KvQueueStore('BL01', bucket, { transientRetryMs }), { newUid: () => `item-${++uid}` });
}

describe('KvQueueStore through a lost NATS node', () => {
  it('retries reads and writes that fail for a passing reason', async () => {
    const memory = new MemoryKvBucket('BL_QUEUE_BL01');
    const { bucket, calls } = flaky(memory, ['before', 'before'], 2);
    const queue = queueOver(bucket);
    await queue.add({ plan_name: 'a' });
    await queue.add({ plan_name: 'b' });
    assert.deepEqual(plans(await queueOver(memory).list()), ['a', 'b']);
    assert.ok(calls() >= 4, 'the failed writes were made again');
  });

  it('does not add an item twice when the ack of its write was lost', async () => {
    const memory = new MemoryKvBucket('BL_QUEUE_BL01');
    const queue = queueOver(flaky(memory, ['none', 'after', 'after']).bucket);
    await queue.add({ plan_name: 'first' });
    await queue.add({ plan_name: 'second' });
    await queue.add({ plan_name: 'third' });
    assert.deepEqual(plans(await queueOver(memory).list()), ['first', 'second', 'third']);
  });

  it('hands a scan id out once when the ack of the counter was lost', async () => {
    const memory = new MemoryKvBucket('BL_QUEUE_BL01');
    const store = new KvQueueStore('BL01', flaky(memory, ['after', 'after']).bucket, { transientRetryMs: 5_000 });
    assert.equal(await store.nextScanId(), 1);
    assert.equal(await store.nextScanId(), 2);
    assert.equal(await store.lastScanId(), 2);
  });

  it('fails at once on an error a retry cannot help', async () => {
    const memory = new MemoryKvBucket('BL_QUEUE_BL01');
    let reads = 0;
    const broken = Object.assign(Object.create(memory) as MemoryKvBucket, {
      get: async (key: string) => {
        reads++;
        throw new KvOperationError('BL_QUEUE_BL01', 'get', key, new Error(`invalid key: ${key}`));
      },
    });
    await assert.rejects(new KvQueueStore('BL01', broken, { transientRetryMs: 5_000 }).getState(), (error: unknown) => {
      assert.ok(error instanceof KvOperationError);
      assert.equal(error.retryable, false);
      return true;
    });
    assert.equal(reads, 1);
  });

  it('gives up after its retry time with the last error', async () => {
    const memory = new MemoryKvBucket('BL_QUEUE_BL01');
    const queue = queueOver(flaky(memory, Array<Fault>(100).fill('before')).bucket, 200);
    await assert.rejects(queue.add({ plan_name: 'a' }), (error: unknown) => {
      assert.ok(error instanceof KvOperationError);
      assert.equal(error.retryable, true);
      return true;
    });
    assert.deepEqual(plans(await queueOver(memory).list()), []);
  });
});
