/**
 * The queue methods of the gateway against a real nats-server, run engine and device host: items
 * added (stamped with the caller), moved, removed and listed while the queue is stopped, then run
 * in order once it starts, their outcome in the history; the engine's refusals pass through typed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { brightline } from '../../gen/proto.js';
import { queueHandlers } from '../../gateway/queue-rpcs.js';
import { BeamlineRole } from '../../gateway/rpc.js';
import { ErrorCode } from '../../lib/errors.js';
import { toWireMap } from '../../lib/values.js';
import { isBrightlineError } from '../harness/waits.js';
import { callContext, callUnary, identity, Rig, v1, wire, type RigBeamline } from './run-engine-rig.js';

type QueueState = brightline.v1.QueueState.$Properties;
type HistoryEntry = brightline.v1.HistoryEntry.$Properties;

const BL = 'BL03';
const alice = identity('alice', BeamlineRole.User, BL);
const carol = identity('carol', BeamlineRole.Staff, BL);

const countOf = (num: number): object => ({ plan_name: 'count', args: toWireMap({ detectors: ['det'], num }) });

describe('queue methods of the gateway', () => {
  let rig: Rig;
  let beamline: RigBeamline;
  let handlers: ReturnType<typeof queueHandlers>;

  before(async () => {
    rig = await Rig.start();
    beamline = await rig.beamline(BL);
    handlers = queueHandlers(rig.gatewayBus);
  });

  after(async () => {
    await rig?.close();
  });

  const add = (item: object, position?: number, who = alice) =>
    callUnary<{ item_uid: string; position: number }>(handlers, 'QueueAdd', wire(v1.BeamlineQueueAddRequest, { beamline: BL, item, ...(position === undefined ? {} : { position }) }), callContext(who));
  const queueCall = (method: 'QueueList' | 'QueueStart' | 'QueueStop' | 'QueueClear', who = alice) =>
    callUnary<{ state: QueueState }>(handlers, method, wire(v1.BeamlineRef, { beamline: BL }), callContext(who)).then((r) => r.state);
  const uids = (state: QueueState): string[] => (state.items ?? []).map((item) => item.item_uid ?? '');

  it('adds items as the caller at the end or the front, and lists them in order, without starting', async () => {
    const first = await add({ ...countOf(1), user: 'mallory' });
    const second = await add(countOf(2));
    const front = await add(countOf(3), 0);
    assert.deepEqual([first.position, second.position, front.position], [0, 1, 0]);
    const state = await queueCall('QueueList');
    assert.deepEqual(uids(state), [front.item_uid, first.item_uid, second.item_uid]);
    assert.equal(state.started, false);
    assert.deepEqual((state.items ?? []).map((item) => item.user), ['alice', 'alice', 'alice'], 'every item is the caller\'s');
  });

  it('moves and removes items, replying with the queue afterwards; an unknown item is NOT_FOUND', async () => {
    const [a, b, c] = uids(await queueCall('QueueList'));
    assert.ok(a && b && c);
    const moved = await callUnary<{ state: QueueState }>(handlers, 'QueueMove', wire(v1.BeamlineQueueMoveRequest, { beamline: BL, item_uid: a, position: -1 }), callContext(alice));
    assert.deepEqual(uids(moved.state), [b, c, a]);
    const removed = await callUnary<{ state: QueueState }>(handlers, 'QueueRemove', wire(v1.BeamlineQueueItemRef, { beamline: BL, item_uid: c }), callContext(alice));
    assert.deepEqual(uids(removed.state), [b, a]);
    await assert.rejects(
      callUnary(handlers, 'QueueRemove', wire(v1.BeamlineQueueItemRef, { beamline: BL, item_uid: 'no-such-item' }), callContext(alice)),
      isBrightlineError(ErrorCode.NotFound, /no-such-item/),
    );
  });

  it('refuses an item without a plan, and one with bad arguments with the reason', async () => {
    await assert.rejects(add({ args: toWireMap({ detectors: ['det'] }) }), isBrightlineError(ErrorCode.InvalidArgument, /needs an item with a plan_name/));
    await assert.rejects(add({ plan_name: 'count', args: toWireMap({ detectors: ['det'], num: 0 }) }), isBrightlineError(ErrorCode.InvalidArgument, /'num'/));
  });

  it('runs the queue in order once started, and the history tells how each item ended, as the caller', async () => {
    const queued = uids(await queueCall('QueueList'));
    const started = await queueCall('QueueStart');
    assert.equal(started.started, true);
    for (const uid of queued) await beamline.docs.untilStopped(uid);
    await beamline.client.historyIncluding(queued);
    const history = await callUnary<{ entries: HistoryEntry[] }>(handlers, 'QueueHistory', wire(v1.BeamlineHistoryRequest, { beamline: BL, limit: 2 }), callContext(alice));
    assert.deepEqual(history.entries.map((e) => e.item?.item_uid), queued, 'the newest two, oldest first');
    assert.deepEqual(history.entries.map((e) => [e.exit_status, e.item?.user]), [['success', 'alice'], ['success', 'alice']]);
    const stopped = await queueCall('QueueStop');
    assert.equal(stopped.started, false);
  });

  it('clears the queue for staff', async () => {
    await add(countOf(1));
    await add(countOf(1));
    assert.equal(uids(await queueCall('QueueList')).length, 2);
    assert.deepEqual(uids(await queueCall('QueueClear', carol)), []);
  });

  it('says which beamline has no run engine', async () => {
    await assert.rejects(
      callUnary(handlers, 'QueueList', wire(v1.BeamlineRef, { beamline: 'BL09' }), callContext(identity('dave', BeamlineRole.User, 'BL09'))),
      isBrightlineError(ErrorCode.Unavailable, /no run engine for BL09 is running/),
    );
  });
});
