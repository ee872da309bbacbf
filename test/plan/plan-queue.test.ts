import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import {
  PlanQueue,
  QueueBusyError,
  QueueItemNotFoundError,
  QueueItemNotRunningError,
  QueueItemRunningError,
  QueuePositionError,
  RECOVERED_REASON,
} from '../../actors/plan/plan-queue.js';
import { MemoryQueueStore, KvQueueStore, QueueKey } from '../../actors/plan/queue-store.js';
import type { QueueState } from '../../actors/plan/queue-types.js';
import { KvRevisionMismatchError, MemoryKvBucket, type KvBucket } from '../../actors/transport/mod.js';
import { ErrorCode, InvalidArgumentError } from '../../lib/errors.js';

function harness(store = new MemoryQueueStore('BL01')): { queue: PlanQueue; store: MemoryQueueStore; clock: { t: number } } {
  const clock = { t: 1_000 };
  let uid = 0;
  const queue = new PlanQueue(store, { now: () => clock.t, newUid: () => `item-${++uid}` });
  return { queue, store, clock };
}

const plans = (state: QueueState): string[] => state.items.map((item) => item.plan_name);

describe('PlanQueue: ordering and positions', () => {
  let queue: PlanQueue;
  beforeEach(() => ({ queue } = harness()));

  it('adds at the end by default, at the front with 0, in between with an index', async () => {
    const a = await queue.add({ plan_name: 'a' });
    assert.equal(a.item.item_uid, 'item-1');
    assert.equal(a.item.added_at, 1_000);
    assert.equal(a.position, 0);
    assert.equal((await queue.add({ plan_name: 'b' }, -1)).position, 1);
    assert.equal((await queue.add({ plan_name: 'c' }, 0)).position, 0);
    const d = await queue.add({ plan_name: 'd' }, 2);
    assert.equal(d.position, 2);
    assert.deepEqual(plans(d.state), ['c', 'a', 'd', 'b']);
    assert.deepEqual(plans(await queue.list()), ['c', 'a', 'd', 'b']);
  });

  it('keeps arguments, metadata, user and devices through the store', async () => {
    await queue.add({
      plan_name: 'scan',
      args: { detectors: { list: { items: [{ text: 'det' }] } }, num: { number: 5 }, snake: { flag: true } },
      metadata: { sample: { text: 'Si' } },
      user: 'alice',
      baseline: ['ring'],
      monitor: ['i0'],
    });
    const [item] = (await queue.list()).items;
    assert.deepEqual(item?.args, { detectors: { list: { items: [{ text: 'det' }] } }, num: { number: 5 }, snake: { flag: true } });
    assert.deepEqual(item?.metadata, { sample: { text: 'Si' } });
    assert.equal(item?.user, 'alice');
    assert.deepEqual(item?.baseline, ['ring']);
    assert.deepEqual(item?.monitor, ['i0']);
  });

  it('refuses a position out of range, naming the valid range', async () => {
    await queue.add({ plan_name: 'a' });
    await queue.add({ plan_name: 'b' });
    for (const position of [3, -2, 1.5]) {
      await assert.rejects(queue.add({ plan_name: 'x' }, position), (error: unknown) => {
        assert.ok(error instanceof QueuePositionError);
        assert.ok(error instanceof InvalidArgumentError);
        assert.equal(error.code, ErrorCode.InvalidArgument);
        assert.match(error.message, new RegExp(`position ${position} is out of range for a queue of 2 items: use 0\\.\\.2, or -1 for the end`));
        return true;
      });
    }
    assert.deepEqual(plans(await queue.list()), ['a', 'b']);
  });

  it('refuses an item with a uid or without a plan, and what the validator refuses', async () => {
    await assert.rejects(queue.add({ plan_name: 'a', item_uid: 'mine' }), /queue assigns item uids/);
    await assert.rejects(queue.add({}), InvalidArgumentError);
    const strict = new PlanQueue(new MemoryQueueStore(), {
      validateItem: (item) => {
        if (item.plan_name !== 'count') throw new InvalidArgumentError(`unknown plan '${item.plan_name}'`);
      },
    });
    await assert.rejects(strict.add({ plan_name: 'nope' }), /unknown plan 'nope'/);
    assert.equal((await strict.list()).items.length, 0);
  });

  it('moves an item to an index, to the end with -1', async () => {
    for (const name of ['a', 'b', 'c', 'd']) await queue.add({ plan_name: name });
    assert.deepEqual(plans(await queue.move('item-4', 0)), ['d', 'a', 'b', 'c']);
    assert.deepEqual(plans(await queue.move('item-4', -1)), ['a', 'b', 'c', 'd']);
    assert.deepEqual(plans(await queue.move('item-1', 2)), ['b', 'c', 'a', 'd']);
    assert.deepEqual(plans(await queue.move('item-1', 3)), ['b', 'c', 'd', 'a']);
    await assert.rejects(queue.move('item-1', 4), /out of range for a queue of 4 items: use 0\.\.3/);
  });

  it('says which uid is unknown and how many items are queued', async () => {
    await queue.add({ plan_name: 'a' });
    for (const attempt of [queue.move('ghost', 0), queue.remove('ghost')]) {
      await assert.rejects(attempt, (error: unknown) => {
        assert.ok(error instanceof QueueItemNotFoundError);
        assert.equal(error.code, ErrorCode.NotFound);
        assert.equal(error.message, "no item 'ghost' in the queue of BL01 (1 item queued)");
        return true;
      });
    }
  });

  it('removes and clears', async () => {
    for (const name of ['a', 'b', 'c']) await queue.add({ plan_name: name });
    assert.deepEqual(plans(await queue.remove('item-2')), ['a', 'c']);
    assert.deepEqual(plans(await queue.clear()), []);
  });
});

