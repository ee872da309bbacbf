import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeRunStart, queueItemMetadata } from '../../actors/plan/documents.js';
import type { JsonObject, Msg } from '../../actors/plan/msg.js';
import { PlanQueue } from '../../actors/plan/plan-queue.js';
import type { PlanItem } from '../../actors/plan/plan-interpreter.js';
import { count } from '../../actors/plan/plans.js';
import { QueueRunner } from '../../actors/plan/queue-runner.js';
import { MemoryQueueStore } from '../../actors/plan/queue-store.js';
import { silentLogger } from '../../lib/log.js';

/** The metadata of a plan's open_run message. */
function openRunMetadata(plan: Generator<Msg, unknown, unknown>): JsonObject {
  for (let step = plan.next(); !step.done; step = plan.next()) {
    if (step.value.cmd === 'open_run') return step.value.metadata ?? {};
  }
  assert.fail('the plan opened no run');
}

const start = (planMetadata: JsonObject, userMetadata: JsonObject) =>
  composeRunStart({ uid: 'r1', timeS: 1, scanId: 7, beamline: 'BL01', planItemUid: 'i1', planMetadata, userMetadata });

describe('RunStart: who submitted', () => {
  it("is the queue item's user, whatever the submitter's or the plan's metadata say", async () => {
    const queue = new PlanQueue(new MemoryQueueStore('BL01'), { now: () => 1_000, newUid: () => 'item-1' });
    await queue.add({ plan_name: 'count', args: { detectors: { list: { items: [{ text: 'det' }] } } }, metadata: { user: { text: 'mallory' }, sample: { text: 'Si' } }, user: 'alice' });
    await queue.start();
    const submitted: PlanItem[] = [];
    const runner = new QueueRunner({ queue, logger: silentLogger, idle: () => submitted.length === 0, checkDevices: async () => undefined, submit: (item) => submitted.push(item) });
    await runner.pump();
    runner.close();
    const [item] = submitted;
    assert.ok(item, 'the runner submitted the queued item');
    assert.deepEqual(item.metadata, { sample: 'Si', user: 'alice' });

    const plan = openRunMetadata(count(['det'], 1, 0, { md: { user: 'mallory', operator_note: 'n' } }));
    assert.equal(plan['user'], 'mallory', 'the plan did try');
    const doc = start(plan, item.metadata);
    assert.equal(doc['user'], 'alice');
    assert.equal(doc['sample'], 'Si');
    assert.equal(doc['operator_note'], 'n', 'the rest of the plan metadata is kept');
    assert.equal(doc.scan_id, 7);
  });

  it('is absent when the item has no user, even if metadata names one', () => {
    const metadata = queueItemMetadata({ user: 'mallory', sample: 'Si' }, '');
    assert.deepEqual(metadata, { sample: 'Si' });
    const doc = start({ plan_name: 'count', user: 'mallory' }, metadata);
    assert.equal('user' in doc, false);
    assert.equal(doc['plan_name'], 'count');
  });
});
