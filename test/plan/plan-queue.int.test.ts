import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PlanQueue, RECOVERED_REASON } from '../../actors/plan/plan-queue.js';
import { KvQueueStore } from '../../actors/plan/queue-store.js';
import type { QueueState } from '../../actors/plan/queue-types.js';
import { Bus } from '../../actors/transport/mod.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';

const plans = (state: QueueState): string[] => state.items.map((item) => item.plan_name);

async function openQueue(bus: Bus, beamline: string): Promise<PlanQueue> {
  return new PlanQueue(await KvQueueStore.open(bus, beamline));
}

describe('the plan queue in KV, against a real nats-server', () => {
  let server: NatsServerHandle;
  let busA: Bus;
  let busB: Bus;

  before(async () => {
    server = await startNatsServer();
    busA = await Bus.connect({ servers: server.url, name: 'queue-a' });
    busB = await Bus.connect({ servers: server.url, name: 'queue-b' });
  });

  after(async () => {
    await busB.close();
    await busA.close();
    await server.stop();
  });

  it('loses no edit when two writers change the queue at once', async () => {
    const a = await openQueue(busA, 'BL01');
    const b = await openQueue(busB, 'BL01');
    const perWriter = 25;
    const addMany = async (queue: PlanQueue, prefix: string): Promise<string[]> => {
      const uids: string[] = [];
      for (let i = 0; i < perWriter; i++) uids.push((await queue.add({ plan_name: `${prefix}${i}` })).item.item_uid);
      return uids;
    };
    const [uidsA, uidsB] = await Promise.all([addMany(a, 'a'), addMany(b, 'b')]);
    // Bursts: ten writes in flight at once, all on the same key.
    await Promise.all([
      ...[0, 1, 2, 3, 4].map((i) => a.add({ plan_name: `burst-a${i}` }, 0)),
      ...[0, 1, 2, 3, 4].map((i) => b.add({ plan_name: `burst-b${i}` })),
    ]);
    let state = await b.list();
    assert.equal(state.items.length, 2 * perWriter + 10);
    assert.equal(new Set(state.items.map((item) => item.item_uid)).size, state.items.length);

    // Concurrent removes and moves of different items: each survives the other's.
    await Promise.all([
      ...uidsA.slice(0, 10).map((uid) => a.remove(uid)),
      ...uidsB.slice(0, 5).map((uid) => b.move(uid, 0)),
      b.remove(uidsB[24] ?? ''),
    ]);
    state = await a.list();
    assert.equal(state.items.length, 2 * perWriter + 10 - 11);
    const names = plans(state);
    for (let i = 0; i < 10; i++) assert.ok(!names.includes(`a${i}`), `a${i} was removed`);
    assert.ok(!names.includes('b24'));
    assert.deepEqual(names.slice(0, 5).sort(), ['b0', 'b1', 'b2', 'b3', 'b4']);
    for (let i = 10; i < perWriter; i++) assert.ok(names.includes(`a${i}`), `a${i} is kept`);
  });

  it('recovers the record of a run engine that died mid-item', async () => {
    const crashedBus = await Bus.connect({ servers: server.url, name: 'crashed-run-engine' });
    const crashed = await openQueue(crashedBus, 'BL02');
    await crashed.add({ plan_name: 'scan', user: 'alice' });
    await crashed.add({ plan_name: 'count' });
    await crashed.start();
    const item = await crashed.takeNext();
    assert.ok(item);
    await crashed.markRunOpened(item.item_uid, 'run-left-open');
    await crashedBus.close();

    const successor = await openQueue(busB, 'BL02');
    const record = await successor.recoverInterrupted();
    assert.equal(record?.item.item_uid, item.item_uid);
    assert.equal(record?.item.user, 'alice');
    assert.deepEqual(record?.run_uids, ['run-left-open']);
    const history = await successor.history();
    assert.equal(history.length, 1);
    assert.equal(history[0]?.exit_status, 'fail');
    assert.equal(history[0]?.reason, RECOVERED_REASON);
    assert.deepEqual(history[0]?.run_uids, ['run-left-open']);
    assert.equal(await successor.recoverInterrupted(), undefined);
    assert.equal((await successor.takeNext())?.plan_name, 'count');
  });

  it('keeps the queue, its history and scan ids across a closed bus and a restarted server', async () => {
    const own = await startNatsServer();
    let bus = await Bus.connect({ servers: own.url, name: 'durable-1' });
    try {
      const queue = await openQueue(bus, 'BL03');
      for (const name of ['a', 'b', 'c']) await queue.add({ plan_name: name, args: { n: { number: 3 } } });
      await queue.start();
      const a = await queue.takeNext();
      await queue.finish(a?.item_uid ?? '', { exit_status: 'success', result_json: '[1,2]' });
      await queue.stop();
      assert.equal(await queue.nextScanId(), 1);
      const before = await queue.list();
      const history = await queue.history();
      await bus.close();

      bus = await Bus.connect({ servers: own.url, name: 'durable-2' });
      let reopened = await openQueue(bus, 'BL03');
      assert.deepEqual(await reopened.list(), before);
      assert.deepEqual(await reopened.history(), history);
      await bus.close();

      await own.stop({ keepStore: true });
      const restarted = await startNatsServer({ storeDir: own.storeDir });
      try {
        bus = await Bus.connect({ servers: restarted.url, name: 'durable-3' });
        reopened = await openQueue(bus, 'BL03');
        assert.deepEqual(await reopened.list(), before);
        assert.deepEqual(plans(before), ['b', 'c']);
        assert.equal(before.items[0]?.args['n']?.number, 3);
        assert.deepEqual(await reopened.history(), history);
        assert.equal(history[0]?.result_json, '[1,2]');
        assert.equal(await reopened.nextScanId(), 2);
      } finally {
        await bus.close();
        await restarted.stop();
      }
    } finally {
      await bus.close();
      await own.stop();
    }
  });
});