describe('PlanQueue: running items', () => {
  let queue: PlanQueue;
  let clock: { t: number };
  beforeEach(() => ({ queue, clock } = harness()));

  it('takes nothing while stopped, the first item once started', async () => {
    await queue.add({ plan_name: 'a' });
    await queue.add({ plan_name: 'b' });
    assert.equal(await queue.takeNext(), undefined);
    assert.equal((await queue.start()).started, true);
    const item = await queue.takeNext();
    assert.equal(item?.plan_name, 'a');
    const state = await queue.list();
    assert.equal(state.running_item_uid, 'item-1');
    assert.deepEqual(plans(state), ['a', 'b']);
  });

  it('keeps the running item first: no add, move or remove before or of it; clear keeps it', async () => {
    for (const name of ['a', 'b', 'c']) await queue.add({ plan_name: name });
    await queue.start();
    await queue.takeNext();
    await assert.rejects(queue.add({ plan_name: 'x' }, 0), /use 1\.\.3 \(the running item stays first\), or -1/);
    assert.equal((await queue.add({ plan_name: 'x' }, 1)).position, 1);
    await assert.rejects(queue.move('item-3', 0), /use 1\.\.3 \(the running item stays first\)/);
    await assert.rejects(queue.move('item-1', 2), QueueItemRunningError);
    await assert.rejects(queue.remove('item-1'), (error: unknown) => {
      assert.ok(error instanceof QueueItemRunningError);
      assert.equal(error.code, ErrorCode.FailedPrecondition);
      assert.match(error.message, /cannot remove item 'item-1' of BL01: it is running/);
      return true;
    });
    const cleared = await queue.clear();
    assert.deepEqual(plans(cleared), ['a']);
    assert.equal(cleared.running_item_uid, 'item-1');
  });

  it('finishes an item into the history with its runs, result and times, then takes the next', async () => {
    await queue.add({ plan_name: 'a' });
    await queue.add({ plan_name: 'b' });
    await queue.start();
    clock.t = 2_000;
    const a = await queue.takeNext();
    assert.ok(a);
    await assert.rejects(queue.takeNext(), QueueBusyError);
    await queue.markRunOpened(a.item_uid, 'run-1');
    await queue.markRunOpened(a.item_uid, 'run-2');
    await queue.markRunOpened(a.item_uid, 'run-2');
    clock.t = 2_010;
    const entry = await queue.finish(a.item_uid, { exit_status: 'success', result_json: '{"peak":1.5}', run_uids: ['run-3'] });
    assert.deepEqual(entry.run_uids, ['run-1', 'run-2', 'run-3']);
    assert.equal(entry.started_at, 2_000);
    assert.equal(entry.finished_at, 2_010);
    assert.equal(entry.item.plan_name, 'a');
    const state = await queue.list();
    assert.deepEqual(plans(state), ['b']);
    assert.equal(state.running_item_uid, '');
    assert.deepEqual(await queue.history(), [entry]);
    assert.equal((await queue.takeNext())?.plan_name, 'b');
  });

  it('refuses to finish or record runs of an item that is not running', async () => {
    await queue.add({ plan_name: 'a' });
    await assert.rejects(queue.finish('item-1', { exit_status: 'fail' }), (error: unknown) => {
      assert.ok(error instanceof QueueItemNotRunningError);
      assert.equal(error.message, "item 'item-1' is not running on BL01 (nothing is)");
      return true;
    });
    await queue.start();
    await queue.takeNext();
    await assert.rejects(queue.markRunOpened('other', 'run-1'), /item 'other' is not running on BL01 \('item-1' is\)/);
  });

  it('stop lets the running item finish and starts no other', async () => {
    for (const name of ['a', 'b']) await queue.add({ plan_name: name });
    await queue.start();
    const a = await queue.takeNext();
    assert.equal((await queue.stop()).started, false);
    await queue.finish(a?.item_uid ?? '', { exit_status: 'success' });
    assert.equal(await queue.takeNext(), undefined);
    assert.deepEqual(plans(await queue.list()), ['b']);
  });

  it('stops by itself when it runs out of items', async () => {
    await queue.add({ plan_name: 'a' });
    await queue.start();
    const a = await queue.takeNext();
    await queue.finish(a?.item_uid ?? '', { exit_status: 'abort', reason: 'user abort' });
    assert.equal(await queue.takeNext(), undefined);
    assert.equal((await queue.list()).started, false);
    await queue.add({ plan_name: 'b' });
    assert.equal(await queue.takeNext(), undefined);
    const [entry] = await queue.history();
    assert.equal(entry?.exit_status, 'abort');
    assert.equal(entry?.reason, 'user abort');
  });
});

