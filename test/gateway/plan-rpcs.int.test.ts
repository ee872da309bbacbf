/**
 * The plan methods of the gateway against a real nats-server, real run engines and device hosts on
 * simulated IOC records: the plan catalog from whichever engine answers, submissions stamped with
 * the caller, refusals with the engine's reason, pause and resume of a running scan, the status
 * watch (current first, then every change, ended when the engine goes), and who may do what.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect as natsConnect, type NatsConnection } from '@nats-io/transport-node';
import type { brightline } from '../../gen/proto.js';
import { planRegistry } from '../../actors/plan/plan-registry.js';
import { PlanVerb, subjects } from '../../actors/transport/mod.js';
import { planHandlers } from '../../gateway/plan-rpcs.js';
import { queueHandlers } from '../../gateway/queue-rpcs.js';
import { runHandlers } from '../../gateway/run-rpcs.js';
import { GatewayStoppingError } from '../../gateway/call-context.js';
import { BeamlineRole, type CallContext } from '../../gateway/rpc.js';
import { ErrorCode } from '../../lib/errors.js';
import { toWireMap } from '../../lib/values.js';
import { eventually, isBrightlineError } from '../harness/waits.js';
import { assertSeqNums } from '../plan/real-beamline.js';
import { callContext, callStream, callUnary, denial, identity, Rig, v1, wire, type RigBeamline } from './run-engine-rig.js';

type PlanStatus = brightline.v1.PlanStatus.$Properties;

const SCAN = { detectors: ['det'], motor: 'm1', start: 0, stop: 2.5, num: 6 };

const alice = identity('alice', BeamlineRole.User, 'BL01', 'BL02', 'BL05');
const bob = identity('bob', BeamlineRole.Observer, 'BL01');
const carol = identity('carol', BeamlineRole.Staff, 'BL01');
const nobody = identity('nobody', BeamlineRole.Observer);

describe('plan methods of the gateway', () => {
  let rig: Rig;
  let bl01: RigBeamline;
  let bl02: RigBeamline;
  let handlers: ReturnType<typeof planHandlers>;

  before(async () => {
    rig = await Rig.start();
    bl01 = await rig.beamline('BL01');
    bl02 = await rig.beamline('BL02');
    handlers = planHandlers(rig.gatewayBus);
  });

  after(async () => {
    await rig?.close();
  });

  const submit = (beamline: string, plan: object, who = alice) =>
    callUnary<{ item_uid: string; position: number }>(handlers, 'SubmitPlan', wire(v1.BeamlineSubmitRequest, { beamline, plan }), callContext(who));
  const control = (beamline: string, verb: string, who = alice, extra: object = {}) =>
    callUnary<{ state: string }>(handlers, 'ControlPlan', wire(v1.BeamlineControlRequest, { beamline, verb, ...extra }), callContext(who));

  it('lists every registered plan with its parameters, from whichever run engine answers', async () => {
    const reply = await callUnary<{ plans: Array<{ name: string; parameters: Array<{ name: string; type: string; required: boolean }> }> }>(
      handlers, 'ListPlans', wire(v1.Empty, {}), callContext(nobody),
    );
    assert.deepEqual(reply.plans.map((p) => p.name), [...planRegistry.keys()]);
    const scan = reply.plans.find((p) => p.name === 'scan');
    assert.deepEqual(scan?.parameters.map((p) => `${p.name}:${p.type}:${p.required}`), ['detectors:device_list:true', 'motor:device:true', 'start:number:true', 'stop:number:true', 'num:integer:true']);
  });

  it('submits a count as the caller, whoever the request names, and the run records the caller', async () => {
    const reply = await submit('BL01', { plan_name: 'count', args: toWireMap({ detectors: ['det'], num: 2 }), metadata: toWireMap({ sample: 'Si' }), user: 'mallory' });
    assert.ok(reply.item_uid);
    const docs = await bl01.docs.untilStopped(reply.item_uid);
    const start = docs.find((d) => d.name === 'start')?.body;
    assert.equal(start?.['user'], 'alice');
    assert.equal(start?.['sample'], 'Si');
    const [entry] = (await bl01.client.historyIncluding([reply.item_uid])).filter((e) => e.item?.item_uid === reply.item_uid);
    assert.equal(entry?.item?.user, 'alice');
    assert.equal(entry?.exit_status, 'success');
  });

  it("refuses an unknown plan argument with INVALID_ARGUMENT and the engine's reason", async () => {
    await assert.rejects(
      submit('BL01', { plan_name: 'count', args: toWireMap({ detectors: ['det'], bogus: 1 }) }),
      isBrightlineError(ErrorCode.InvalidArgument, /invalid arguments for plan 'count': unexpected argument 'bogus' \(parameters: detectors, num, delay\)/),
    );
    await assert.rejects(submit('BL01', { args: toWireMap({ detectors: ['det'] }) }), isBrightlineError(ErrorCode.InvalidArgument, /needs a plan with a plan_name/));
  });

  it('pauses and resumes a running scan; the watch sends the current status first, then every change, and ends with the call', async () => {
    const watchCall = callContext(bob);
    const watched: PlanStatus[] = [];
    const watching = callStream<PlanStatus>(handlers, 'WatchPlanStatus', wire(v1.BeamlineRef, { beamline: 'BL01' }), watchCall, (status) => void watched.push(status));
    await eventually('the current status', () => watched.length > 0);
    assert.equal(watched[0]?.state, 'idle', 'the first message is the status as it is now');

    const { item_uid: itemUid } = await submit('BL01', { plan_name: 'scan', args: toWireMap(SCAN) });
    await eventually('two events', () => bl01.docs.primaryEvents(itemUid).length >= 2);
    assert.equal((await control('BL01', 'pause', alice, { item_uid: itemUid })).state, 'pausing');
    await bl01.client.untilState('paused');
    const status = await callUnary<PlanStatus>(handlers, 'GetPlanStatus', wire(v1.BeamlineRef, { beamline: 'BL01' }), callContext(bob));
    assert.equal(status.state, 'paused');
    assert.equal(status.item_uid, itemUid);
    await control('BL01', 'resume');
    const docs = await bl01.docs.untilStopped(itemUid);
    assert.equal(docs.at(-1)?.body['exit_status'], 'success');
    assertSeqNums(bl01.docs.primaryEvents(itemUid), SCAN.num);

    await eventually('the watch to see the plan end', () => watched.some((s) => s.item_uid === itemUid && s.state === 'idle' && s.last_exit_status === 'success'));
    const states = watched.filter((s) => s.item_uid === itemUid).map((s) => s.state).filter((s, i, all) => s !== all[i - 1]);
    // 'pausing' lasts until the next checkpoint; a status published late may already say 'paused'.
    assert.deepEqual(states.filter((s) => s !== 'pausing'), ['running', 'paused', 'running', 'idle']);
    watchCall.cancel();
    await watching;
  });

  it("refuses a control that does not fit the engine's state, with its reason", async () => {
    await assert.rejects(control('BL01', 'resume'), isBrightlineError(ErrorCode.FailedPrecondition, /resume/));
  });

  it('ends a status watch with UNAVAILABLE when the run engine says goodbye', async () => {
    const call = callContext(alice);
    const watched: PlanStatus[] = [];
    const watching = callStream<PlanStatus>(handlers, 'WatchPlanStatus', wire(v1.BeamlineRef, { beamline: 'BL02' }), call, (status) => void watched.push(status));
    await eventually('the current status', () => watched.length > 0);
    await bl02.engine.stop();
    await assert.rejects(watching, isBrightlineError(ErrorCode.Unavailable, /BL02's run engine is shutting down/));
    await assert.rejects(control('BL02', 'pause'), isBrightlineError(ErrorCode.Unavailable, /no run engine for BL02 is running/));
  });

  it('ends a status watch with UNAVAILABLE when the run engine answers but its heartbeat stays silent', async () => {
    // A stand-in engine for BL05 that answers status and never beats: hung, or cut off from the bus.
    const service = await rig.engineBus.addService({ name: 'mute-engine', version: '0.0.1' });
    service.addEndpoint('status', subjects.plan('BL05', PlanVerb.Status), v1.PlanStatusRequest, v1.PlanStatus, async () => ({ beamline: 'BL05', state: 'running' }));
    await rig.engineBus.flush();
    const quick = planHandlers(rig.gatewayBus, { runEngineSilenceMs: 300 });
    const watched: PlanStatus[] = [];
    const watching = callStream<PlanStatus>(quick, 'WatchPlanStatus', wire(v1.BeamlineRef, { beamline: 'BL05' }), callContext(alice), (s) => void watched.push(s));
    await assert.rejects(watching, isBrightlineError(ErrorCode.Unavailable, /BL05's run engine has been silent for \d+\.\d s/));
    assert.deepEqual(watched.map((s) => s.state), ['running'], 'the status it had, and nothing made up');
    await service.stop();
  });

  it('gives each method the role of the authorization table, with the policy\'s reason', () => {
    const queue = queueHandlers(rig.gatewayBus);
    const runs = runHandlers(rig.gatewayBus);
    const ref = { beamline: 'BL01' };
    assert.equal(denial(handlers, 'ListPlans', {}, nobody), undefined);
    assert.match(denial(handlers, 'SubmitPlan', wire(v1.BeamlineSubmitRequest, ref), bob) ?? '', /^submit a plan on BL01 needs the user role; bob is an observer there$/);
    assert.equal(denial(handlers, 'SubmitPlan', wire(v1.BeamlineSubmitRequest, ref), alice), undefined);
    for (const verb of ['pause', 'resume', 'abort', 'stop']) {
      assert.equal(denial(handlers, 'ControlPlan', wire(v1.BeamlineControlRequest, { ...ref, verb }), alice), undefined, verb);
      assert.match(denial(handlers, 'ControlPlan', wire(v1.BeamlineControlRequest, { ...ref, verb }), bob) ?? '', /needs the user role/, verb);
    }
    assert.match(denial(handlers, 'ControlPlan', wire(v1.BeamlineControlRequest, { ...ref, verb: 'halt' }), alice) ?? '', /^halt the running plan on BL01 needs the staff role; alice is a user there$/);
    assert.equal(denial(handlers, 'ControlPlan', wire(v1.BeamlineControlRequest, { ...ref, verb: 'halt' }), carol), undefined);
    assert.throws(() => denial(handlers, 'ControlPlan', wire(v1.BeamlineControlRequest, { ...ref, verb: 'explode' }), carol), isBrightlineError(ErrorCode.InvalidArgument, /'explode' is not one of pause, resume, abort, stop, halt/));
    assert.throws(() => denial(handlers, 'GetPlanStatus', wire(v1.BeamlineRef, {}), carol), isBrightlineError(ErrorCode.InvalidArgument, /name a beamline/));
    assert.throws(() => denial(handlers, 'GetPlanStatus', wire(v1.BeamlineRef, { beamline: 'BL.01' }), carol), isBrightlineError(ErrorCode.InvalidArgument, /^'BL\.01' is not a beamline name/));

    const observed = [
      [handlers, 'GetPlanStatus'], [handlers, 'WatchPlanStatus'], [queue, 'QueueList'], [queue, 'QueueHistory'], [runs, 'ListRuns'], [runs, 'StreamDocuments'],
    ] as const;
    for (const [module, method] of observed) {
      assert.equal(denial(module, method, ref, bob), undefined, `${method} for an observer`);
      assert.match(denial(module, method, ref, nobody) ?? '', /on BL01 needs the observer role; nobody has no role there/, method);
    }
    for (const method of ['QueueAdd', 'QueueMove', 'QueueRemove', 'QueueStart', 'QueueStop'] as const) {
      assert.equal(denial(queue, method, ref, alice), undefined, `${method} for a user`);
      assert.match(denial(queue, method, ref, bob) ?? '', /on BL01 needs the user role; bob is an observer there/, method);
    }
    assert.match(denial(queue, 'QueueClear', ref, alice) ?? '', /^clear the queue on BL01 needs the staff role; alice is a user there$/);
    assert.equal(denial(queue, 'QueueClear', ref, carol), undefined);
  });

  describe('with a stand-in run engine for BL06 on the raw NATS client', () => {
    const STAND_IN = 'BL06';
    const erin = identity('erin', BeamlineRole.User, STAND_IN);
    let raw: NatsConnection;
    /** Requests the stand-in got and left unanswered. */
    const unanswered: string[] = [];

    before(async () => {
      raw = await natsConnect({ servers: rig.nats.url, name: 'stand-in-engine' });
      // Its status reply and the status it publishes right after leave in one write: they arrive in one read.
      raw.subscribe(subjects.plan(STAND_IN, PlanVerb.Status), {
        callback: (_error, msg) => {
          msg.respond(v1.PlanStatus.encode({ beamline: STAND_IN, state: 'running', item_uid: 'item-1' }).finish());
          raw.publish(subjects.planState(STAND_IN), v1.PlanStatus.encode({ beamline: STAND_IN, state: 'idle', item_uid: 'item-1', last_exit_status: 'success' }).finish());
        },
      });
      // A submission it takes and never answers.
      raw.subscribe(subjects.plan(STAND_IN, PlanVerb.Submit), { callback: (_error, msg) => void unanswered.push(msg.subject) });
      await raw.flush();
    });

    after(async () => {
      await raw?.close();
    });

    /** A call the test ends (the gateway stopping, say) and whose deadline it sets. */
    const controlledCall = (remainingMs: (capMs: number) => number = (capMs) => capMs): CallContext & { end(reason: Error): void } => {
      const controller = new AbortController();
      return { method: 'test', identity: erin, signal: controller.signal, remainingMs, header: () => undefined, end: (reason) => controller.abort(reason) };
    };
    const submitTo = (call: CallContext) => handlers.SubmitPlan?.handle(wire(v1.BeamlineSubmitRequest, { beamline: STAND_IN, plan: { plan_name: 'count' } }), call) ?? Promise.reject(new Error('no SubmitPlan'));

    it('delivers a status published right after the answer to the watch, so that it ends on the newest one', async () => {
      const quiet = planHandlers(rig.gatewayBus, { runEngineSilenceMs: 600_000 });
      for (let round = 0; round < 3; round++) {
        const call = callContext(erin);
        const watched: PlanStatus[] = [];
        const watching = callStream<PlanStatus>(quiet, 'WatchPlanStatus', wire(v1.BeamlineRef, { beamline: STAND_IN }), call, (status) => void watched.push(status));
        try {
          await eventually(`round ${round}: the status published after the answer`, () => watched.length === 2, 5_000);
          assert.deepEqual(watched.map((s) => s.state), ['running', 'idle']);
        } finally {
          call.cancel();
          await watching;
        }
      }
    });

    it('answers a run-engine request cut off by the gateway stopping with UNAVAILABLE, to retry', async () => {
      const call = controlledCall();
      const submitting = submitTo(call);
      await eventually('the submission at the engine', () => unanswered.length > 0);
      call.end(new GatewayStoppingError());
      await assert.rejects(submitting, (error: unknown) => {
        isBrightlineError(ErrorCode.Unavailable, /^the gateway is shutting down$/)(error);
        assert.equal((error as Error).name, 'GatewayStoppingError');
        return true;
      });
    });

    it("says which request missed the call's deadline, in words and without subjects", async () => {
      const call = controlledCall((capMs) => Math.min(capMs, 300));
      await assert.rejects(submitTo(call), (error: unknown) => {
        isBrightlineError(ErrorCode.DeadlineExceeded, /^'submit' on BL06 did not finish within the call's deadline \(0\.3 s\)$/)(error);
        assert.equal((error as Error).name, 'NoAnswerError');
        return true;
      });
    });
  });

  it('says no run engine answers ListPlans once none runs', async () => {
    await bl01.engine.stop();
    await assert.rejects(callUnary(handlers, 'ListPlans', wire(v1.Empty, {}), callContext(nobody)), isBrightlineError(ErrorCode.Unavailable, /no run engine is running/));
  });
});