describe('PlanQueue: recovery after a crash', () => {
  it('hands over the runs a crashed predecessor left open and records the item as failed', async () => {
    const store = new MemoryQueueStore();
    const { queue: crashed } = harness(store);
    await crashed.add({ plan_name: 'a' });
    await crashed.add({ plan_name: 'b' });
    await crashed.start();
    const a = await crashed.takeNext();
    await crashed.markRunOpened(a?.item_uid ?? '', 'run-1');

    const { queue: successor, clock } = harness(store);
    clock.t = 5_000;
    const record = await successor.recoverInterrupted();
    assert.equal(record?.item.plan_name, 'a');
    assert.deepEqual(record?.run_uids, ['run-1']);
    const [entry] = await successor.history();
    assert.equal(entry?.exit_status, 'fail');
    assert.equal(entry?.reason, RECOVERED_REASON);
    assert.deepEqual(entry?.run_uids, ['run-1']);
    assert.equal(entry?.finished_at, 5_000);
    const state = await successor.list();
    assert.equal(state.running_item_uid, '');
    assert.equal(state.started, true);
    assert.deepEqual(plans(state), ['b']);
    assert.equal(await store.getRunning(), undefined);
    assert.equal(await successor.recoverInterrupted(), undefined);
    assert.equal((await successor.takeNext())?.plan_name, 'b');
  });

  it('recovers an item marked running whose record was never written', async () => {
    const { queue, store } = harness();
    await queue.add({ plan_name: 'a' });
    await store.updateState((state) => ({ state: { ...state, running_item_uid: 'item-1' }, result: undefined }));
    const record = await queue.recoverInterrupted();
    assert.equal(record?.item.plan_name, 'a');
    assert.deepEqual(record?.run_uids, []);
    assert.deepEqual((await queue.list()).items, []);
    assert.equal((await queue.history()).length, 1);
  });

  it('does not write the history twice when the predecessor died after writing it', async () => {
    const { queue, store } = harness();
    await queue.add({ plan_name: 'a' });
    await queue.start();
    const a = await queue.takeNext();
    assert.ok(a);
    const entry = { item: a, exit_status: 'success', reason: '', run_uids: [], result_json: '', started_at: 0, finished_at: 1 };
    await store.appendHistory(entry);
    assert.equal(await queue.recoverInterrupted(), undefined);
    assert.deepEqual(await queue.history(), [entry]);
    assert.equal((await queue.list()).running_item_uid, '');
    assert.equal(await store.getRunning(), undefined);
  });

  it('finds nothing to recover in a fresh queue', async () => {
    assert.equal(await harness().queue.recoverInterrupted(), undefined);
  });
});

describe('QueueStore over a memory bucket', () => {
  it('keeps the newest entries of the history, newest last', async () => {
    const store = new MemoryQueueStore('BL02', { historyKept: 3 });
    const { queue } = harness(store);
    for (let i = 0; i < 5; i++) {
      await queue.add({ plan_name: `p${i}` });
      await queue.start();
      const item = await queue.takeNext();
      await queue.finish(item?.item_uid ?? '', { exit_status: 'success' });
    }
    assert.deepEqual((await queue.history()).map((entry) => entry.item.plan_name), ['p2', 'p3', 'p4']);
    assert.deepEqual((await queue.history(2)).map((entry) => entry.item.plan_name), ['p3', 'p4']);
    assert.deepEqual((await queue.history(50)).length, 3);
  });

  it('counts scan ids up, never below a given floor', async () => {
    const { queue, store } = harness();
    assert.equal(await store.lastScanId(), undefined, 'no scan id before the first');
    assert.equal(await queue.nextScanId(), 1);
    assert.equal(await store.lastScanId(), 1);
    assert.equal(await queue.nextScanId(), 2);
    assert.equal(await queue.nextScanId(41), 42);
    assert.equal(await queue.nextScanId(10), 43);
  });

  it('retries a compare-and-set that lost to another writer, keeping both edits', async () => {
    const bucket = new MemoryKvBucket('BL_QUEUE_BL03');
    const other = new PlanQueue(new MemoryQueueStore('BL03', {}, bucket), { newUid: () => 'other' });
    let interleaved = false;
    const racing: KvBucket = Object.assign(Object.create(bucket) as MemoryKvBucket, {
      update: async <P>(key: string, type: Parameters<KvBucket['update']>[1], value: P, revision: number) => {
        if (!interleaved && key === QueueKey.State) {
          interleaved = true;
          await other.add({ plan_name: 'theirs' });
        }
        return bucket.update(key, type as never, value, revision);
      },
    });
    await other.add({ plan_name: 'first' });
    const mine = new PlanQueue(new KvQueueStore('BL03', racing), { newUid: () => 'mine' });
    await mine.add({ plan_name: 'mine' });
    assert.ok(interleaved);
    assert.deepEqual(plans(await mine.list()).sort(), ['first', 'mine', 'theirs']);
  });

  it('gives up with a retryable conflict after its attempts', async () => {
    const bucket = new MemoryKvBucket('BL_QUEUE_BL04');
    const store = new KvQueueStore('BL04', bucket, { casAttempts: 3 });
    await store.updateState((state) => ({ state, result: undefined }));
    let attempts = 0;
    const busy = new KvQueueStore(
      'BL04',
      Object.assign(Object.create(bucket) as MemoryKvBucket, {
        update: async (key: string, _type: unknown, _value: unknown, revision: number) => {
          attempts++;
          throw new KvRevisionMismatchError('BL_QUEUE_BL04', key, revision);
        },
      }),
      { casAttempts: 3 },
    );
    await assert.rejects(busy.updateState((state) => ({ state: { ...state, started: true }, result: undefined })), (error: unknown) => {
      assert.ok(error instanceof KvRevisionMismatchError);
      assert.equal(error.retryable, true);
      return true;
    });
    assert.equal(attempts, 3);
    assert.equal((await store.getState()).started, false);
  });

  it('stores the wire messages of queue.proto', async () => {
    const bucket = new MemoryKvBucket('BL_QUEUE_BL05');
    const { queue } = harness(new MemoryQueueStore('BL05', {}, bucket));
    await queue.add({ plan_name: 'count', args: { num: { number: 3 } } });
    const raw = await bucket.get(QueueKey.State, brightline.v1.QueueState);
    assert.equal(raw?.value.items[0]?.plan_name, 'count');
    assert.equal(raw?.value.items[0]?.args?.['num']?.number, 3);
  });
});
